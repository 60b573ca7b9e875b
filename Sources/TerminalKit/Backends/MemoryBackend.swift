/// An in-memory terminal for screen tests: scripted events in, the last drawn buffer out.
public final class MemoryBackend: TerminalBackend {
    public var size: Size
    public private(set) var buffer: Buffer
    public private(set) var cursor: (x: Int, y: Int)?
    public private(set) var drawCount = 0
    public private(set) var suspendCount = 0
    private var pending: [InputEvent] = []

    public init(width: Int = 100, height: Int = 30) {
        size = Size(width: width, height: height)
        buffer = Buffer(size: size)
    }

    /// Queues events the app will read next.
    public func send(_ events: InputEvent...) { pending.append(contentsOf: events) }
    public func send(keys: [Key]) { pending.append(contentsOf: keys.map { .key($0) }) }
    /// Queues each character of a string as a key press.
    public func type(_ text: String) { pending.append(contentsOf: text.map { .key(.character($0)) }) }
    /// Queues what a terminal sends in one write (all its bytes waiting at once), decoded as
    /// the ncurses backend decodes ESC: sequences, Alt+key, and two ESCs as two Esc presses.
    /// Pasted text (ESC [200~) is not modelled and dropped.
    public func receive(_ bytes: String) {
        var rest = Substring(bytes)
        func next(_ wait: Int32) -> Character? { rest.popFirst() }
        while let c = rest.popFirst() {
            guard c == "\u{1B}" else {
                if let scalar = c.unicodeScalars.first, let key = KeyDecoder.decode(character: scalar.value) { pending.append(.key(key)) }
                continue
            }
            var again = true
            while again {
                again = false
                switch EscapeSequence.decode(next: next) {
                case .key(let key): pending.append(.key(key))
                case .escapeAgain:
                    pending.append(.key(.escape))
                    again = true
                case .ignored, .pasteStart: break
                }
            }
        }
    }

    /// Changes the size and queues the resize event, as a real terminal would.
    public func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        pending.append(.resize(size))
    }

    public var hasPendingEvents: Bool { !pending.isEmpty }

    public func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?) {
        self.buffer = buffer
        self.cursor = cursor
        drawCount += 1
    }

    public func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        pending.isEmpty ? nil : pending.removeFirst()
    }

    public func suspend(while body: () throws -> Void) rethrows {
        suspendCount += 1
        try body()
    }

    public func shutdown() {}

    public private(set) var invalidateCount = 0
    public func invalidate() { invalidateCount += 1 }

    /// The text of row y as a user reads it, trailing spaces trimmed.
    public func row(_ y: Int) -> String { buffer.rowText(y).trimmingTrailingSpaces() }
    /// All rows, trailing spaces trimmed.
    public var screenText: String { buffer.text }
}

import CNcursesw
import Glibc

/// The real terminal, through ncursesw. Create it, use it and shut it down on one thread
/// (curses is not thread-safe); it is deliberately not Sendable.
///
///     let backend = try NcursesBackend()          // throws TerminalError, printing nothing
///     NcursesBackend.defersTermination = true     // the loop polls terminationSignal
///     defer { backend.shutdown() }
public final class NcursesBackend: TerminalBackend {
    /// When true, SIGINT/SIGTERM/SIGHUP are only recorded (see `terminationSignal`) so the
    /// app's loop can save and exit by itself; a second signal still exits at once. When
    /// false, a signal restores the terminal and exits with 128+signal straight away.
    public static var defersTermination: Bool {
        get { TerminalSignals.defersTermination }
        set { TerminalSignals.defersTermination = newValue }
    }

    /// The termination signal recorded while deferring, or nil.
    public static var terminationSignal: Int32? {
        TerminalSignals.pendingSignal == 0 ? nil : Int32(TerminalSignals.pendingSignal)
    }

    /// Forgets the recorded signal (the app used a Ctrl-C to stop something), so the next
    /// one is deferred again instead of ending the process at once.
    public static func clearTerminationSignal() {
        TerminalSignals.pendingSignal = 0
    }

    /// What the terminal can show, after NO_COLOR and terminfo were consulted.
    public let colorCapability: ColorCapability

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: Buffer?
    /// Until the first draw the window holds blank cells in the default colours, which is what
    /// a blank cell of the first frame would put there: that draw skips them, as later ones skip
    /// cells that did not change (0.37 of the first frame's 1.56 million instructions putting
    /// cells; a blank buffer to compare with would cost the start its 40 pages instead).
    private var windowIsBlank = true
    private var last: (buffer: Buffer, cursor: (x: Int, y: Int)?)?
    private var cursorVisible = false
    /// The cursor of the last frame drawn (a move alone is a frame too).
    private var drawnCursor: (x: Int, y: Int)?
    private var currentTimeout: Int32 = -2
    private var active = true
    private var pairs = ColorPairs()
    /// The last style drawn, with its ncurses pair and attributes (see `ncursesStyle`).
    private var lastStyle: (style: Style, pair: Int32, attributes: attr_t)?
    /// ncurses' run-time codes of terminfo's extended keys; a few pairs searched in turn (a
    /// dictionary keyed by Int32 would cost the first frame a scan of every conformance record).
    private var extendedKeys: [(code: Int32, key: Key)] = []
    /// An ESC was read that the next `readEvent` decodes (two ESCs came together: two Esc presses).
    private var escapeRead = false
    private let bracketedPaste: Bool

    static let pasteOn = Array("\u{1B}[?2004h".utf8)
    static let pasteOff = Array("\u{1B}[?2004l".utf8)

    /// Takes over the terminal. Checks first that stdin and stdout are terminals, that TERM
    /// names a terminal terminfo knows and that a UTF-8 locale exists, and throws a
    /// `TerminalError` without writing anything when one is not so.
    /// - Parameters:
    ///   - mouse: report clicks and the wheel (off leaves the terminal's own selection working).
    ///   - colorCapability: force a capability (e.g. from `--color`); nil detects it.
    ///   - environment: where TERM and NO_COLOR are read.
    public init(mouse: Bool = true, colorCapability forced: ColorCapability? = nil,
                bracketedPaste: Bool = true, environment: [String: String] = NcursesBackend.processEnvironment()) throws {
        guard isatty(STDIN_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "standard input") }
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "standard output") }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.terminalTypeUnset }
        guard term != "dumb" else { throw TerminalError.dumbTerminal }
        try Self.selectUTF8Locale()

        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
            throw TerminalError.cursesFailed("fdopen")
        }
        // newterm, not initscr: an unknown TERM returns nil here instead of exiting the process.
        guard let screen = newterm(term, output, input) else { throw TerminalError.unknownTerminal(term) }
        set_term(screen)
        guard let window = newwin(0, 0, 0, 0) ?? nil else {
            endwin()
            delscreen(screen)
            throw TerminalError.cursesFailed("newwin")
        }
        self.screen = screen
        self.window = window
        self.bracketedPaste = bracketedPaste

        cbreak()        // not raw: Ctrl-Z and Ctrl-C keep their signals
        noecho()
        nonl()
        Self.disableFlowControl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        if mouse {
            mousemask(tk_click_and_wheel_mask(), nil)
            mouseinterval(0)   // report presses at once instead of waiting to detect a click
        }

        if let forced {
            colorCapability = forced
            if forced.hasColor { start_color(); use_default_colors() }
        } else if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            colorCapability = .none
        } else if has_colors() {
            start_color()
            use_default_colors()
            colorCapability = ColorCapability.detect(environment: environment, hasColors: true, colors: Int(tk_colors()))
        } else {
            colorCapability = .monochrome
        }

        for (name, key) in KeyDecoder.extendedKeyNames {
            let code = name.withCString { tk_key_code_for($0) }
            if code > 0 { extendedKeys.append((Int32(code), key)) }
        }

        // A crash inside a frame must not leave a terminal holding back its output.
        TerminalSignals.resetSequence = SynchronizedOutput.end + (bracketedPaste ? Self.pasteOff : [])
        TerminalSignals.cursesActive = true
        TerminalSignals.install()
        if bracketedPaste { Self.send(Self.pasteOn) }
    }

    deinit { shutdown() }

    /// cbreak leaves IXON on, so the tty would take Ctrl-S as XOFF (output stops, the
    /// application blocks writing) and Ctrl-Q as XON: turn software flow control off so both reach us.
    /// def_prog_mode records it, so ncurses restores it after Ctrl-Z / $EDITOR, and endwin
    /// gives the shell its own setting back.
    static func disableFlowControl() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON | IXOFF)
        guard tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0 else { return }
        def_prog_mode()
    }

    /// The process environment as a dictionary (the default for `init`).
    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = String(cString: entry)
            if let equals = pair.firstIndex(of: "=") {
                result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }

    public var size: Size {
        Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?) {
        guard active else { return }
        last = (buffer, cursor)
        let old = previous?.size == buffer.size ? previous : nil
        let visible = size
        var changed = false
        for y in 0..<min(buffer.size.height, visible.height) {
            for x in 0..<min(buffer.size.width, visible.width) {
                let cell = buffer[x, y]
                // ncurses draws the right half of a wide cell itself.
                if cell.isContinuation { continue }
                if let old, old[x, y] == cell { continue }
                if old == nil, windowIsBlank, cell == .blank { continue }
                put(cell, x: x, y: y)
                changed = true
            }
        }
        // Only a frame that writes something is marked: the idle loop draws every 250 ms, and
        // a key that changes nothing must still write nothing.
        let moved = cursor.map { [$0.x, $0.y] } != drawnCursor.map { [$0.x, $0.y] }
        let synchronized = changed || moved
        drawnCursor = cursor
        // ncurses has flushed everything before (doupdate and curs_set flush), so the markers
        // written past it enclose exactly this frame's bytes.
        if synchronized { Self.send(SynchronizedOutput.begin) }
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < visible.width, cursor.y < visible.height {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wnoutrefresh(window)
        doupdate()
        if synchronized { Self.send(SynchronizedOutput.end) }
        previous = buffer
        windowIsBlank = false
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let (pair, attributes) = ncursesStyle(cell.style)
        // At most CCHARW_MAX characters and the closing 0, on the stack: a frame has
        // thousands of cells, and an array each was a third of drawing the first one.
        let limit = Int(tk_CCHARW_MAX())
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: limit + 1) { text in
            var count = 0
            for scalar in cell.grapheme.unicodeScalars {
                guard count < limit else { break }
                // Last line of defence for cells built by hand: never emit a control.
                let safe = Sanitizer.isSafe(scalar)
                text[count] = wchar_t(bitPattern: safe ? scalar.value : 0xFFFD)
                count += 1
                if !safe { break }
            }
            text[count] = 0
            var complex = cchar_t()
            tk_setcchar_ext(&complex, text.baseAddress, attributes, pair)
            mvwadd_wch(window, Int32(y), Int32(x), &complex)
        }
    }

    /// The colour pair and attributes of a style; the last one is remembered, as neighbouring
    /// cells mostly share theirs.
    private func ncursesStyle(_ style: Style) -> (pair: Int32, attributes: attr_t) {
        if let last = lastStyle, last.style == style { return (last.pair, last.attributes) }
        let pair = pairs.pair(
            foreground: ColorMapping.terminalColor(style.foreground, capability: colorCapability),
            background: ColorMapping.terminalColor(style.background, capability: colorCapability))
        let attributes = Self.attributes(style.attributes)
        lastStyle = (style, pair, attributes)
        return (pair, attributes)
    }

    static func attributes(_ attributes: Attributes) -> attr_t {
        var result = tk_A_NORMAL()
        if attributes.contains(.bold) { result |= tk_A_BOLD() }
        if attributes.contains(.reverse) { result |= tk_A_REVERSE() }
        if attributes.contains(.underline) { result |= tk_A_UNDERLINE() }
        if attributes.contains(.dim) { result |= tk_A_DIM() }
        if attributes.contains(.italic) { result |= tk_A_ITALIC() }
        return result
    }

    public func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard active else { return nil }
        if escapeRead {
            // The second of two ESCs that came together: its own Esc (or Alt+key, or sequence).
            escapeRead = false
            return escapeEvent()
        }
        setTimeout(Int32(clamping: timeoutMilliseconds))
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case KEY_CODE_YES:
            return functionKeyEvent(Int32(bitPattern: code))
        case OK:
            if code == 27 { return escapeEvent() }
            return KeyDecoder.decode(character: code).map { .key($0) }
        default:
            return nil
        }
    }

    private func functionKeyEvent(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE:
            // Everything on screen may be stale: repaint every cell on the next draw.
            previous = nil
            clearok(window, true)
            return .resize(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            return mouseEvent(event).map { .mouse($0) }
        default:
            return KeyDecoder.decode(keyCode: code, extended: extendedKeys).map { .key($0) }
        }
    }

    private func mouseEvent(_ event: MEVENT) -> MouseEvent? {
        let state = event.bstate
        let x = Int(event.x), y = Int(event.y)
        if state & tk_BUTTON4_PRESSED() != 0 { return MouseEvent(kind: .wheelUp, x: x, y: y) }
        if state & tk_BUTTON5_PRESSED() != 0 { return MouseEvent(kind: .wheelDown, x: x, y: y) }
        // With mouseinterval(0) a click arrives as a press: select on press, as most TUIs do.
        if state & (tk_BUTTON1_PRESSED() | tk_BUTTON1_CLICKED()) != 0 { return MouseEvent(kind: .click, x: x, y: y) }
        if state & tk_BUTTON1_RELEASED() != 0 { return MouseEvent(kind: .release, x: x, y: y) }
        return nil
    }

    /// ESC alone, Alt+key, a key sequence ncurses did not know, or a bracketed paste (see
    /// `EscapeSequence`); nil for a sequence that means nothing here (swallowed, not typed).
    private func escapeEvent() -> InputEvent? {
        switch EscapeSequence.decode(next: { readWaitingCharacter(timeout: $0) }) {
        case .key(let key): return .key(key)
        case .escapeAgain:
            escapeRead = true
            return .key(.escape)
        case .ignored: return nil
        case .pasteStart:
            guard bracketedPaste else { return nil }
            return .paste(readPaste())
        }
    }

    /// After ESC [200~: the pasted text, then ESC [201~.
    private func readPaste() -> String {
        var text = ""
        let terminator = "\u{1B}[201~"
        let cap = 8 << 20
        while let c = readWaitingCharacter(timeout: 100) {
            text.append(c)
            if text.hasSuffix(terminator) {
                text.removeLast(terminator.count)
                break
            }
            if text.utf8.count > cap { break }
        }
        // Terminals send pasted line ends as CR.
        return text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }

    private func readWaitingCharacter(timeout: Int32) -> Character? {
        setTimeout(timeout)
        var code: wint_t = 0
        guard wget_wch(window, &code) == OK, let scalar = Unicode.Scalar(code) else { return nil }
        return Character(scalar)
    }

    private func setTimeout(_ milliseconds: Int32) {
        guard milliseconds != currentTimeout else { return }
        currentTimeout = milliseconds
        wtimeout(window, milliseconds)
    }

    public func suspend(while body: () throws -> Void) rethrows {
        guard active else { return try body() }
        def_prog_mode()
        if bracketedPaste { Self.send(Self.pasteOff) }
        TerminalSignals.cursesActive = false
        endwin()
        defer { resume() }
        try body()
    }

    /// Back from another program: the screen holds its leftovers, so repaint everything.
    private func resume() {
        reset_prog_mode()
        TerminalSignals.cursesActive = true
        if bracketedPaste { Self.send(Self.pasteOn) }
        previous = nil
        clearok(window, true)
        if let last { draw(last.buffer, cursor: last.cursor) } else { wrefresh(window) }
    }

    public func invalidate() {
        guard active else { return }
        previous = nil
        clearok(window, true)
    }

    public func shutdown() {
        guard active else { return }
        active = false
        TerminalSignals.restoreTerminal()
        TerminalSignals.uninstall()
        delwin(window)
        delscreen(screen)
    }

    private static func send(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// setlocale(LC_ALL, ""), then C.UTF-8 for LC_CTYPE when the user's codeset is not UTF-8.
    static func selectUTF8Locale() throws {
        setlocale(LC_ALL, "")
        if isUTF8(currentCodeset()) { return }
        let original = currentCodeset()
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8(currentCodeset()) { return }
        throw TerminalError.noUTF8Locale(codeset: original)
    }

    static func currentCodeset() -> String {
        guard let codeset = tk_codeset() else { return "unknown" }
        return String(cString: codeset)
    }

    static func isUTF8(_ codeset: String) -> Bool {
        let normalized = codeset.uppercased().filter { $0 != "-" }
        return normalized == "UTF8"
    }
}

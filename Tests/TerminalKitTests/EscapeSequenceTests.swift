import Testing
@testable import TerminalKit

/// Bytes after ESC as they arrive: each with how many milliseconds after ESC it comes.
final class ArrivingBytes {
    var pending: [(Character, Int32)]
    init(_ text: String, after delay: Int32 = 0) { pending = text.map { ($0, delay) } }
    init(_ pending: [(Character, Int32)]) { self.pending = pending }

    /// The next character if it is there within `wait` ms (it is not consumed otherwise).
    func next(_ wait: Int32) -> Character? {
        guard let first = pending.first, first.1 <= wait else { return nil }
        pending.removeFirst()
        // Whatever came with it is waiting now.
        pending = pending.map { ($0.0, max(0, $0.1 - first.1)) }
        return first.0
    }

    func decode() -> EscapeSequence.Outcome { EscapeSequence.decode(next: next) }
    var rest: String { String(pending.map(\.0)) }
}

@Suite("Escape sequences of xterm, PuTTY, rxvt, tmux/screen and the Linux console")
struct EscapeSequenceTests {
    @Test("Home, End, Ctrl-Home and Ctrl-End as each terminal sends them", arguments: [
        ("[1~", Key.home), ("[7~", .home), ("[H", .home), ("OH", .home),          // PuTTY/tmux, rxvt, xterm, xterm app mode
        ("[4~", .end), ("[8~", .end), ("[F", .end), ("OF", .end),
        ("[1;5H", .ctrlHome), ("[1;5F", .ctrlEnd), ("[7^", .ctrlHome), ("[8^", .ctrlEnd), ("[1;5~", .ctrlHome), ("[4;5~", .ctrlEnd),
        ("[7$", .home), ("[8$", .end),
        ("[2~", .insert), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
        ("[1;5C", .ctrlRight), ("[1;5D", .ctrlLeft), ("Oc", .ctrlRight), ("Od", .ctrlLeft), ("[Z", .backTab), ("[A", .up),
    ])
    func motionKeys(sequence: String, key: Key) {
        let bytes = ArrivingBytes(sequence)
        #expect(bytes.decode() == .key(key))
        #expect(bytes.rest.isEmpty, "left over: \(bytes.rest)")
    }

    @Test("F-keys: VT220/PuTTY/rxvt ESC[11~…, xterm ESC OP…, the Linux console ESC[[A…", arguments: [
        ("[11~", 1), ("[12~", 2), ("[13~", 3), ("[14~", 4), ("[15~", 5), ("[17~", 6), ("[18~", 7), ("[19~", 8),
        ("[20~", 9), ("[21~", 10), ("[23~", 11), ("[24~", 12),
        ("OP", 1), ("OQ", 2), ("OR", 3), ("OS", 4), ("[1;2P", 1),
        ("[[A", 1), ("[[B", 2), ("[[C", 3), ("[[D", 4), ("[[E", 5),
    ])
    func functionKeys(sequence: String, number: Int) {
        let bytes = ArrivingBytes(sequence)
        #expect(bytes.decode() == .key(.function(number)))
        #expect(bytes.rest.isEmpty)
    }

    @Test("a sequence split by a slow link is still one key")
    func splitSequence() {
        let bytes = ArrivingBytes([("[", 0), ("1", 30), ("~", 40)])
        #expect(bytes.decode() == .key(.home))
    }

    @Test("an unknown sequence is swallowed whole, never typed; typing after it is untouched")
    func unknownIgnored() {
        let bytes = ArrivingBytes("[99~x")
        #expect(bytes.decode() == .ignored)
        #expect(bytes.rest == "x")
        #expect(ArrivingBytes("[1;5X").decode() == .ignored)
        #expect(ArrivingBytes("Oz").decode() == .ignored)
    }

    @Test("the bracketed-paste start is recognised without eating the byte after ESC [ of other sequences")
    func pasteStart() {
        let paste = ArrivingBytes("[200~Hallo")
        #expect(paste.decode() == .pasteStart)
        #expect(paste.rest == "Hallo")
        // Before, "ESC [ 1 ~" lost its "1" to the paste check and typed "~".
        let home = ArrivingBytes("[1~abc")
        #expect(home.decode() == .key(.home))
        #expect(home.rest == "abc")
    }

    @Test("Alt only when the key came with the ESC; a key typed after Esc is Esc, then the key")
    func altRule() {
        #expect(ArrivingBytes("b").decode() == .key(.alt("b")))
        let typedAfter = ArrivingBytes("j", after: 40)
        #expect(typedAfter.decode() == .key(.escape))
        #expect(typedAfter.rest == "j")
        #expect(ArrivingBytes("").decode() == .key(.escape))
        // ESC then "[" typed by hand a moment later is Esc and "[", not a sequence.
        #expect(ArrivingBytes("[", after: 80).decode() == .key(.escape))
        #expect(ArrivingBytes("[").decode() == .key(.alt("[")))
    }

    @Test("two ESCs that arrive together are two Esc presses; what follows the second is decoded after it")
    func twoEscapes() {
        let twice = ArrivingBytes("\u{1B}")
        #expect(twice.decode() == .escapeAgain)
        #expect(twice.rest.isEmpty)
        // The second ESC with a sequence after it: Esc, then the arrow key.
        let thenUp = ArrivingBytes("\u{1B}[A")
        #expect(thenUp.decode() == .escapeAgain)
        #expect(thenUp.decode() == .key(.up))
        let memory = MemoryBackend()
        memory.receive("\u{1B}\u{1B}\u{1B}x")
        let events = (0..<4).compactMap { _ in memory.readEvent(timeoutMilliseconds: 0) }
        #expect(events == [.key(.escape), .key(.escape), .key(.alt("x"))])
    }

    @Test("Ctrl-/ (Ctrl-_) arrives as a key for undo")
    func controlUnderscore() {
        #expect(KeyDecoder.decode(character: 31) == .control("_"))
    }
}

@Suite("The editor: undo, redo, search, Ctrl-Home and Ctrl-End")
struct EditorUndoTests {
    func typed(_ text: String) -> TextEditorState {
        var state = TextEditorState()
        for c in text { _ = state.handle(c == "\n" ? .enter : .character(c)) }
        return state
    }

    @Test("Ctrl-K by mistake is undone, and redone with Ctrl-Y")
    func undoKillLine() {
        var state = typed("Erste Zeile\nZweite Zeile")
        _ = state.handle(.home)
        _ = state.handle(.control("k"))
        #expect(state.text == "Erste Zeile\n")
        _ = state.handle(.control("_"))
        #expect(state.text == "Erste Zeile\nZweite Zeile")
        _ = state.handle(.control("y"))
        #expect(state.text == "Erste Zeile\n")
        _ = state.handle(.alt("u"))
        #expect(state.text == "Erste Zeile\nZweite Zeile")
    }

    @Test("typing is undone a word at a time")
    func undoWords() {
        var state = typed("Der Beirat tagt")
        _ = state.handle(.control("_"))
        #expect(state.text == "Der Beirat")
        _ = state.handle(.control("_"))
        #expect(state.text == "Der")
        _ = state.handle(.control("_"))
        #expect(state.text == "")
        #expect(!state.canUndo)
    }

    @Test("search moves the cursor to the next match, ignoring case and wrapping round")
    func search() {
        var state = typed("Rathaus\nDer Beirat tagt im rathaus.")
        _ = state.handle(.ctrlHome)
        let first = state.find("RATHAUS")
        #expect(first)
        #expect(state.row == 1 && state.column == 19)
        let second = state.find("rathaus")
        #expect(second)
        #expect(state.row == 0 && state.column == 0)
        let missing = state.find("Stadthalle")
        #expect(!missing)
        _ = state.handle(.ctrlEnd)
        #expect(state.row == 1 && state.column == 27)
    }
}

import Testing
@testable import TerminalKit

@Suite("Keys from the terminal")
struct KeyDecoderTests {
    @Test("Enter, Backspace, Tab, Escape and Ctrl-letters arrive as named keys")
    func characters() {
        #expect(KeyDecoder.decode(character: 13) == .enter)
        #expect(KeyDecoder.decode(character: 10) == .enter)
        #expect(KeyDecoder.decode(character: 127) == .backspace)
        #expect(KeyDecoder.decode(character: 8) == .backspace)
        #expect(KeyDecoder.decode(character: 9) == .tab)
        #expect(KeyDecoder.decode(character: 27) == .escape)
        #expect(KeyDecoder.decode(character: 4) == .control("d"))
        #expect(KeyDecoder.decode(character: 0xFC) == .character("ü"))
    }
}

@Suite("The external editor", .serialized)
struct ExternalEditorTests {
    @Test("VISUAL wins over EDITOR, and vi is the last resort")
    func editorOrder() {
        #expect(ExternalEditor(environment: ["VISUAL": "nano", "EDITOR": "vim"]).command == "nano")
        #expect(ExternalEditor(environment: ["EDITOR": "vim"]).command == "vim")
        #expect(ExternalEditor(environment: [:]).command == "vi")
    }

    @Test("the edited text comes back; a failing editor gives nil; the temp file is gone")
    func editRoundTrip() {
        let editor = ExternalEditor(command: "sed -i 's/Entwurf/Endfassung/'")
        #expect(editor.edit("Protokoll – Entwurf\n") == "Protokoll – Endfassung\n")
        #expect(ExternalEditor(command: "false").edit("x") == nil)
    }
}

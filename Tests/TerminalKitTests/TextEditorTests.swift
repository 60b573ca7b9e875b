import Testing
@testable import TerminalKit

@Suite("Writing minutes in the built-in editor")
struct TextEditorTests {
    func type(_ text: String, into editor: inout TextEditorState) {
        for c in text { _ = editor.handle(c == "\n" ? .enter : .character(c)) }
    }

    func screen(_ editor: TextEditorState, width: Int, height: Int) -> (rows: [String], cursor: (x: Int, y: Int)) {
        var buffer = Buffer(size: Size(width: width, height: height))
        let cursor = TextEditor.render(into: &buffer, area: buffer.area, state: editor, style: .plain)
        return ((0..<height).map { buffer.rowText($0).trimmingTrailingSpaces() }, cursor)
    }

    @Test("umlauts and emoji are single characters for the cursor")
    func umlautsAndEmoji() {
        var editor = TextEditorState()
        type("Größe 👩‍👩‍👧!", into: &editor)
        #expect(editor.lines[0].count == 8)
        _ = editor.handle(.backspace)
        _ = editor.handle(.backspace)
        #expect(editor.text == "Größe ")
        let view = screen(editor, width: 20, height: 2)
        #expect(view.rows[0] == "Größe")
        #expect(view.cursor.x == 6)
    }

    @Test("backspace at the start of a line joins it to the line above")
    func backspaceJoins() {
        var editor = TextEditorState()
        type("TOP 1\nBeschluss", into: &editor)
        _ = editor.handle(.home)
        _ = editor.handle(.backspace)
        #expect(editor.text == "TOP 1Beschluss")
        #expect(editor.row == 0 && editor.column == 5)
        _ = editor.handle(.enter)
        _ = editor.handle(.up)
        _ = editor.handle(.end)
        _ = editor.handle(.delete)
        #expect(editor.text == "TOP 1Beschluss")
    }

    @Test("pasting several lines inserts them at the cursor")
    func pasteMultiLine() {
        var editor = TextEditorState(text: "Anfang Ende")
        _ = editor.handle(.home)
        for _ in 0..<5 { _ = editor.handle(.right) }
        editor.insert("\r\nZeile eins\r\nZeile zwei\u{1B}[2J\n")
        #expect(editor.text == "Anfan\nZeile eins\nZeile zwei␛[2J\ng Ende")
        #expect(editor.row == 3 && editor.column == 0)
    }

    @Test("word motion jumps over words and across line ends")
    func wordMotion() {
        var editor = TextEditorState(text: "eins zwei\ndrei")
        _ = editor.handle(.ctrlLeft)
        #expect(editor.row == 1 && editor.column == 0)
        _ = editor.handle(.alt("b"))
        #expect(editor.row == 0 && editor.column == 9)
        _ = editor.handle(.ctrlLeft)
        #expect(editor.column == 5)
        _ = editor.handle(.alt("f"))
        #expect(editor.column == 9)
    }

    @Test("long lines soft-wrap by display columns and Up/Down move by screen rows")
    func softWrap() {
        var editor = TextEditorState(text: "Der Beirat tagt öffentlich 日本語")
        let view = screen(editor, width: 12, height: 4)
        #expect(view.rows == ["Der Beirat", "tagt", "öffentlich", "日本語"])
        #expect(view.cursor.x == 6 && view.cursor.y == 3)
        _ = editor.handle(.up, wrapWidth: 12)
        #expect(screen(editor, width: 12, height: 4).cursor.y == 2)
        #expect(editor.text == "Der Beirat tagt öffentlich 日本語")
    }

    @Test("the view scrolls to keep the cursor on screen")
    func scrollFollowsCursor() {
        let text = (1...50).map { "Zeile \($0)" }.joined(separator: "\n")
        let editor = TextEditorState(text: text)
        let view = screen(editor, width: 20, height: 5)
        #expect(view.rows.last == "Zeile 50")
        #expect(view.cursor.y == 4)
    }
}

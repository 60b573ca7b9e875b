import Testing
@testable import TerminalKit

@Suite("Typing into a one-line field")
struct TextFieldTests {
    func typed(_ text: String, into field: inout TextFieldState) {
        for c in text { _ = field.handle(.character(c)) }
    }

    @Test("a moderator types a reason with umlauts, fixes a typo and submits")
    func typingAndEditing() {
        var field = TextFieldState()
        typed("Beleidigng", into: &field)
        _ = field.handle(.left)
        _ = field.handle(.left)
        typed("u", into: &field)
        #expect(field.text == "Beleidigung")
        _ = field.handle(.end)
        typed(" – Grüße", into: &field)
        _ = field.handle(.backspace)
        #expect(field.text == "Beleidigung – Grüß")
        _ = field.handle(.home)
        _ = field.handle(.delete)
        #expect(field.text == "eleidigung – Grüß")
        #expect(field.handle(.enter) == .submitted)
        #expect(field.handle(.escape) == .cancelled)
        #expect(field.handle(.function(5)) == .ignored)
    }

    @Test("Ctrl-U clears before the cursor, word motions jump over words")
    func killAndWords() {
        var field = TextFieldState(text: "spam link here")
        _ = field.handle(.ctrlLeft)
        #expect(field.cursor == 10)
        _ = field.handle(.alt("b"))
        #expect(field.cursor == 5)
        _ = field.handle(.ctrlRight)
        #expect(field.cursor == 9)
        _ = field.handle(.control("u"))
        #expect(field.text == " here")
        #expect(field.cursor == 0)
    }

    @Test("a typed combining accent joins its letter: one cursor step")
    func combining() {
        var field = TextFieldState()
        typed("e\u{301}", into: &field)
        #expect(field.characters.count == 1)
        _ = field.handle(.backspace)
        #expect(field.text.isEmpty)
    }

    @Test("a long entry scrolls by columns so the cursor stays visible")
    func horizontalScroll() {
        var field = TextFieldState(text: "日本語のテキストはとても長い")
        var buffer = Buffer(size: Size(width: 10, height: 1))
        let cursor = TextField.render(into: &buffer, area: buffer.area, state: field, style: .plain)
        #expect(cursor.x == 9)
        // The wide character cut by the left edge is left out, not shown as half.
        #expect(buffer.rowText(0) == " ても長い ")
        _ = field.handle(.home)
        buffer = Buffer(size: Size(width: 10, height: 1))
        let home = TextField.render(into: &buffer, area: buffer.area, state: field, style: .plain)
        #expect(home.x == 0)
        #expect(buffer.rowText(0) == "日本語のテ")
    }
}

import Foundation
import ModeratCore
import Testing
@testable import ModeratApp

/// When $EDITOR fails, the status line names the text as the user knows it (never an
/// internal purpose code such as "answer" or "item:12"), in the UI's language.
@Suite("Editor purpose stories")
struct EditPurposeStoriesTests {
    @Test("a failing editor on a comment's public answer says which text, in both languages",
          arguments: [(Language.de, "Editor fehlgeschlagen: Öffentliche Antwort zu #ID"), (.en, "Editor failed: public answer to #ID")])
    func commentAnswer(language: Language, says: String) throws {
        let h = try ScreenHarness(language: language, editor: FakeEditor(fails: true))
        let id = try #require(h.selectedCommentId)
        h.press(.enter, .character("e"))
        h.type("Bleibt stehen")
        h.press(.control("e"))
        #expect(h.statusLine.trimmingCharacters(in: .whitespaces) == says.replacingOccurrences(of: "ID", with: String(id)))
        #expect(h.screen.contains("Bleibt stehen"), "the typed text stays")
    }

    @Test("a failing editor on a TOP's minutes says which TOP, in both languages",
          arguments: [(Language.de, "Editor fehlgeschlagen: Protokoll TOP 7"), (.en, "Editor failed: minutes of item 7")])
    func minutesItem(language: Language, says: String) throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, language: language, editor: FakeEditor(fails: true))
        h.press(.character("5"), .enter)
        h.press(.character("G"), .character("e"), .control("e"))
        #expect(h.statusLine.trimmingCharacters(in: .whitespaces) == says)
    }
}

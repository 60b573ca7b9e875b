import Foundation
import ModeratCore
import ModeratStore
import Testing
@testable import ModeratApp

/// Issue 15, language: what the store refuses reaches a German workbench in German and an
/// English one in English, word for word.
@Suite("Store words stories", .serialized)
struct StoreWordsStoriesTests {
    @Test("the file turns read-only under an open workbench: approving says so in the session's language and changes nothing",
          arguments: [Language.de, .en])
    func readOnlyAtWriteTime(language: Language) throws {
        let bench = try Workbench(language: language, writesFailUnannounced: true)
        let id = try #require(bench.selectedCommentId)

        bench.press(.character("a"))

        // The whole message (the status line cuts a long path; the message log keeps it all).
        #expect(bench.app.status?.text == (language == .de
            ? "\(bench.path): die Datenbank ist schreibgeschützt; nichts wurde geändert"
            : "\(bench.path): the database is read-only; nothing was changed"), "\(bench.screen)")
        #expect(try bench.state(of: id) == "pending")
    }

    @Test("joining a comment already considered on its own into a group is refused in the session's language",
          arguments: [Language.de, .en])
    func groupRefusal(language: Language) throws {
        let bodies = ["Die Frist ist zu kurz (1).", "Die Frist ist zu kurz (2)."]
        let h = try ScreenHarness(language: language, prepare: ConsiderationStoriesTests.addApproved(bodies, code: "C2"))
        let ids = try h.ids("SELECT id FROM comment WHERE external_id LIKE 'story-C2-%' ORDER BY id")
        try ConsiderationStoriesTests.openConsideration(h, "C2")
        try ConsiderationStoriesTests.select(h, String(ids[0]))
        h.press(.character("b"))
        for id in ids {
            try ConsiderationStoriesTests.select(h, String(id))
            h.press(.character(" "))
        }

        let members = try h.int("SELECT COUNT(*) FROM consideration_group_member")

        h.press(.character("J"))

        #expect(h.statusLine.trimmingCharacters(in: .whitespaces) == (language == .de
            ? "Beitrag \(ids[0]) ist schon für sich allein abgewogen; nichts wurde geändert."
            : "Comment \(ids[0]) is already considered on its own; nothing was changed."), "\(h.screen)")
        #expect(try h.int("SELECT COUNT(*) FROM consideration_group_member") == members)
    }

    @Test("changing a consideration a colleague marked agreed meanwhile is refused in the session's language, naming the comment",
          arguments: [Language.de, .en])
    func agreedConsideration(language: Language) throws {
        let h = try ScreenHarness(language: language, prepare: ConsiderationStoriesTests.addApproved(["Die Frist ist zu kurz."], code: "C2"))
        let id = try #require(try h.ids("SELECT id FROM comment WHERE external_id = 'story-C2-0'").first)
        try ConsiderationStoriesTests.openConsideration(h, "C2")
        try ConsiderationStoriesTests.select(h, String(id))
        h.press(.character("u"))
        try h.otherStore(ScreenHarness.anna).agreeConsideration(.comment(id), expectedVersion: 1)
        h.waitTick()

        h.press(.character("n"))

        #expect(h.app.status?.text == (language == .de
            ? "Die Abwägung von Beitrag \(id) hat die Arbeitsgruppe beschlossen; bitte vor dem Ändern wieder öffnen. Nichts wurde geändert."
            : "The consideration of comment \(id) was agreed by the working group; reopen it before changing it. Nothing was changed."),
            "\(h.screen)")
        #expect(try h.string("SELECT outcome FROM consideration WHERE comment_id = ?", [id]) == "adopted")
    }
}

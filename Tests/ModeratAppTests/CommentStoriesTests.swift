import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// One comment in full: reading it, deciding it, writing the public answer.
@Suite("Comment stories")
struct CommentStoriesTests {
    @Test("the comment view shows body, author, tags and history, and a decision there lands in the history")
    func readAndDecide() throws {
        let h = try ScreenHarness()
        // A pending comment of several lines tagged to two sections.
        let id = try #require(try h.ids("""
            SELECT c.id FROM comment c WHERE c.state = 'pending' AND instr(c.body, char(10)) > 0
              AND (SELECT COUNT(*) FROM comment_section cs WHERE cs.comment_id = c.id) >= 2
            ORDER BY c.created_at, c.id LIMIT 1
            """).first)
        let body = try #require(try h.string("SELECT body FROM comment WHERE id = ?", [id]))
        let author = try #require(try h.string("SELECT a.display_name FROM comment c JOIN author a ON a.id = c.author_id WHERE c.id = ?", [id]))
        let tags = try h.table("""
            SELECT s.code, s.title FROM comment_section cs JOIN section s ON s.id = cs.section_id WHERE cs.comment_id = ?
            """, [id])
        h.select(comment: id)
        h.press(.enter)

        #expect(h.row(1).contains("#\(id)"))
        #expect(h.row(1).contains(h.t(.state(.pending))))
        #expect(h.currentTab.isEmpty, "no tab is current while a comment is open")
        #expect(h.screen.contains(h.t(.metaAuthor) + ": " + author))
        for tag in tags { #expect(h.screen.contains("\(tag[0]) \(tag[1])"), "tag \(tag[0])") }
        let lines = body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines.count >= 2)
        for line in lines.prefix(3) {
            #expect(h.screen.contains(String(line.prefix(40))), "body line “\(line.prefix(40))”")
        }
        let historyRow = try #require(h.rows(containing: h.t(.metaHistory)).last)
        #expect(h.row(historyRow).contains(h.t(.auditAction("comment.tag"))))
        #expect(try h.int("SELECT claimed_by FROM comment WHERE id = ?", [id]) == h.moderatorId(ScreenHarness.account),
                "opening a comment marks it as being handled by us")

        // Deciding opens the next comment of the pending list (which no longer holds this one);
        // p on a reply, or the undo list, lead back; here the view is reopened directly.
        h.press(.character("a"))
        #expect(h.statusLine.contains(try h.label(id) + ": " + h.t(.state(.approved))))
        #expect(!h.row(1).contains("#\(id) "), "the next comment is open")
        #expect(try h.state(of: id) == "approved")
        h.app.apply(.openComment(id))
        h.waitTick()
        #expect(h.row(1).contains(h.t(.state(.approved))))
        #expect(h.screen.contains("27.11.2026 15:00 tester: " + h.t(.auditAction("comment.approve"))))

        h.press(.escape)
        #expect(h.currentTab == " 1 " + h.t(.screenTitle(.queue)) + " ")
        #expect(h.selectedCommentId != id)
        #expect(!h.app.screens.queue.window.rows.contains { $0.id == id })
        #expect(try h.int("SELECT claimed_by IS NULL FROM comment WHERE id = ?", [id]) == 1)
    }

    @Test("the public answer is written in the built-in editor and saved with Ctrl-S")
    func answerInBuiltInEditor() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        h.press(.enter, .character("e"))
        #expect(h.statusLine.contains(h.t(.hintsEditor)))
        let answer = "Vielen Dank, wir nehmen das in die Überarbeitung auf."
        h.type(answer)
        #expect(h.screen.contains(answer), "typed text shows in the editor")
        #expect(try h.string("SELECT public_answer FROM comment WHERE id = ?", [id]) == nil, "nothing saved before Ctrl-S")

        h.press(.control("s"))
        #expect(h.statusLine.contains(h.t(.answerSaved)))
        let answerRow = try #require(h.rows(containing: h.t(.metaAnswer)).last)
        #expect(h.row(answerRow).contains(answer), "the lower block shows the saved answer")
        #expect(try h.string("SELECT public_answer FROM comment WHERE id = ?", [id]) == answer)
        #expect(try h.auditCount(id, action: "comment.answer", actor: ScreenHarness.account) == 1)
        #expect(try h.int("SELECT COUNT(*) FROM draft") == 0, "a saved answer leaves no draft behind")
        #expect(try h.state(of: id) == "pending", "answering does not decide")
    }

    @Test("a draft answer survives losing the workbench")
    func draftSurvives() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        h.press(.enter, .character("e"))
        let draft = "Entwurf: Danke für den Hinweis zur Beteiligung im Schichtdienst"
        h.type(draft)
        h.waitTick()
        #expect(try h.string("SELECT text FROM draft WHERE owner = ? AND key = ?",
                             [ScreenHarness.account, "comment:\(id):answer"]) == draft)

        // The connection drops: no quit, no save; a new workbench on the same file.
        try h.restart()
        #expect(!h.screen.contains(draft))
        h.select(comment: id)
        h.press(.enter, .character("e"))
        #expect(h.screen.contains(draft), "the draft is back in the editor")
        #expect(try h.string("SELECT public_answer FROM comment WHERE id = ?", [id]) == nil, "a draft is not an answer")

        h.type(" – ergänzt")
        h.press(.control("s"))
        #expect(try h.string("SELECT public_answer FROM comment WHERE id = ?", [id]) == draft + " – ergänzt")
    }

    @Test("the external editor's text lands in the built-in editor and the screen is redrawn in full")
    func externalEditor() throws {
        let editor = FakeEditor(appendedLine: "Zweite Zeile aus dem Editor.")
        let h = try ScreenHarness(editor: editor)
        let id = try #require(h.selectedCommentId)
        h.press(.enter, .character("e"))
        h.type("Erste Zeile")
        let invalidated = h.backend.invalidateCount

        h.press(.control("e"))
        #expect(editor.calls == ["Erste Zeile"], "the editor got what was typed")
        #expect(h.backend.suspendCount == 1, "the terminal was handed over")
        #expect(h.backend.invalidateCount == invalidated + 1, "a full redraw follows the editor")
        #expect(h.statusLine.contains(h.t(.hintsEditor)), "back in the built-in editor")
        let first = try #require(h.rows(containing: "Erste Zeile").first)
        #expect(h.row(first + 1).contains("Zweite Zeile aus dem Editor."), "the second line sits under the first")
        #expect(try h.string("SELECT text FROM draft WHERE key = ?", ["comment:\(id):answer"])
                == "Erste Zeile\nZweite Zeile aus dem Editor.", "kept as a draft at once, without the editor's final newline")

        h.press(.control("s"))
        #expect(try h.string("SELECT public_answer FROM comment WHERE id = ?", [id]) == "Erste Zeile\nZweite Zeile aus dem Editor.")
    }

    @Test("a failing external editor keeps the text and says so")
    func externalEditorFails() throws {
        let h = try ScreenHarness(editor: FakeEditor(fails: true))
        h.press(.enter, .character("e"))
        h.type("Bleibt stehen")
        h.press(.control("e"))
        #expect(!h.cells(in: h.height - 1, styled: .error).isEmpty, "status: \(h.statusLine)")
        #expect(h.screen.contains("Bleibt stehen"))
    }
}

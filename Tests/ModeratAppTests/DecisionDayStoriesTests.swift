import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// A moderator's working day (issue 15): decide and go on, undo only what this session did,
/// see every target, and never overwrite someone's decision without being asked.
@Suite("Decision day stories")
struct DecisionDayStoriesTests {
    @Test("a, r and h in the comment view decide and open the next comment; J and K step without deciding")
    func decideAndAdvance() throws {
        let h = try ScreenHarness()
        let pending = try h.pendingIds(limit: 6)
        #expect(h.selectedCommentId == pending[0])
        h.press(.enter)
        #expect(h.row(1).contains("#\(pending[0])"))

        h.press(.character("a"))
        #expect(try h.state(of: pending[0]) == "approved")
        #expect(h.row(1).contains("#\(pending[1])"), "the next comment of the queue is open: \(h.row(1))")
        let said = h.statusLine
        #expect(said.contains(try h.label(pending[0]) + ": " + h.t(.state(.approved))), "names the decided one: \(said)")
        #expect(said.contains(h.t(.decision(.next(try h.label(pending[1]))))), "names the next one: \(said)")

        h.press(.character("r"), .character("1"))
        h.type("Bitte beim Thema bleiben.")
        h.press(.enter)
        #expect(try h.state(of: pending[1]) == "rejected")
        #expect(try h.string("SELECT public_answer FROM comment WHERE id = ?", [pending[1]]) == "Bitte beim Thema bleiben.")
        #expect(h.row(1).contains("#\(pending[2])"))

        h.press(.character("h"))
        h.type("Rückfrage Bauamt")
        h.press(.enter)
        #expect(try h.state(of: pending[2]) == "held")
        #expect(h.row(1).contains("#\(pending[3])"))

        h.press(.character("J"))
        #expect(h.row(1).contains("#\(pending[4])"), "J steps on")
        #expect(try h.state(of: pending[3]) == "pending", "J decides nothing")
        h.press(.character("K"))
        #expect(h.row(1).contains("#\(pending[3])"), "K steps back")

        h.press(.escape)
        #expect(h.selectedCommentId == pending[3], "the queue's cursor is where the comment view was")
    }

    @Test("in a queue showing every state, the cursor lands on the next row after a decision")
    func queueCursorLandsOnNext() throws {
        let h = try ScreenHarness()
        h.press(.character(":"))
        h.type("state all")
        h.press(.enter)
        let first = try #require(h.selectedCommentId)
        let pendingRow = try #require(h.app.screens.queue.window.rows.firstIndex { $0.state == .pending && $0.id != first })
        let id = h.app.screens.queue.window.rows[pendingRow].id
        h.select(comment: id)
        let next = h.app.screens.queue.window.rows[pendingRow + 1].id
        h.press(.character("a"))
        #expect(try h.state(of: id) == "approved")
        #expect(h.app.screens.queue.window.rows.contains { $0.id == id }, "the approved comment stays in this list")
        #expect(h.selectedCommentId == next, "the cursor moved on to the next row")
        #expect(h.statusLine.contains(try h.label(id)))
    }

    @Test("u in a fresh session changes nothing and says so; u after a decision names what it undid")
    func undoIsTheSessionsOwn() throws {
        let h = try ScreenHarness()
        let pending = try h.pendingIds(limit: 2)
        // A decision of an earlier session of the same account.
        let earlier = try h.version(of: pending[1])
        try h.store.decide(pending[1], .approve, expectedVersion: earlier)
        try h.restart()
        let auditBefore = try h.totalAuditRows

        h.press(.character("u"))
        #expect(h.statusLine.contains(String(h.t(.decision(.nothingToUndo)).prefix(40))), "status: \(h.statusLine)")
        #expect(try h.totalAuditRows == auditBefore, "nothing was written")
        #expect(try h.state(of: pending[1]) == "approved", "the earlier session's decision stands")

        h.select(comment: pending[0])
        h.press(.character("a"))
        #expect(try h.state(of: pending[0]) == "approved")
        h.press(.character("u"))
        #expect(try h.state(of: pending[0]) == "pending")
        let expected = h.t(.decision(.undone(try h.label(pending[0]), from: .approved, to: .pending)))
        #expect(h.statusLine.contains(expected), "status: \(h.statusLine)")
        #expect(h.selectedCommentId == pending[0])

        h.press(.character("U"))
        #expect(h.screen.contains(h.t(.decision(.undoListTitle))))
        #expect(h.screen.contains(try h.label(pending[0]) + ": " + h.t(.state(.pending)) + " → " + h.t(.state(.approved))))
        #expect(h.screen.contains(h.t(.decision(.undoneMark))))
        h.press(.escape)
        h.press(.character("u"))
        #expect(h.statusLine.contains(String(h.t(.decision(.nothingToUndo)).prefix(40))))
        #expect(try h.state(of: pending[1]) == "approved")
    }

    @Test("with a comment marked and the cursor on another, a asks first, naming the count and the cursor row")
    func marksAsk() throws {
        let h = try ScreenHarness()
        let pending = try h.pendingIds(limit: 2)
        h.press(.character(" "))   // marks the first, the cursor moves to the second
        #expect(h.selectedCommentId == pending[1])
        h.press(.character("a"))
        let question = h.t(.decision(.confirmMarked(.approve, count: 1, cursor: try h.label(pending[1]), cursorMarked: false)))
        #expect(h.screen.contains(String(question.prefix(30))), "a question opens:\n\(h.screen)")
        #expect(try h.state(of: pending[0]) == "pending", "nothing happens before the answer")
        h.press(.character("j"))
        #expect(try h.state(of: pending[0]) == "pending", "j (the key that moves down) does not confirm")
        h.press(.enter)
        #expect(try h.state(of: pending[0]) == "pending", "Enter means no")
        h.press(.character("a"), .character("y"))
        #expect(try h.state(of: pending[0]) == "approved")
        #expect(try h.state(of: pending[1]) == "pending", "the cursor row was not marked and stays")
        #expect(h.statusLine.contains(try h.label(pending[0]) + ": " + h.t(.state(.approved))), "status: \(h.statusLine)")
    }

    @Test("reversing a colleague's rejection asks (default no), shows the old answer, and the export never shows it")
    func reversalAsksAndDropsTheOldAnswer() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        h.press(.enter)
        // Anna rejects it while our comment view is open; our view notices on its next tick.
        let anna = try h.otherStore(ScreenHarness.anna)
        try anna.decide(id, .reject, expectedVersion: try h.version(of: id), reason: "spam", answer: "Werbung entfernt.")
        h.waitTick()
        h.press(.character("a"))
        #expect(h.statusLine.contains("Anna"), "the conflict names who, before anything is typed: \(h.statusLine)")
        #expect(try h.state(of: id) == "rejected")

        h.press(.character("a"))
        // A yes/no question on the status line, not only the comment view's own lines.
        #expect(h.statusLine.contains(h.t(.decision(.yesNo))), "a question is asked first: \(h.statusLine)")
        #expect(h.screen.contains(h.t(.state(.rejected))), "the question says what was decided")
        #expect(h.screen.contains("Anna"), "and who:\n\(h.screen)")
        h.press(.enter)
        #expect(try h.state(of: id) == "rejected", "Enter keeps the decision (default no)")

        h.press(.character("a"), .character("y"))
        #expect(h.screen.contains("Werbung entfernt."), "the old public answer is shown")
        h.press(.character("3"))
        #expect(try h.state(of: id) == "approved")
        #expect(try h.string("SELECT public_answer FROM comment WHERE id = ?", [id]) == nil)
        let slug = try #require(try h.string("SELECT p.slug FROM comment c JOIN process p ON p.id = c.process_id WHERE c.id = ?", [id]))
        let document = try h.database.commentedGuidelines(processSlug: slug)
        let markdown = GuidelinesMarkdown.render(document, asOf: ScreenHarness.now)
        #expect(!markdown.contains("Werbung entfernt."))
    }

    @Test("someone else's open comment asks before a decision")
    func claimedAsks() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        _ = try h.otherStore(ScreenHarness.bernd, secondsLater: 0).claim(id)
        h.waitTick()
        h.press(.character("a"))
        #expect(h.screen.contains("Bernd Schmidt"), "the question names who has it open:\n\(h.screen)")
        #expect(h.statusLine.contains(h.t(.decision(.yesNo))))
        #expect(try h.state(of: id) == "pending")
        h.press(.character("n"))
        #expect(try h.state(of: id) == "pending")
    }

    @Test("the reason picker shows every reason numbered, Enter alone picks nothing, a digit picks")
    func reasonPicker() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        let reasons = try h.table("SELECT code, label_de FROM reason WHERE active = 1 ORDER BY ordinal, code")
        #expect(reasons.count >= 7)
        h.press(.character("r"))
        for (i, reason) in reasons.enumerated() {
            #expect(h.screen.contains("\(i + 1)  \(reason[1])"), "reason \(i + 1) \(reason[1]) is shown numbered:\n\(h.screen)")
        }
        h.press(.enter)
        #expect(h.screen.contains(reasons[0][1]), "Enter without a choice leaves the picker open")
        h.press(.down, .down, .up)
        h.press(.character("2"))
        h.press(.enter)   // no answer
        #expect(try h.state(of: id) == "rejected")
        #expect(try h.string("SELECT reason_code FROM comment WHERE id = ?", [id]) == reasons[1][0])
    }

    @Test("a conflict after the answer was typed keeps the answer as a draft")
    func typedAnswerKept() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        h.press(.character("r"), .character("1"))
        h.type("Das gehört nicht hierher.")
        let bernd = try h.otherStore(ScreenHarness.bernd)
        try bernd.decide(id, .approve, expectedVersion: try h.version(of: id))
        h.press(.enter)
        #expect(try h.state(of: id) == "approved", "Bernd's decision stands")
        #expect(h.statusLine.contains("Bernd Schmidt"), "status: \(h.statusLine)")
        h.press(.character("M"))
        #expect(h.screen.contains(h.t(.decision(.draftKept(id)))), "the message log shows the whole message:\n\(h.screen)")
        #expect(try h.string("SELECT text FROM draft WHERE key = ?", ["comment:\(id):answer"]) == "Das gehört nicht hierher.")
    }

    @Test("at 80 columns the footer still ends in ? Hilfe, in the queue and in the comment view")
    func footerKeepsHelp() throws {
        let h = try ScreenHarness(width: 80, height: 24)
        #expect(h.statusLine.trimmingCharacters(in: .whitespaces).hasSuffix("? Hilfe"), "queue: \(h.statusLine)")
        h.press(.enter)
        #expect(h.statusLine.trimmingCharacters(in: .whitespaces).hasSuffix("? Hilfe"), "comment: \(h.statusLine)")
    }
}

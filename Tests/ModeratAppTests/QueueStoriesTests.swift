import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// The moderator's day in the queue: decide, reject with reason and answer, undo.
@Suite("Queue stories")
struct QueueStoriesTests {
    @Test("moderator approves the selected comment")
    func approveSelected() throws {
        let h = try ScreenHarness()
        let pending = try h.pendingIds(limit: 2)
        let id = try #require(h.selectedCommentId)
        #expect(id == pending[0], "the queue starts on the oldest pending comment")
        // Rows without their two-cell gutter, which holds the selection marker.
        let approvedRow = String(try #require(h.selectedRowText).dropFirst(2))
        let nextRow = String(h.row(try #require(h.selectedRows.first) + 1).dropFirst(2))
        let before = try h.pendingCount
        #expect(h.queueHeading.contains("\(before)"))
        let audits = try h.auditCount(id, action: "comment.approve")

        h.press(.character("a"))

        // What the user sees: the row is gone, the next one is selected, the count drops, the status says so.
        #expect(h.statusLine.contains(try h.label(id) + ": " + h.t(.state(.approved))))
        #expect(!h.cells(in: h.height - 1, styled: .statusMessage).isEmpty, "a success message, not an error")
        #expect(!h.screen.contains(approvedRow))
        #expect(h.selectedRowText.map { String($0.dropFirst(2)) } == nextRow)
        #expect(h.queueHeading.contains("\(before - 1)"))
        // What the database holds.
        #expect(try h.state(of: id) == "approved")
        #expect(try h.int("SELECT decided_by FROM comment WHERE id = ?", [id]) == h.moderatorId(ScreenHarness.account))
        #expect(try h.auditCount(id, action: "comment.approve") == audits + 1)
        #expect(try h.auditCount(id, action: "comment.approve", actor: ScreenHarness.account) == 1)
        #expect(h.selectedCommentId == pending[1])
    }

    @Test("moderator rejects a comment with a reason and a public answer")
    func rejectWithReasonAndAnswer() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        let rejectedRow = try #require(h.selectedRowText)

        h.press(.character("r"))
        #expect(h.screen.contains(h.t(.reasonPickerTitle)))
        #expect(h.screen.contains("Werbung / Spam"))
        #expect(h.screen.contains("Kein Bezug zum Thema"))
        #expect(try h.state(of: id) == "pending", "nothing is written while the picker is open")

        h.press(.character(try h.reasonNumber("off-topic")))   // one key picks a numbered reason
        #expect(h.screen.contains(h.t(.answerPrompt)))
        let answer = "Danke! Ihr Hinweis betrifft nicht die Leitlinien; wir leiten ihn an das Tiefbauamt weiter."
        h.type(answer)
        #expect(h.screen.contains("wir leiten ihn"), "the typed answer is visible in the prompt")

        h.press(.enter)
        #expect(h.statusLine.contains(try h.label(id) + ": " + h.t(.state(.rejected))))
        #expect(!h.screen.contains(rejectedRow))
        #expect(try h.state(of: id) == "rejected")
        #expect(try h.string("SELECT reason_code FROM comment WHERE id = ?", [id]) == "off-topic")
        #expect(try h.string("SELECT public_answer FROM comment WHERE id = ?", [id]) == answer)
        #expect(try h.auditCount(id, action: "comment.reject", actor: ScreenHarness.account) == 1)
        #expect(try h.string("""
            SELECT json_extract(detail, '$.reason') FROM audit_event
            WHERE entity = 'comment' AND entity_id = ? AND action = 'comment.reject'
            """, [String(id)]) == "off-topic")
    }

    @Test("Esc in the reason picker cancels the rejection and writes nothing")
    func rejectCancelled() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        let audits = try h.totalAuditRows
        h.press(.character("r"))
        h.press(.escape)
        #expect(!h.screen.contains(h.t(.reasonPickerTitle)))
        #expect(h.selectedCommentId == id)
        #expect(try h.state(of: id) == "pending")
        #expect(try h.totalAuditRows == audits)
    }

    @Test("undo restores the previous state and writes comment.undo")
    func undoRestores() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        let row = try #require(h.selectedRowText)
        let before = try h.pendingCount

        h.press(.character("a"))
        #expect(try h.state(of: id) == "approved")
        #expect(!h.screen.contains(row))

        h.press(.character("u"))
        #expect(h.statusLine.contains(h.t(.decision(.undone(try h.label(id), from: .approved, to: .pending)))))
        #expect(try h.state(of: id) == "pending")
        #expect(try h.int("SELECT decided_by IS NULL FROM comment WHERE id = ?", [id]) == 1)
        #expect(try h.version(of: id) == 3, "approve and undo each move the version on")
        #expect(try h.auditCount(id, action: "comment.undo", actor: ScreenHarness.account) == 1)
        #expect(try h.auditCount(id, action: "comment.approve") == 1, "the audit trail keeps the approval")
        // The comment is back in the queue, and the count with it; g reaches it.
        #expect(h.queueHeading.contains("\(before)"))
        h.press(.character("g"))
        #expect(h.selectedCommentId == id)
        #expect(h.selectedRowText == row)
    }

    @Test("the undone comment shows in the list at once")
    func undoneCommentVisible() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        let row = try #require(h.selectedRowText)
        h.press(.character("a"), .character("u"))
        #expect(h.queueRows.contains(row), "the restored first comment is hidden above the list")
        #expect(h.queueRows.count == h.queueRowRange.count)
        h.press(.character("k"))
        #expect(h.selectedCommentId == id)
    }

    @Test("a second undo says there is nothing to undo, in the user's language")
    func nothingToUndo() throws {
        // A moderator new to the demo, so no old decisions of theirs are left to undo.
        let h = try ScreenHarness(account: "emeier", prepare: ScreenHarness.addModerator("emeier", "Eva Meier"))
        let id = try #require(h.selectedCommentId)
        h.press(.character("a"), .character("u"))
        let audits = try h.totalAuditRows
        h.press(.character("u"))
        #expect(h.statusLine.contains(h.t(.nothingToUndo)), "status line: \(h.statusLine)")
        #expect(try h.auditCount(id, action: "comment.undo") == 1)
        #expect(try h.totalAuditRows == audits)
    }

    @Test("j, G and g move the selection through the queue")
    func movement() throws {
        let h = try ScreenHarness()
        let pending = try h.pendingIds()
        h.press(.character("j"), .character("j"))
        #expect(h.selectedCommentId == pending[2])
        #expect(h.selectedRows.count == 1)
        h.press(.character("G"))
        #expect(h.selectedCommentId == pending.last)
        #expect(h.selectedRows.first == h.queueRows.count + 2, "the last row sits at the foot of the list")
        h.press(.character("g"))
        #expect(h.selectedCommentId == pending[0])
        #expect(h.selectedRows.first == 3)
    }
}

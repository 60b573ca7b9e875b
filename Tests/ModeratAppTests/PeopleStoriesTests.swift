import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// Several people on one database: someone else decides first; a viewer may only look.
@Suite("People stories")
struct PeopleStoriesTests {
    @Test("someone else decided the selected comment first: we are told who and when, nothing is overwritten",
          arguments: ["a", "r"])
    func conflict(key: String) throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        let row = try #require(h.selectedRowText)
        // Anna, in her own moderat on the same file, rejects it a minute after our queue loaded.
        let anna = try h.otherStore(ScreenHarness.anna, secondsLater: 60)
        try anna.decide(id, .reject, expectedVersion: try h.version(of: id), reason: "spam")
        #expect(h.selectedRowText == row, "without a tick our queue still shows the comment")
        let audits = try h.totalAuditRows
        let version = try h.version(of: id)

        // The conflict is found at the key, before a reason is chosen or an answer typed.
        h.press(.character(Character(key)))
        #expect(!h.screen.contains(h.t(.reasonPickerTitle)), "no dialog opens for a comment that moved on")

        let status = h.statusLine
        #expect(status.contains("\(id)"), "status: \(status)")
        #expect(status.contains("Anna Müller"), "status: \(status)")
        #expect(status.contains("15:01"), "Berlin time of Anna's decision; status: \(status)")
        #expect(!h.cells(in: h.height - 1, styled: .error).isEmpty, "shown as an error")
        // Anna's decision stands.
        #expect(try h.state(of: id) == "rejected")
        #expect(try h.string("SELECT reason_code FROM comment WHERE id = ?", [id]) == "spam")
        #expect(try h.string("SELECT public_answer FROM comment WHERE id = ?", [id]) == nil)
        #expect(try h.int("SELECT decided_by FROM comment WHERE id = ?", [id]) == h.moderatorId(ScreenHarness.anna))
        #expect(try h.version(of: id) == version)
        #expect(try h.totalAuditRows == audits, "no audit row for a write that did not happen")
        // The queue re-read itself: the comment is no longer offered as pending.
        #expect(!h.screen.contains(row))
    }

    @Test("another moderator's decision shows up on the next idle tick")
    func othersCommitsAppear() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        let row = try #require(h.selectedRowText)
        let before = try h.pendingCount
        let bernd = try h.otherStore(ScreenHarness.bernd)
        try bernd.decide(id, .approve, expectedVersion: try h.version(of: id))
        h.waitTick()
        #expect(!h.screen.contains(row))
        #expect(h.queueHeading.contains("\(before - 1)"))
        #expect(h.selectedRows.count == 1)
    }

    @Test("a viewer sees refusals and nothing changes")
    func viewerRefused() throws {
        let h = try ScreenHarness(account: ScreenHarness.viewer)
        #expect(h.titleLine.contains("Dörte König"))
        let id = try #require(h.selectedCommentId)
        let audits = try h.totalAuditRows
        let version = try h.version(of: id)
        let refusal = "Nicht erlaubt"

        for key in ["a", "r", "h", "t"] {
            h.press(.character(Character(key)))
            #expect(h.statusLine.contains(refusal), "\(key): \(h.statusLine)")
            #expect(!h.cells(in: h.height - 1, styled: .error).isEmpty)
            #expect(!h.screen.contains(h.t(.reasonPickerTitle)), "no dialog opens for \(key)")
            #expect(h.selectedCommentId == id)
        }
        // Marks are harmless, a bulk approval is not.
        h.press(.character(" "), .character(" "), .character("a"))
        #expect(h.statusLine.contains(refusal))
        #expect(!h.screen.contains(h.t(.confirmBulk(.approve, 2))))
        h.press(.character("u"))
        #expect(h.statusLine.contains(refusal) || h.statusLine.contains("Nicht"), "undo: \(h.statusLine)")

        // In the comment view: deciding and editing are refused too.
        h.press(.escape, .character("g"), .enter)
        #expect(h.screen.contains("#\(id)"))
        for key in ["a", "e", "i"] {
            h.press(.character(Character(key)))
            #expect(h.statusLine.contains(refusal), "\(key) in the comment view: \(h.statusLine)")
        }
        h.press(.character("x"))   // unbound: the status line falls back to the view's hints
        #expect(h.statusLine.contains(h.t(.hintsComment)), "no editor has the keys: \(h.statusLine)")

        #expect(try h.state(of: id) == "pending")
        #expect(try h.version(of: id) == version)
        #expect(try h.totalAuditRows == audits)
        #expect(try h.int("SELECT COUNT(*) FROM comment WHERE claimed_by = ?", [h.moderatorId(ScreenHarness.viewer)]) == 0,
                "a viewer does not claim comments")
        #expect(try h.int("SELECT COUNT(*) FROM draft") == 0)
    }
}

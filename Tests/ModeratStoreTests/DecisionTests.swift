import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("Decisions, conflicts and undo")
struct DecisionTests {
    @Test("A moderator approves a pending comment: new state, new version, one audit event")
    func approve() throws {
        let fixture = try Fixture()
        let comment = try fixture.comment(try fixture.process())
        let receipt = try fixture.store().decide(comment, .approve, expectedVersion: 1, answer: "Danke!")
        #expect(receipt.state == .approved && receipt.version == 2)
        let detail = try #require(try fixture.store().comment(comment))
        #expect(detail.state == .approved)
        #expect(detail.decidedBy == "Anna Beispiel")
        #expect(detail.publicAnswer == "Danke!")
        #expect(detail.history.map(\.action) == ["comment.approve"])
        #expect(detail.history.first?.actorName == "Anna Beispiel")
    }

    @Test("Two moderators decide the same comment: the second is told who was first and when")
    func conflictNamesWhoAndWhen() throws {
        let fixture = try Fixture()
        try fixture.moderator("bernd", "Bernd Muster")
        let comment = try fixture.comment(try fixture.process())
        try fixture.store("anna").decide(comment, .approve, expectedVersion: 1)
        let bernd = fixture.store("bernd", offset: 120)
        let error = #expect(throws: StoreError.self) {
            try bernd.decide(comment, .reject, expectedVersion: 1, reason: "spam")
        }
        #expect(error?.description == "Comment \(comment) was already approved by Anna Beispiel at 15:00.")
        #expect(try fixture.state(comment) == "approved")
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event") == 1)
    }

    @Test("A conflict from another day names the date as well")
    func conflictFromYesterday() throws {
        let fixture = try Fixture()
        try fixture.moderator("bernd", "Bernd Muster")
        let comment = try fixture.comment(try fixture.process())
        try fixture.store("anna", offset: -86_400).decide(comment, .reject, expectedVersion: 1, reason: "spam")
        let error = #expect(throws: StoreError.self) {
            try fixture.store("bernd").decide(comment, .approve, expectedVersion: 1)
        }
        #expect(error?.description == "Comment \(comment) was already rejected by Anna Beispiel on 26.11.2026 at 15:00.")
    }

    @Test("Rules and roles refuse clearly and change nothing")
    func refusals() throws {
        let fixture = try Fixture()
        try fixture.moderator("vera", "Vera Viewer", role: .viewer)
        let comment = try fixture.comment(try fixture.process())
        let anna = fixture.store()
        #expect(throws: StoreError.roleRefused(.mayNot(.action(.decideComments), name: "Vera Viewer", role: .viewer))) {
            try fixture.store("vera").decide(comment, .approve, expectedVersion: 1)
        }
        #expect(throws: StoreError.self) { try fixture.store("nobody").decide(comment, .approve, expectedVersion: 1) }
        #expect(throws: StoreError.self) { try anna.decide(comment, .reject, expectedVersion: 1) }
        #expect(throws: StoreError.self) { try anna.decide(comment, .reject, expectedVersion: 1, reason: "no-such-code") }
        #expect(throws: StoreError.self) { try anna.decide(comment, .approve, expectedVersion: 1, reason: "spam") }
        #expect(throws: StoreError.notFound(.comment(999))) { try anna.decide(999, .approve, expectedVersion: 1) }
        #expect(try fixture.version(comment) == 1)
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event") == 0)
    }

    @Test("Rejecting three spam comments at once is all or nothing")
    func decideManyAllOrNothing() throws {
        let fixture = try Fixture()
        try fixture.moderator("bernd", "Bernd Muster")
        let process = try fixture.process()
        let ids = try (0..<3).map { try fixture.comment(process, minutesAgo: $0 + 1) }
        // Bernd approves the middle one first; Anna's bulk reject must then change nothing.
        try fixture.store("bernd").decide(ids[1], .approve, expectedVersion: 1)
        let auditBefore = try fixture.int("SELECT COUNT(*) FROM audit_event")
        let targets = ids.map { CommentVersion(id: $0, version: 1) }
        #expect(throws: StoreError.self) { try fixture.store().decideMany(targets, .reject, reason: "spam") }
        #expect(try fixture.state(ids[0]) == "pending")
        #expect(try fixture.state(ids[2]) == "pending")
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event") == auditBefore)
        #expect(try fixture.int("SELECT COUNT(*) FROM decision_prior") == 1)
        // Without the conflict it goes through as one batch.
        let fresh = [ids[0], ids[2]].map { CommentVersion(id: $0, version: 1) }
        let receipts = try fixture.store().decideMany(fresh, .reject, reason: "spam")
        #expect(receipts.map(\.state) == [.rejected, .rejected])
    }

    @Test("Undo restores state, reason and answer, and is itself audited")
    func undoRestores() throws {
        let fixture = try Fixture()
        let comment = try fixture.comment(try fixture.process(), answer: "Alte Antwort")
        let anna = fixture.store()
        try anna.decide(comment, .hold, expectedVersion: 1)
        try anna.decide(comment, .reject, expectedVersion: 2, reason: "insult", answer: "Neue Antwort")
        let undone = try anna.undoLast()
        #expect(undone.map(\.state) == [.held])
        var detail = try #require(try anna.comment(comment))
        #expect(detail.state == .held && detail.reasonCode == nil && detail.publicAnswer == "Alte Antwort")
        #expect(detail.version == 4)
        // A second undo walks one decision further back.
        try anna.undoLast()
        detail = try #require(try anna.comment(comment))
        #expect(detail.state == .pending && detail.decidedBy == nil)
        #expect(detail.history.map(\.action) == ["comment.hold", "comment.reject", "comment.undo", "comment.undo"])
        #expect(try anna.undoLast().isEmpty, "nothing left to undo is an empty answer, not an error")
    }

    @Test("Undo refuses when someone else changed the comment since, and says who and when")
    func undoRefusesAfterOthersChange() throws {
        let fixture = try Fixture()
        try fixture.moderator("bernd", "Bernd Muster")
        let comment = try fixture.comment(try fixture.process())
        let anna = fixture.store()
        try anna.decide(comment, .approve, expectedVersion: 1)
        try fixture.store("bernd", offset: 180).decide(comment, .reject, expectedVersion: 2, reason: "spam")
        let error = #expect(throws: StoreError.self) {
            try anna.undoLast()
        }
        #expect(error?.description == "Cannot undo: Comment \(comment) was changed by Bernd Muster at 15:03 (now rejected).")
        #expect(try fixture.state(comment) == "rejected")
    }

    @Test("Undo after a bulk decision takes back the whole batch")
    func undoBatch() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let ids = try (0..<3).map { try fixture.comment(process, minutesAgo: $0 + 1) }
        let anna = fixture.store()
        try anna.decideMany(ids.map { CommentVersion(id: $0, version: 1) }, .reject, reason: "spam")
        let undone = try anna.undoLast()
        #expect(Set(undone.map(\.commentId)) == Set(ids))
        for id in ids { #expect(try fixture.state(id) == "pending") }
        #expect(try fixture.int("SELECT n FROM comment_count WHERE state = 'pending'") == 3)
    }

    @Test("Undo also takes back a decision another tool recorded without what it replaced")
    func undoWithoutPriorRow() throws {
        let fixture = try Fixture()
        let comment = try fixture.comment(try fixture.process())
        // As the demo generator or an import writes it: the comment row and the audit event only.
        try fixture.insert("UPDATE comment SET state = 'rejected', reason_code = 'spam', version = 2, decided_by = 1 WHERE id = ?", [comment])
        try fixture.database.pool.write { db in
            _ = try db.appendAudit(actor: "anna", action: .reject, entity: "comment", entityId: String(comment),
                               detail: ["from": "pending", "reason": "spam", "to": "rejected", "version": "2"], at: Fixture.now)
        }
        let undone = try fixture.store().undoLast()
        #expect(undone.map(\.state) == [.pending])
        let detail = try #require(try fixture.store().comment(comment))
        #expect(detail.reasonCode == nil && detail.decidedBy == nil && detail.version == 3)
    }

    @Test("Answer and note edits are guarded by the version too")
    func answerAndNote() throws {
        let fixture = try Fixture()
        let comment = try fixture.comment(try fixture.process())
        let anna = fixture.store()
        let v2 = try anna.setAnswer(comment, "Wir prüfen das.", expectedVersion: 1)
        let v3 = try anna.setNote(comment, "Rückfrage beim Amt", expectedVersion: v2)
        #expect(throws: StoreError.self) { try anna.setAnswer(comment, "überschrieben", expectedVersion: v2) }
        let detail = try #require(try anna.comment(comment))
        #expect(detail.publicAnswer == "Wir prüfen das." && detail.internalNote == "Rückfrage beim Amt")
        #expect(detail.version == v3)
        try anna.setAnswer(comment, "  ", expectedVersion: v3)
        #expect(try anna.comment(comment)?.publicAnswer == nil)
    }
}

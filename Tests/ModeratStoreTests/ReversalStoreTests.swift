import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// Issue 15: a reversal never publishes an answer written for the other decision, refusals are
/// typed values, and undo can be limited to the decisions one session made.
@Suite("Reversals and session undo")
struct ReversalStoreTests {
    @Test("approving a rejected comment drops the old public answer unless a new one is given")
    func reversalDropsStaleAnswer() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let first = try fixture.comment(process)
        let second = try fixture.comment(process)
        let anna = fixture.store()
        try anna.decide(first, .reject, expectedVersion: 1, reason: "spam", answer: "Werbung entfernt.")
        try anna.decide(second, .reject, expectedVersion: 1, reason: "spam", answer: "Werbung entfernt.")

        let receipt = try anna.decide(first, .approve, expectedVersion: 2)
        #expect(receipt.previousState == .rejected)
        #expect(try fixture.store().comment(first)?.publicAnswer == nil)
        try anna.decide(second, .approve, expectedVersion: 2, answer: "Danke, freigegeben.")
        #expect(try fixture.store().comment(second)?.publicAnswer == "Danke, freigegeben.")
        // Holding a pending comment keeps an answer written before the decision.
        let third = try fixture.comment(process)
        try anna.setAnswer(third, "Wir prüfen das.", expectedVersion: 1)
        try anna.decide(third, .hold, expectedVersion: 2, note: "Rückfrage")
        #expect(try fixture.store().comment(third)?.publicAnswer == "Wir prüfen das.")
    }

    @Test("an unknown reason is a typed refusal with exit code 65")
    func unknownReasonTyped() throws {
        let fixture = try Fixture()
        let comment = try fixture.comment(try fixture.process())
        let error = #expect(throws: StoreError.self) {
            try fixture.store().decide(comment, .reject, expectedVersion: 1, reason: "nonsense")
        }
        guard case .decisionRefused(.unknownReason("nonsense", _))? = error else {
            Issue.record("expected an unknown-reason refusal, got \(String(describing: error))")
            return
        }
        #expect(error?.exitCode == 65)
    }

    @Test("undoDecisions takes back only the given events of the account, and names the states")
    func undoGivenEvents() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let older = try fixture.comment(process)
        let newer = try fixture.comment(process)
        let anna = fixture.store()
        try anna.decide(older, .approve, expectedVersion: 1)
        let receipt = try anna.decide(newer, .approve, expectedVersion: 1)
        // Only the newer one is this session's: the older stays approved.
        let undone = try anna.undoDecisions([receipt.auditId])
        #expect(undone.map(\.commentId) == [newer])
        #expect(undone.first?.previousState == .approved && undone.first?.state == .pending)
        #expect(try fixture.state(older) == "approved")
        #expect(try fixture.state(newer) == "pending")
        #expect(try anna.undoDecisions([receipt.auditId]).isEmpty, "an undone event is not undone twice")
    }
}

extension ReversalStoreTests {
    @Test("a rejection's answer does not survive into an approval by way of a hold")
    func staleAnswerThroughHold() throws {
        let fixture = try Fixture()
        let comment = try fixture.comment(try fixture.process())
        let anna = fixture.store()
        try anna.decide(comment, .reject, expectedVersion: 1, reason: "spam", answer: "Werbung entfernt.")
        try anna.decide(comment, .hold, expectedVersion: 2)
        #expect(try anna.comment(comment)?.publicAnswer == "Werbung entfernt.", "a hold publishes nothing and keeps it")
        #expect(try anna.answerDropped(by: .approve, commentId: comment) == "Werbung entfernt.")
        #expect(try anna.answerDropped(by: .reject, commentId: comment) == nil)
        try anna.decide(comment, .approve, expectedVersion: 3)
        #expect(try anna.comment(comment)?.publicAnswer == nil)
    }
}

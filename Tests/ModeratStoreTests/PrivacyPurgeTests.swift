import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("An administrator purges the text of old rejected comments")
struct PrivacyPurgeTests {
    let fixture: Fixture
    /// Rejected 40 days ago: its text must go.
    let old: Int64
    /// Rejected 10 days ago and approved 40 days ago: both stay.
    let recent: Int64, approved: Int64
    static let oldWord = "Knoblauchzwiebelsuppenrezept"

    init() throws {
        fixture = try Fixture()
        try fixture.moderator("bernd", "Bernd Schäfer")
        let process = try fixture.process()
        let fiftyDays = 50 * 24 * 60
        old = try fixture.comment(process, body: "Mein \(Self.oldWord) gehört in die Leitlinien!", minutesAgo: fiftyDays)
        recent = try fixture.comment(process, body: "Das Pastinakenauflaufgeheimnis verrate ich nicht.", minutesAgo: fiftyDays)
        approved = try fixture.comment(process, body: "Ein Rhabarberkuchenfest am Stiftsplatz wäre schön.", minutesAgo: fiftyDays)
        let fortyDaysAgo = fixture.store("bernd", offset: -40 * 86_400)
        try fortyDaysAgo.decide(old, .hold, expectedVersion: 1, note: "Zum \(Self.oldWord) nachfragen")
        try fortyDaysAgo.decide(old, .reject, expectedVersion: 2, reason: "spam", answer: "Das \(Self.oldWord) passt nicht hierher.")
        try fortyDaysAgo.decide(approved, .approve, expectedVersion: 1)
        try fixture.store("bernd", offset: -10 * 86_400).decide(recent, .reject, expectedVersion: 1, reason: "spam")
        try fixture.store("bernd").saveDraft("comment:\(old):answer", text: "Ihr \(Self.oldWord) …")
    }

    func body(_ id: Int64) throws -> String? {
        try fixture.database.pool.read { db in try String.fetchOne(db, sql: "SELECT body FROM comment WHERE id = ?", arguments: [id]) }
    }

    @Test("purge --rejected-older-than 30 leaves the old body in no byte of the file or its -wal; newer and approved ones stay")
    func oldBodiesLeaveNoTrace() throws {
        let before = try PrivacyFileBytes(databasePath: fixture.path)
        #expect(before.occurrences(of: Self.oldWord) >= 3, "the scenario must put the word into the files")
        let report = try fixture.database.reportFigures()
        let states = try [old, recent, approved].map(fixture.state)

        let result = try fixture.store().purgeRejected(olderThanDays: 30)

        #expect(result.walEmptied == true)
        #expect((result.comments, result.answers, result.notes, result.drafts) == (1, 1, 1, 1))
        #expect(result.priors >= 1)
        let after = try PrivacyFileBytes(databasePath: fixture.path)
        #expect(after.leaks([Self.oldWord, Self.oldWord.lowercased()]) == [:])
        #expect(after.wal.isEmpty)
        #expect(after.occurrences(of: "Pastinakenauflaufgeheimnis") > 0 && after.occurrences(of: "Rhabarberkuchenfest") > 0)
        #expect(try body(old) == "[entfernt am 2026-11-27]")
        #expect(try body(recent) == "Das Pastinakenauflaufgeheimnis verrate ich nicht.")
        // Decisions stay countable: the same state, reason, decider and report figures.
        #expect(try [old, recent, approved].map(fixture.state) == states)
        #expect(try fixture.database.reportFigures() == report)
        #expect(try fixture.int("SELECT count(*) FROM comment WHERE id = ? AND reason_code = 'spam' AND decided_by IS NOT NULL", [old]) == 1)
        #expect(try fixture.int("SELECT count(*) FROM draft") == 0)
        let search = try fixture.store().firstPage(QueueFilter(states: [], search: Self.oldWord), limit: 10)
        #expect(search.isEmpty)
    }

    @Test("The purge is audited with counts only, and a second purge finds nothing and writes nothing")
    func auditedOnce() throws {
        try fixture.store().purgeRejected(olderThanDays: 30)
        let detail = try fixture.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT actor || ' ' || detail FROM audit_event WHERE action = 'comment.purge'")
        }
        #expect(detail.count == 1)
        #expect(detail.first?.contains("\"comments\":\"1\"") == true && detail.first?.contains("\"olderThanDays\":\"30\"") == true)
        #expect(detail.first?.hasPrefix("anna ") == true && detail.first?.contains(Self.oldWord) == false)
        let again = try fixture.store().purgeRejected(olderThanDays: 30)
        #expect(again.comments == 0)
        #expect(try fixture.int("SELECT count(*) FROM audit_event WHERE action = 'comment.purge'") == 1)
    }

    @Test("A dry run counts and changes nothing; negative days are bad input (65)")
    func dryRunAndBadInput() throws {
        let plan = try fixture.store().purgeRejected(olderThanDays: 5, dryRun: true)
        #expect(plan.dryRun && plan.comments == 2 && plan.walEmptied == nil)
        #expect(try body(old)?.contains(Self.oldWord) == true)
        let error = #expect(throws: StoreError.self) { try fixture.store().purgeRejected(olderThanDays: -1) }
        #expect(error?.exitCode == 65 && error?.description.contains("--rejected-older-than") == true)
    }
}

import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("Audit trail")
struct AuditTests {
    @Test("Audit rows cannot be changed or deleted, even with raw SQL")
    func appendOnly() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let comment = try fixture.comment(process)
        try fixture.store().decide(comment, .approve, expectedVersion: 1)
        let before = try fixture.database.pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit_event") }
        #expect(before.count == 1)
        let update = #expect(throws: DatabaseError.self) {
            try fixture.database.pool.write { db in try db.execute(sql: "UPDATE audit_event SET actor = 'mallory'") }
        }
        #expect(update?.message == "audit_event is append-only: rows cannot be changed")
        let delete = #expect(throws: DatabaseError.self) {
            try fixture.database.pool.write { db in try db.execute(sql: "DELETE FROM audit_event") }
        }
        #expect(delete?.message == "audit_event is append-only: rows cannot be deleted")
        let after = try fixture.database.pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit_event") }
        #expect(before == after)
    }

    @Test("An audit event holds ids and states as JSON with sorted keys, never the comment's text")
    func detailFormat() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let comment = try fixture.comment(process, body: "Geheimer Text von Frau Müller")
        try fixture.store().decide(comment, .reject, expectedVersion: 1, reason: "insult",
                                   answer: "Bitte sachlich bleiben", note: "Wiederholungstäter")
        let row = try #require(try fixture.database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT actor, action, entity, entity_id, detail FROM audit_event")
        })
        #expect(row["actor"] as String == "anna")
        #expect(row["action"] as String == "comment.reject")
        #expect(row["entity"] as String == "comment")
        #expect(row["entity_id"] as String == String(comment))
        #expect(row["detail"] as String == #"{"from":"pending","reason":"insult","to":"rejected","version":"2"}"#)
    }

    @Test("appendAudit writes the same JSON for the same detail whatever the dictionary order")
    func sortedKeys() throws {
        let json = try Database.auditJSON(["version": "3", "from": "pending", "to": "approved", "undoes": "7"])
        #expect(json == #"{"from":"pending","to":"approved","undoes":"7","version":"3"}"#)
    }
}

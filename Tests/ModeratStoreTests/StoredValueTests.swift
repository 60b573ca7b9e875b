import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// A state this moderat does not know (a newer one wrote it, or a hand edit) is an error that
/// names the table, column and value, never read as "pending" and then decided on.
@Suite("stored enum values")
struct StoredValueTests {
    @Test("a comment whose state is unknown is refused by the queue, the detail and a decision, naming the value")
    func unknownCommentState() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let comment = try fixture.comment(process)
        try fixture.database.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE comment SET state = 'escalated' WHERE id = ?", arguments: [comment])
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        let expected = UnknownStoredValue(table: "comment", column: "state", value: "escalated")
        #expect(throws: expected) { _ = try fixture.store().comment(comment) }
        #expect(throws: expected) { try fixture.store().decide(comment, .approve, expectedVersion: 1) }
        #expect(try fixture.state(comment) == "escalated", "nothing was written over it")
        #expect(expected.description == "comment.state holds 'escalated', which this moderat does not know (written by a newer version?); nothing was changed")
    }
}

import Foundation
import GRDB
import ModeratCore

/// One decided comment as the platform needs it back: publish or hide, why, and the answer.
public struct DecisionRecord: Equatable, Sendable {
    public var id: Int64
    public var source: String
    /// The comment's id on the platform.
    public var externalId: String
    /// approved or rejected.
    public var state: String
    public var reason: String?
    public var publicAnswer: String?
    /// Guideline section codes ("C1"), sorted.
    public var sections: [String]
    public var decidedAt: String?
    /// The deciding moderator's role; their name only when asked for.
    public var decidedRole: String?
    public var decidedBy: String?
}

/// What `forEachDecision` exports.
public struct DecisionsQuery: Sendable {
    /// Only decisions at or after this stored (UTC) time.
    public var since: String?
    /// Include the deciding moderator's display name (off by default: the platform needs no names).
    public var withNames: Bool

    public init(since: String? = nil, withNames: Bool = false) {
        self.since = since
        self.withNames = withNames
    }
}

extension ModeratDatabase {
    /// Calls `body` with each approved or rejected comment in decision order, one row at a
    /// time from a cursor so a large database exports in flat memory. Held and pending
    /// comments are not decisions yet and are left out.
    public func forEachDecision(_ query: DecisionsQuery, _ body: (DecisionRecord) throws -> Void) throws {
        var sql = """
            SELECT c.id, c.source, c.external_id, c.state, c.reason_code, c.public_answer, c.decided_at,
                   m.role, m.display_name, a.contact,
                   (SELECT group_concat(code, ' ') FROM (
                        SELECT s.code FROM comment_section cs JOIN section s ON s.id = cs.section_id
                        WHERE cs.comment_id = c.id ORDER BY s.code)) AS sections
            FROM comment c LEFT JOIN moderator m ON m.id = c.decided_by LEFT JOIN author a ON a.id = c.author_id
            WHERE c.state IN ('approved', 'rejected')
            """
        var arguments: StatementArguments = []
        if let since = query.since {
            sql += " AND c.decided_at >= ?"
            arguments += [since]
        }
        sql += " ORDER BY c.decided_at, c.id"
        // The platform publishes the answer: the author's stored contact never goes with it
        // (a moderator may have quoted it), as in the guidelines export; the city's own
        // addresses in an answer stay.
        let scrubber = ContactScrubber(marker: Store.contactMarker)
        do {
            try pool.read { db in
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    let sections: String? = row["sections"]
                    try body(DecisionRecord(
                        id: row["id"], source: row["source"], externalId: row["external_id"], state: row["state"],
                        reason: row["reason_code"],
                        publicAnswer: (row["public_answer"] as String?).map { scrubber.scrubContact($0, contact: row["contact"]) },
                        sections: sections.map { $0.split(separator: " ").map(String.init) } ?? [],
                        decidedAt: row["decided_at"], decidedRole: row["role"],
                        decidedBy: query.withNames ? row["display_name"] : nil))
                }
            }
        } catch let error as DatabaseError {
            throw StoreError.io(path: path, reason: error.message ?? "\(error)")
        }
    }
}

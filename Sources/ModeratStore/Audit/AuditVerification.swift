import Foundation
import GRDB

/// What `moderat check` finds in the audit log: the chain recomputed event by event, ids
/// without gaps, the head on the last event, the triggers as the migrations create them, and
/// an audit event for every decided comment. Each finding is one line naming what it found.
public struct AuditVerification: Equatable, Sendable {
    /// How many events the log holds.
    public var events = 0
    /// The last event's id and chain as `check` found them (a reader may note them down and
    /// compare later: whoever may write the file can rewrite the whole chain, not an old note).
    public var headId: Int64?
    public var headChain: String?
    /// The findings, one line each; empty when the log is intact.
    public var problems: [String] = []

    /// At most this many lines per kind of finding; the rest are counted.
    static let shownPerKind = 5

    /// An event's id and chain hash as someone noted them from an earlier check.
    public struct NotedHead: Equatable, Sendable {
        public var id: Int64
        public var chain: String

        /// Reads `ID:HASH` as check prints it; nil when it is not that shape.
        public init?(_ text: String) {
            let parts = text.split(separator: ":")
            guard parts.count == 2, let id = Int64(parts[0]), parts[1].count == 64,
                  parts[1].allSatisfy({ $0.isHexDigit }) else { return nil }
            self.id = id
            self.chain = parts[1].lowercased()
        }
    }

    /// Reads the whole log once (a command, not a frame). With `noted`, the event noted as a
    /// head earlier must still be there with the same hash: a rewritten or cut chain shows.
    static func verify(_ db: Database, noted: NotedHead? = nil) throws -> AuditVerification {
        var result = AuditVerification()
        result.problems += try triggerProblems(db)
        try verifyChain(db, into: &result)
        result.problems += try undocumentedDecisions(db)
        if let noted {
            let chain = try String.fetchOne(db, sql: "SELECT chain FROM audit_event WHERE id = ?", arguments: [noted.id])
            if chain == nil {
                result.problems.append("audit event #\(noted.id), noted as a head earlier, is gone: events were removed since")
            } else if chain != noted.chain {
                result.problems.append("audit event #\(noted.id) no longer carries the hash noted for it: the log was rewritten since")
            }
        }
        return result
    }

    /// The tables whose triggers keep the log append-only.
    static let guardedTables = ["audit_event", "audit_chain_head", "audit_redaction"]

    /// Each trigger on the audit tables as the migrations create it: a dropped, changed or
    /// added one is named.
    static func triggerProblems(_ db: Database) throws -> [String] {
        let expected = try referenceTriggers()
        let actual = try triggers(db)
        var problems: [String] = []
        for (name, sql) in expected.sorted(by: { $0.key < $1.key }) {
            guard let found = actual[name] else {
                problems.append("audit trigger \(name) is missing (dropped): the audit log could be changed")
                continue
            }
            if normalized(found) != normalized(sql) {
                problems.append("audit trigger \(name) differs from what the migrations create: it was replaced")
            }
        }
        for name in actual.keys.sorted() where expected[name] == nil {
            problems.append("audit trigger \(name) is not moderat's: it was added to the audit tables")
        }
        return problems
    }

    private static func triggers(_ db: Database) throws -> [String: String] {
        let placeholders = guardedTables.map { _ in "?" }.joined(separator: ", ")
        var out: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (\(placeholders))",
                                    arguments: StatementArguments(guardedTables)) {
            out[row["name"]] = row["sql"]
        }
        return out
    }

    /// The triggers of a database built by the migrations this moderat knows.
    static func referenceTriggers() throws -> [String: String] {
        let reference = try DatabaseQueue()
        try Migrations.migrator.migrate(reference)
        return try reference.read(triggers)
    }

    private static func normalized(_ sql: String) -> String {
        sql.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Recomputes every link from the stored chain of the event before it, so one changed
    /// event is named once and the events after it still check against their neighbours.
    static func verifyChain(_ db: Database, into result: inout AuditVerification) throws {
        let salt = try PrivacySalt.read(db) ?? []
        let redactions = try recordedRedactions(db)
        var previous = AuditChain.genesis
        var expectedId: Int64 = 1
        var last: (id: Int64, chain: String?)?
        var gaps: [String] = [], broken: [Int64] = [], unchained: [Int64] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, at, actor, action, entity, entity_id, detail, chain FROM audit_event ORDER BY id")
        while let row = try rows.next() {
            let event = AuditChain.Event(id: row["id"], at: row["at"], actor: row["actor"], action: row["action"],
                                         entity: row["entity"], entityId: row["entity_id"], detail: row["detail"])
            let stored: String? = row["chain"]
            result.events += 1
            if event.id != expectedId {
                gaps.append(event.id - 1 == expectedId ? "#\(expectedId)" : "#\(expectedId)–#\(event.id - 1)")
            }
            if let stored {
                let digest = AuditChain.digest(event.detail, salt: salt)
                if AuditChain.link(previous: previous, event, detailDigest: digest) != stored {
                    // A detail forget-author rewrote: the erasing event (later, and itself in
                    // the chain) records the digest before and after.
                    let recorded = redactions[event.id].map { record in
                        record.by > event.id && record.after == digest
                            && AuditChain.link(previous: previous, event, detailDigest: record.before) == stored
                    } ?? false
                    if !recorded { broken.append(event.id) }
                }
            } else {
                unchained.append(event.id)
            }
            previous = stored ?? ""
            expectedId = event.id + 1
            last = (event.id, stored)
        }
        if !gaps.isEmpty {
            result.problems.append("audit events missing (deleted): " + listed(gaps))
        }
        if !broken.isEmpty {
            result.problems.append("audit events that do not match their chain hash (changed, or an event before them was "
                                   + "removed or inserted): " + listed(broken.map { "#\($0)" }))
        }
        if !unchained.isEmpty {
            result.problems.append("audit events without a chain hash (written outside moderat): " + listed(unchained.map { "#\($0)" }))
        }
        let head = try Row.fetchOne(db, sql: "SELECT event_id, chain FROM audit_chain_head WHERE id = 1")
        result.headId = last?.id
        result.headChain = last?.chain
        switch (head, last) {
        case (nil, nil): break
        case (nil, .some):
            result.problems.append("the audit chain head is missing: events at the end may have been removed")
        case (.some(let head), let last):
            let headId: Int64 = head["event_id"]
            let headChain: String = head["chain"]
            if headId != last?.id || headChain != last?.chain {
                result.problems.append("the audit chain head records event #\(headId), but the log ends at "
                                       + (last.map { "#\($0.id)" } ?? "no event") + ": events at the end were removed or added")
            }
        }
    }

    /// The redactions the erasing events record, by the id of the event they rewrote.
    static func recordedRedactions(_ db: Database) throws -> [Int64: (before: String, after: String, by: Int64)] {
        var out: [Int64: (before: String, after: String, by: Int64)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, detail FROM audit_event WHERE action = 'author.forget'") {
            let detail: String = row["detail"]
            guard let values = try? JSONDecoder().decode([String: String].self, from: Data(detail.utf8)),
                  let list = values[AuditRedaction.detailKey] else { continue }
            for record in AuditRedaction.records(list) { out[record.id] = (record.before, record.after, row["id"]) }
        }
        return out
    }

    /// Approved, rejected or held comments without the audit event of their state.
    static func undocumentedDecisions(_ db: Database) throws -> [String] {
        let condition = """
            FROM comment c WHERE c.state <> 'pending' AND NOT EXISTS (
                SELECT 1 FROM audit_event e WHERE e.entity = 'comment' AND e.entity_id = CAST(c.id AS TEXT)
                  AND e.action = 'comment.' || CASE c.state WHEN 'approved' THEN 'approve' WHEN 'rejected' THEN 'reject' ELSE 'hold' END)
            """
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(condition)") ?? 0
        guard count > 0 else { return [] }
        let rows = try Row.fetchAll(db, sql: "SELECT c.id, c.state \(condition) ORDER BY c.id LIMIT \(shownPerKind)")
        let shown = rows.map { row -> String in
            let id: Int64 = row["id"]
            let state: String = row["state"]
            return "comment \(id) (\(state))"
        }
        return ["decided comments without their audit event: " + shown.joined(separator: ", ")
                + (count > shown.count ? " and \(count - shown.count) more" : "")]
    }

    private static func listed(_ items: [String]) -> String {
        items.prefix(shownPerKind).joined(separator: ", ")
            + (items.count > shownPerKind ? " and \(items.count - shownPerKind) more" : "")
    }

    /// The report's lines.
    public var lines: [String] {
        if problems.isEmpty {
            let head = headId.map { "; to compare later, note its head: --audit-head \($0):\(headChain ?? "")" } ?? ""
            return ["audit log: ok (\(events) events chained\(head))"]
        }
        return ["audit log: TAMPERED OR DAMAGED"] + problems.map { "  " + $0 }
    }
}

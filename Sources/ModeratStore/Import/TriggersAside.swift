import GRDB

/// Per-row triggers (or secondary indexes) set aside for a bulk load inside the caller's
/// transaction, and put back with their own SQL before it ends. A rollback puts them back as
/// well, since dropping them is part of the transaction.
package struct TriggersAside {
    /// Indexes each new comment in comment_fts.
    package static let ftsInsert = "comment_fts_insert"
    /// Counts each new comment in comment_count.
    package static let countInsert = "comment_count_insert"
    /// Moves a comment between the counters of comment_count when its state changes.
    package static let countUpdate = "comment_count_update"

    private let saved: [(name: String, sql: String)]
    private let kind: String

    /// Drops the triggers named (those that exist).
    package init(_ db: Database, names: [String]) throws {
        let placeholders = names.map { _ in "?" }.joined(separator: ", ")
        try self.init(db, kind: "trigger", rows: Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (\(placeholders))
            """, arguments: StatementArguments(names)))
    }

    /// Drops the secondary indexes of `table` that SQL created (not those of UNIQUE or
    /// PRIMARY KEY constraints, which lookups during the load still need): one sort per index
    /// at the end costs less than keeping each up to date row by row.
    package init(_ db: Database, indexesOf table: String) throws {
        try self.init(db, kind: "index", rows: Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL
            """, arguments: [table]))
    }

    private init(_ db: Database, kind: String, rows: [Row]) throws {
        self.kind = kind
        saved = rows.map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        for item in saved { try db.execute(sql: "DROP \(kind) \(item.name)") }
    }

    /// Drops nothing (for a load small enough to keep the indexes as they are).
    init() {
        saved = []
        kind = "index"
    }

    /// Creates them again exactly as they were.
    package func restore(_ db: Database) throws {
        for item in saved { try db.execute(sql: item.sql) }
    }

    /// Sets comment_count from the comments themselves (after a load that bypassed the counters).
    package static func recount(_ db: Database) throws {
        try db.execute(sql: "UPDATE comment_count SET n = (SELECT COUNT(*) FROM comment c WHERE c.state = comment_count.state)")
    }
}

import Foundation
import GRDB
import ModeratCore

/// The SQL behind the queue: keyset queries (never OFFSET, never a table scan) whose access
/// path is chosen per filter, because no single plan is fast for every filter on a million
/// comments (measured; see `Access`).
enum QueueSQL {
    /// A piece of WHERE clause with its arguments, in order.
    struct Condition {
        var sql: String
        var arguments: [(any DatabaseValueConvertible)?]
    }

    /// How a page query reaches its rows.
    enum Access: Equatable {
        /// One branch per state reading a (…, state, created_at, id) index in order and
        /// stopping after `limit` rows, merged by UNION ALL. The default.
        case perState
        /// One pass over comment_created in time order, states checked per row: for several
        /// states with a large section or search, whose match list is then built once
        /// instead of once per branch.
        case byTime
        /// Start from a small set (a rare section's or search's matches, at most
        /// `smallSet`) and sort it: reading an index in order would scan far for few hits.
        case fromSet(Driver)
    }

    /// The small set a `fromSet` query starts from.
    enum Driver: Equatable { case section, search }

    /// Up to this many matches a set is cheaper to sort than to find by scanning in order.
    static let smallSet = 2_000

    /// Picks the access path, asking the indexes how big the section or search is (bounded
    /// by `smallSet`, so the question itself stays cheap).
    /// `hits`, when the caller has read them, answers the size of the search without asking
    /// the index again.
    static func access(_ db: Database, filter: QueueFilter, hits: SearchHits? = nil) throws -> Access {
        if let sectionId = filter.sectionId,
           try isSmall(db, sql: "SELECT 1 FROM comment_section WHERE section_id = ?", arguments: [sectionId]) {
            return .fromSet(.section)
        }
        if let hits, filter.ftsQuery != nil {
            if hits.count <= smallSet { return .fromSet(.search) }
        } else if let match = filter.ftsQuery,
           try isSmall(db, sql: "SELECT 1 FROM comment_fts WHERE comment_fts MATCH ?", arguments: [match]) {
            return .fromSet(.search)
        }
        if filter.sectionId != nil || filter.ftsQuery != nil, filter.effectiveStates.count > 1 {
            return .byTime
        }
        return .perState
    }

    private static func isSmall(_ db: Database, sql: String, arguments: StatementArguments) throws -> Bool {
        let n = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(sql) LIMIT \(smallSet + 1))", arguments: arguments) ?? 0
        return n <= smallSet
    }

    /// Every narrowing of `filter` except the state and the keyset, which the callers place.
    /// Outside `perState`, filter columns get a unary `+` so the planner cannot pick their
    /// index over the intended one.
    static func conditions(_ filter: QueueFilter, access: Access) -> [Condition] {
        let pin = access == .perState ? "" : "+"
        let rangePin = access == .byTime ? "" : pin
        var out: [Condition] = []
        if let processId = filter.processId {
            out.append(Condition(sql: "\(pin)c.process_id = ?", arguments: [processId]))
        }
        if let authorId = filter.authorId {
            out.append(Condition(sql: "\(pin)c.author_id = ?", arguments: [authorId]))
        }
        if let groupId = filter.groupId {
            // A group is small: its members drive the query whatever the access path.
            out.append(Condition(sql: "c.id IN (SELECT comment_id FROM comment_group WHERE group_id = ?)", arguments: [groupId]))
        }
        if let from = filter.createdFrom {
            out.append(Condition(sql: "\(rangePin)c.created_at >= ?", arguments: [Timestamps.string(from)]))
        }
        if let before = filter.createdBefore {
            out.append(Condition(sql: "\(rangePin)c.created_at < ?", arguments: [Timestamps.string(before)]))
        }
        switch filter.hasAnswer {
        // Spelled exactly as the partial index comment_answered's WHERE so it can be used.
        case true?: out.append(Condition(sql: "COALESCE(c.public_answer, '') <> ''", arguments: []))
        case false?: out.append(Condition(sql: "COALESCE(c.public_answer, '') = ''", arguments: []))
        case nil: break
        }
        if let sectionId = filter.sectionId {
            if access == .fromSet(.section) {
                out.append(Condition(sql: "c.id IN (SELECT comment_id FROM comment_section WHERE section_id = ?)",
                                     arguments: [sectionId]))
            } else {
                // A probe of comment_section's primary key per row read in index order.
                out.append(Condition(sql: """
                    EXISTS (SELECT 1 FROM comment_section cs WHERE cs.comment_id = c.id AND cs.section_id = ?)
                    """, arguments: [sectionId]))
            }
        }
        if let match = filter.ftsQuery {
            // Always a list built once per query: a MATCH per row (correlated) costs
            // milliseconds per row for prefix queries. Unless the matches drive the query,
            // `+c.id` keeps the planner from starting at them and sorting them all.
            let driver = access == .fromSet(.search) ? "" : "+"
            out.append(Condition(sql: "\(driver)c.id IN (SELECT rowid FROM comment_fts WHERE comment_fts MATCH ?)",
                                 arguments: [match]))
        }
        return out
    }

    /// The state condition for plans that check several states in one pass; nothing when
    /// every state is wanted.
    static func statesCondition(_ filter: QueueFilter, pinned: Bool) -> [Condition] {
        let states = filter.effectiveStates
        if states.count == CommentState.allCases.count { return [] }
        return [Condition(sql: "\(pinned ? "+" : "")c.state IN (\(databaseQuestionMarks(count: states.count)))",
                          arguments: states.map(\.rawValue))]
    }

    /// The ids of up to `limit` rows after `cursor`, ascending or descending by (created_at, id).
    /// With the search's `hits` read beforehand, a search with many matches walks the queue
    /// instead (see `walk`).
    static func keysetIDs(_ db: Database, filter: QueueFilter, hits: SearchHits? = nil, after cursor: QueueCursor?,
                          ascending: Bool, limit: Int) throws -> [Int64] {
        guard limit > 0 else { return [] }
        if let hits, filter.ftsQuery != nil, hits.count > smallSet {
            return try walk(db, filter: filter, hits: hits, after: cursor, ascending: ascending, limit: limit)
        }
        let query = keysetSQL(filter: filter, access: try access(db, filter: filter, hits: hits), after: cursor,
                              ascending: ascending, limit: limit)
        return try Int64.fetchAll(db, sql: query.sql, arguments: query.arguments)
    }

    /// A search with many matches: the queue without the search, read in index order a chunk
    /// at a time, keeping the rows among `hits`, until `limit` are found or the queue ends.
    /// A common word then costs a few small index reads instead of sorting
    /// all its matches; a word whose matches lie mostly outside the filter reads further.
    static func walk(_ db: Database, filter: QueueFilter, hits: SearchHits, after cursor: QueueCursor?,
                     ascending: Bool, limit: Int) throws -> [Int64] {
        var found: [Int64] = []
        _ = try walkChunks(db, filter: filter, after: cursor, ascending: ascending, first: max(64, limit * 3),
                           next: { min($0 * 2, 8_192) }) { ids in
            for id in ids where hits.contains(id) {
                found.append(id)
                if found.count == limit { return false }
            }
            return true
        }
        return found
    }

    /// The keyset query itself, separate so tests can EXPLAIN it.
    static func keysetSQL(filter: QueueFilter, access: Access, after cursor: QueueCursor?, ascending: Bool,
                          limit: Int) -> (sql: String, arguments: StatementArguments) {
        let direction = ascending ? "ASC" : "DESC"
        let common = conditions(filter, access: access)
        var keyset: [Condition] = []
        if let cursor {
            let column = access == .perState || access == .byTime ? "c.created_at" : "+c.created_at"
            keyset = [Condition(sql: "(\(column), c.id) \(ascending ? ">" : "<") (?, ?)",
                                arguments: [cursor.createdAt, cursor.id])]
        }
        func select(_ parts: [Condition]) -> (String, [(any DatabaseValueConvertible)?]) {
            let whereClause = parts.isEmpty ? "" : "WHERE " + parts.map(\.sql).joined(separator: " AND ")
            return ("""
                SELECT c.id AS id, c.created_at AS created_at FROM comment c \(whereClause)
                ORDER BY c.created_at \(direction), c.id \(direction) LIMIT ?
                """, parts.flatMap(\.arguments) + [limit])
        }
        guard access == .perState else {
            let (sql, arguments) = select(statesCondition(filter, pinned: true) + common + keyset)
            return (sql, StatementArguments(arguments))
        }
        let branches = filter.effectiveStates.map { state in
            select([Condition(sql: "c.state = ?", arguments: [state.rawValue])] + common + keyset)
        }
        if branches.count == 1 {
            return (branches[0].0, StatementArguments(branches[0].1))
        }
        let sql = branches.map { "SELECT id, created_at FROM (\($0.0))" }.joined(separator: "\nUNION ALL\n")
            + "\nORDER BY created_at \(direction), id \(direction) LIMIT ?"
        return (sql, StatementArguments(branches.flatMap(\.1) + [limit]))
    }

    /// The rows for `ids`, in the order of `ids`. `now` decides which claims still hold.
    /// Read through cursors with columns by position: by name, each value looked its column up
    /// among the row's (2 M instructions a page of 52 rows at 1M, a quarter of the page).
    static func rows(_ db: Database, ids: [Int64], now: Date) throws -> [QueueRow] {
        guard !ids.isEmpty else { return [] }
        let list = IdList.json(ids)
        let sections = try sectionCodes(db, idList: list)
        let outcomes = try CommentOutcomes.of(db, idList: list)
        let nowText = Timestamps.string(now)
        let fetched = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT c.id, c.state, c.created_at, p.slug, a.display_name,
                   substr(c.body, 1, \(QueueRow.excerptLength)), c.parent_id IS NOT NULL,
                   COALESCE(c.public_answer, '') <> '', c.version,
                   m.display_name, c.claimed_until, \(SimilarityMarks.columns)
            FROM comment c
            JOIN process p ON p.id = c.process_id
            LEFT JOIN author a ON a.id = c.author_id
            LEFT JOIN moderator m ON m.id = c.claimed_by
            \(SimilarityMarks.join)
            WHERE c.id IN (\(IdList.values))
            """), arguments: [list])
        var byId = [Int64: QueueRow](minimumCapacity: ids.count)
        while let row = try fetched.next() {
            let id: Int64 = row[0]
            let until: String? = row[10]
            let claimHolds = until.map { $0 > nowText } ?? false
            var queueRow = QueueRow(
                id: id, state: try row.stored(at: 1, "state", in: "comment"), createdAt: row[2], processSlug: row[3], sectionCodes: sections[id] ?? [],
                authorName: row[4], firstLine: QueueRow.firstLine(of: row[5] ?? ""), isReply: row[6],
                hasAnswer: row[7], version: row[8], claimedBy: claimHolds ? row[9] : nil,
                claimedUntil: claimHolds ? until : nil, outcomes: outcomes[id] ?? [])
            // The mark columns follow, in the order of `SimilarityMarks.columns`.
            queueRow.groupId = row[11]
            queueRow.groupSize = row[12]
            queueRow.inWave = row[13]
            byId[id] = queueRow
        }
        return ids.compactMap { byId[$0] }
    }

    /// Section codes per comment of `idList` (`IdList.json`), sorted by code.
    static func sectionCodes(_ db: Database, idList: String) throws -> [Int64: [String]] {
        var out: [Int64: [String]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT cs.comment_id, s.code FROM comment_section cs JOIN section s ON s.id = cs.section_id
            WHERE cs.comment_id IN (\(IdList.values))
            ORDER BY s.code
            """), arguments: [idList])
        while let row = try rows.next() {
            out[row[0], default: []].append(row[1])
        }
        return out
    }

    /// COUNT(*) for filters the maintained counters cannot answer.
    static func count(_ db: Database, filter: QueueFilter, hits: SearchHits? = nil) throws -> Int {
        let query = countSQL(filter: filter, access: try access(db, filter: filter, hits: hits))
        return try Int.fetchOne(db, sql: query.sql, arguments: query.arguments) ?? 0
    }

    /// A search with many matches counted up to `cap`: every match when nothing else narrows
    /// the queue, else the matches found reading the queue's ids in one statement (stopping
    /// after `cap`). Only ids are read, not rows: the chunked walk a page needs (rows with
    /// their cursor) cost 6,000 instructions per row looked at, 138 million for a prefix at 1M.
    /// When only states narrow the queue and they hold a larger share of all comments than the
    /// search does, fewer ids are looked at the other way round: the matches, checked for
    /// their state (a prefix in one comment of twenty: 4,000 matches instead of 20,000 rows).
    static func count(_ db: Database, filter: QueueFilter, hits: SearchHits, upTo cap: Int) throws -> QueueCount {
        var unsearched = filter
        unsearched.search = nil
        if unsearched.isStatesOnly, unsearched.effectiveStates.count == CommentState.allCases.count {
            return QueueCount(value: hits.count, isExact: true)
        }
        if unsearched.isStatesOnly,
           try maintainedCount(db, states: unsearched.effectiveStates) >= hits.count {
            return try countAmong(db, hits: hits, states: unsearched, upTo: cap)
        }
        // LIMIT -1: no limit (SQLite); the walk stops itself.
        let query = keysetSQL(filter: unsearched, access: try access(db, filter: unsearched), after: nil,
                              ascending: true, limit: -1)
        let ids = try Int64.fetchCursor(db, sql: query.sql, arguments: query.arguments)
        var found = 0
        while let id = try ids.next() {
            guard hits.contains(id) else { continue }
            found += 1
            if found > cap { return QueueCount(value: cap, isExact: false) }
        }
        return QueueCount(value: found, isExact: true)
    }

    /// The matches in the states of `filter` (states only), counted a chunk of matches at a
    /// time up to `cap`.
    private static func countAmong(_ db: Database, hits: SearchHits, states filter: QueueFilter, upTo cap: Int) throws -> QueueCount {
        let states = statesCondition(filter, pinned: true)
        let statement = try db.cachedStatement(sql: """
            SELECT COUNT(*) FROM comment c WHERE c.id IN (\(IdList.values))
            \(states.map { " AND " + $0.sql }.joined())
            """)
        var found = 0
        var start = 0
        while start < hits.ids.count {
            let chunk = hits.ids[start..<min(start + 2_048, hits.ids.count)]
            start = chunk.endIndex
            let list = IdList.json(chunk)
            found += try Int.fetchOne(statement, arguments: StatementArguments([list] + states.flatMap(\.arguments))) ?? 0
            if found > cap { return QueueCount(value: cap, isExact: false) }
        }
        return QueueCount(value: found, isExact: true)
    }

    /// Counting needs no order, so it starts from a section's members whatever their number
    /// (a subset of the table, read from a covering index) and from a search's matches
    /// when they are few; a long match list is cheaper checked along the state index than
    /// looked up row by row (measured at a million comments).
    static func countSQL(filter: QueueFilter, access: Access) -> (sql: String, arguments: StatementArguments) {
        let countAccess: Access = filter.sectionId != nil ? .fromSet(.section)
            : access == .fromSet(.search) ? access : .perState
        let parts = statesCondition(filter, pinned: countAccess != .perState) + conditions(filter, access: countAccess)
        let whereClause = parts.isEmpty ? "" : " WHERE " + parts.map(\.sql).joined(separator: " AND ")
        return ("SELECT COUNT(*) FROM comment c" + whereClause, StatementArguments(parts.flatMap(\.arguments)))
    }

    /// The maintained per-state counters, summed.
    static func maintainedCount(_ db: Database, states: [CommentState]) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(n), 0) FROM comment_count WHERE state IN (\(databaseQuestionMarks(count: states.count)))
            """, arguments: StatementArguments(states.map(\.rawValue))) ?? 0
    }
}

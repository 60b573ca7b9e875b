import Foundation
import GRDB
import ModeratCore

extension Store {
    /// How many of the comments `ids` (the queue's marks) the filter shows, counted in the
    /// database, not among the rows loaded so far. One query driven by the ids (rowid
    /// lookups; every other condition is pinned so no index is scanned) and, for a search,
    /// the search's matches as the queue's pages read them (cached), so it stays as cheap
    /// at a million comments as at a hundred.
    public func count(_ filter: QueueFilter, among ids: [Int64]) throws -> Int {
        guard !ids.isEmpty else { return 0 }
        let hits = try searchHits(filter)
        let candidates = hits.map { hits in ids.filter { hits.contains($0) } } ?? ids
        return try read { db in
            // In chunks: a whole campaign marked with `*` may hold more ids than SQLite takes variables.
            try stride(from: 0, to: candidates.count, by: 5_000).reduce(0) { sum, start in
                let query = MarkedCount.sql(filter, among: Array(candidates[start ..< min(candidates.count, start + 5_000)]))
                return sum + (try Int.fetchOne(db, sql: query.sql, arguments: query.arguments) ?? 0)
            }
        }
    }
}

/// The SQL of `Store.count(_:among:)`, apart so its plan can be checked.
enum MarkedCount {
    /// COUNT(*) of the ids the filter shows, the search aside (the caller narrows by its matches).
    static func sql(_ filter: QueueFilter, among ids: [Int64]) -> (sql: String, arguments: StatementArguments) {
        var unsearched = filter
        unsearched.search = nil
        // `fromSet(.search)` with the search taken out: every column pinned with `+` (no index
        // of theirs can win over the ids), a section checked by a primary-key probe per id.
        let parts = QueueSQL.statesCondition(unsearched, pinned: true) + QueueSQL.conditions(unsearched, access: .fromSet(.search))
        let narrowing = parts.map { " AND " + $0.sql }.joined()
        return ("SELECT COUNT(*) FROM comment c WHERE c.id IN (\(databaseQuestionMarks(count: ids.count)))\(narrowing)",
                StatementArguments(ids.map { $0 as (any DatabaseValueConvertible)? } + parts.flatMap(\.arguments)))
    }
}

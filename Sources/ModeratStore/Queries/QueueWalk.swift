import Foundation
import GRDB

extension QueueSQL {
    /// How a walk of the queue ended.
    enum WalkEnd: Equatable {
        /// The queue had no more rows.
        case ranOut
        /// The visitor had what it needed (or could not go on).
        case stopped
        /// The next chunk would have gone past what the walker allowed.
        case budgetSpent
    }

    /// The walk a search reads the queue with: the queue without its search, in the filter's
    /// order from `cursor`, a chunk of ids at a time (the first `first` rows long, then as long
    /// as `next` says, nil to stop); `visit` sees each chunk and returns false when it is done.
    /// Shared by the walk under a common word (`walk`) and the search preview
    /// (`SearchPreview.firstIDs`), which differ only in what they check of each row.
    static func walkChunks(_ db: Database, filter: QueueFilter, after cursor: QueueCursor?, ascending: Bool,
                           first: Int, next: (Int) -> Int?, control: SearchControl? = nil,
                           _ visit: ([Int64]) throws -> Bool) throws -> WalkEnd {
        var unsearched = filter
        unsearched.search = nil
        let access = try access(db, filter: unsearched)
        var position = cursor
        var chunk = first
        while true {
            try control?.check()
            let query = keysetSQL(filter: unsearched, access: access, after: position, ascending: ascending, limit: chunk)
            // Every chunk after the first has the same SQL: prepared once per walk, not per chunk.
            // A cursor reuses one row for all; fetching rows would copy each one.
            let rows = try Row.fetchCursor(db.cachedStatement(sql: query.sql), arguments: query.arguments)
            var ids: [Int64] = []
            ids.reserveCapacity(chunk)
            var lastCreatedAt = ""
            while let row = try rows.next() {
                ids.append(row["id"])
                lastCreatedAt = row["created_at"]
            }
            guard try visit(ids) else { return .stopped }
            guard ids.count == chunk, let lastId = ids.last else { return .ranOut }
            position = QueueCursor(createdAt: lastCreatedAt, id: lastId)
            guard let following = next(chunk) else { return .budgetSpent }
            chunk = following
        }
    }
}

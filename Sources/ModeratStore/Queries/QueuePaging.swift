import Foundation
import GRDB
import ModeratCore

extension Store {
    /// The first `limit` rows of the queue (g).
    public func firstPage(_ filter: QueueFilter, limit: Int) throws -> [QueueRow] {
        try page(filter, after: nil, limit: limit)
    }

    /// The `limit` rows that follow `cursor` in the filter's order (scrolling down);
    /// from the start when `cursor` is nil. An empty result means the end.
    public func page(_ filter: QueueFilter, after cursor: QueueCursor?, limit: Int) throws -> [QueueRow] {
        try fetch(filter, after: cursor, forward: true, limit: limit)
    }

    /// The `limit` rows just before `cursor` (scrolling up), in the filter's order.
    public func page(_ filter: QueueFilter, before cursor: QueueCursor, limit: Int) throws -> [QueueRow] {
        try fetch(filter, after: cursor, forward: false, limit: limit)
    }

    /// The last `limit` rows of the queue (G), in the filter's order.
    public func lastPage(_ filter: QueueFilter, limit: Int) throws -> [QueueRow] {
        try fetch(filter, after: nil, forward: false, limit: limit)
    }

    /// How many comments the filter matches: the maintained counters when only states
    /// narrow it (every frame can afford that), a real COUNT otherwise.
    public func count(_ filter: QueueFilter) throws -> Int {
        try read { db in
            filter.isStatesOnly
                ? try QueueSQL.maintainedCount(db, states: filter.effectiveStates)
                : try QueueSQL.count(db, filter: filter)
        }
    }

    /// Backward pages read the index the other way and are turned round, so every page is
    /// returned in the filter's order.
    private func fetch(_ filter: QueueFilter, after cursor: QueueCursor?, forward: Bool, limit: Int) throws -> [QueueRow] {
        let ascending = (filter.order == .oldestFirst) == forward
        let now = clock()
        return try read { db in
            let ids = try QueueSQL.keysetIDs(db, filter: filter, after: cursor, ascending: ascending, limit: limit)
            let rows = try QueueSQL.rows(db, ids: ids, now: now)
            return forward ? rows : rows.reversed()
        }
    }
}

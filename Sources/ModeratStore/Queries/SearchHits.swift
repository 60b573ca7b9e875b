import Foundation
import GRDB

/// The ids of every comment a full-text query matches, ascending, read in one pass over the
/// index. A common word matches a third of a million comments; FTS5 builds the list of a
/// prefix query ("beteiligung"*) in full each time it is asked, so it is asked once per
/// search and the queue's pages and counts are answered from this list.
struct SearchHits: Sendable {
    let ids: [Int64]

    var count: Int { ids.count }

    static func read(_ db: Database, match: String) throws -> SearchHits {
        var ids: [Int64] = []
        let cursor = try Int64.fetchCursor(db, sql: """
            SELECT rowid FROM comment_fts WHERE comment_fts MATCH ? ORDER BY rowid
            """, arguments: [match])
        while let id = try cursor.next() { ids.append(id) }
        return SearchHits(ids: ids)
    }

    func contains(_ id: Int64) -> Bool {
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id
    }
}

/// The last search's hits, kept until anyone commits: paging through a search and redrawing
/// its count must not re-read the index each time.
final class SearchHitCache: @unchecked Sendable {
    private let lock = NSLock()
    private var match = ""
    private var version = -1
    private var hits: SearchHits?

    /// The cached hits for `match` at `version` (the database's change counter), else `load()`.
    func hits(match: String, version: Int, load: () throws -> SearchHits) throws -> SearchHits {
        lock.lock()
        if let hits, self.match == match, self.version == version {
            lock.unlock()
            return hits
        }
        lock.unlock()
        let loaded = try load()
        lock.lock()
        self.match = match
        self.version = version
        hits = loaded
        lock.unlock()
        return loaded
    }
}

/// How many comments a filter holds, counted exactly or only up to a cap.
public struct QueueCount: Equatable, Sendable {
    public var value: Int
    /// False when there are more than `value` (the count stopped at its cap).
    public var isExact: Bool

    public init(value: Int, isExact: Bool) {
        self.value = value
        self.isExact = isExact
    }
}

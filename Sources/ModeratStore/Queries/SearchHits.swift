import Foundation
import GRDB

/// The ids of every comment a full-text query matches, ascending. A common word matches a
/// third of a million comments; FTS5 builds the list of a prefix query ("beteiligung"*) in
/// full each time it is asked, so it is asked once per search and the queue's pages and
/// counts are answered from this list.
struct SearchHits: Sendable {
    let ids: [Int64]

    var count: Int { ids.count }

    /// The matches of `search` (what the user typed), whose FTS5 form is `match`, read on one
    /// connection. Plain words are answered term by term (`PrefixTerms`), which gives the same
    /// ids as the prefix query at a fraction of its cost for a common word; anything else goes
    /// to FTS5 as `match`.
    static func read(_ db: Database, search: String, match: String) throws -> SearchHits {
        // One lane runs every read on this thread, inside the caller's access to `db`.
        nonisolated(unsafe) let connection = db
        return try read(search: search, match: match, lanes: 1) { body in try body(connection) }
    }

    /// The same, with the term lists read on up to `lanes` connections at once: `reader` runs
    /// its argument on a reader connection and may be called from several threads. A common
    /// word's own list and those of its longer terms then take both cores.
    static func read(search: String, match: String, lanes: Int,
                     reader: @Sendable (@Sendable (Database) throws -> [Int64]) throws -> [Int64]) throws -> SearchHits {
        let fallback: @Sendable (Database) throws -> [Int64] = { db in try ids(db, match: match) }
        guard let words = SearchQuery.plainWords(search) else { return SearchHits(ids: try reader(fallback)) }
        // Each word's terms, found with one seek each; a word beginning too many: FTS5 whole.
        let termsBox = LockedBox<[[String]]?>(nil)
        _ = try reader { db in
            var perWord: [[String]] = []
            for word in words {
                guard let terms = try PrefixTerms.expand(db, prefix: word) else { return [] }
                perWord.append(terms)
            }
            termsBox.value = perWord
            return []
        }
        guard let perWord = termsBox.value else { return SearchHits(ids: try reader(fallback)) }
        let jobs = perWord.enumerated().flatMap { word, terms in terms.map { (word: word, term: $0) } }
        let lists = try ParallelLanes.map(count: jobs.count, lanes: lanes) { index in
            // Terms are [a-z0-9]+: each is an FTS5 bareword (its operators are upper-case),
            // which reads its list a fifth faster than the same term quoted as a phrase.
            try reader { db in try ids(db, match: jobs[index].term) }
        }
        var result: [Int64]?
        for word in perWord.indices {
            let union = SortedIds.union(jobs.indices.filter { jobs[$0].word == word }.map { lists[$0] })
            result = result.map { SortedIds.intersection($0, union) } ?? union
        }
        return SearchHits(ids: result ?? [])
    }

    private static func ids(_ db: Database, match: String) throws -> [Int64] {
        let query = try BulkStatement(db, sql: "SELECT rowid FROM comment_fts WHERE comment_fts MATCH ? ORDER BY rowid")
        query.bind([.text(match)])
        return try query.ints()
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

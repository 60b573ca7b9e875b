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
    /// to FTS5 as `match`. `control` stops the read (time limit, the user).
    static func read(_ db: Database, search: String, match: String,
                     control: SearchControl = SearchControl()) throws -> SearchHits {
        // One lane runs every read on this thread, inside the caller's access to `db`.
        nonisolated(unsafe) let connection = db
        return try read(search: search, match: match, lanes: 1, control: control) { body in try body(connection) }
    }

    /// The same, with the term lists read on up to `lanes` connections at once: `reader` runs
    /// its argument on a reader connection and may be called from several threads. A common
    /// word's own list and those of its longer terms then take both cores. `expand` gives a
    /// word's index terms (the store's cache, shared with the search's first page).
    static func read(search: String, match: String, lanes: Int, control: SearchControl,
                     expand: @escaping @Sendable (Database, String) throws -> [String]? = { try PrefixTerms.expand($0, prefix: $1) },
                     reader: @Sendable (@Sendable (Database) throws -> [Int64]) throws -> [Int64]) throws -> SearchHits {
        try SearchQuery.check(search)
        // Every read below runs under the control's progress handler.
        let fallback: @Sendable (Database) throws -> [Int64] = { db in try control.watching(db) { try ids(db, match: match) } }
        guard let words = SearchQuery.plainWords(search) else { return SearchHits(ids: try reader(fallback)) }
        // Each word's terms, found with one seek each; a word beginning too many: FTS5 whole.
        let termsBox = LockedBox<[[String]]?>(nil)
        _ = try reader { db in
            try control.watching(db) {
                var perWord: [[String]] = []
                for word in words {
                    guard let terms = try expand(db, word) else { return [] }
                    perWord.append(terms)
                }
                termsBox.value = perWord
                return []
            }
        }
        guard let perWord = termsBox.value else { return SearchHits(ids: try reader(fallback)) }
        let jobs = perWord.enumerated().flatMap { word, terms in terms.map { (word: word, term: $0) } }
        let lists = try ParallelLanes.map(count: jobs.count, lanes: lanes) { index in
            // Terms are [a-z0-9]+: each is an FTS5 bareword (its operators are upper-case),
            // which reads its list a fifth faster than the same term quoted as a phrase.
            try reader { db in try control.watching(db) { try ids(db, match: jobs[index].term) } }
        }
        try control.check()
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

/// The last two searches' hits, kept until anyone commits: paging through a search and
/// redrawing its count must not re-read the index each time, and a search read off the
/// input thread must not be pushed out by the list still on screen being paged meanwhile.
final class SearchHitCache: @unchecked Sendable {
    private struct Entry {
        var match: String
        var version: Int
        var hits: SearchHits
    }

    private let lock = NSLock()
    /// Most recently used first.
    private var entries: [Entry] = []
    private static let capacity = 2

    /// The cached hits for `match` at `version` (the database's change counter), else `load()`.
    func hits(match: String, version: Int, load: () throws -> SearchHits) throws -> SearchHits {
        let cached: SearchHits? = lock.withLock {
            guard let index = entries.firstIndex(where: { $0.match == match && $0.version == version }) else { return nil }
            let entry = entries.remove(at: index)
            entries.insert(entry, at: 0)
            return entry.hits
        }
        if let cached { return cached }
        let loaded = try load()
        lock.withLock {
            entries.removeAll { $0.match == match || $0.version != version }
            entries.insert(Entry(match: match, version: version, hits: loaded), at: 0)
            if entries.count > Self.capacity { entries.removeLast(entries.count - Self.capacity) }
        }
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

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
        let hits = try searchHits(filter)
        return try read { db in
            filter.isStatesOnly
                ? try QueueSQL.maintainedCount(db, states: filter.effectiveStates)
                : try QueueSQL.count(db, filter: filter, hits: hits)
        }
    }

    /// The same, but a search with many matches is counted only up to `cap`, so a common word
    /// answers as fast as a rare one (the queue then says "more than `cap`").
    public func count(_ filter: QueueFilter, upTo cap: Int) throws -> QueueCount {
        let hits = try searchHits(filter)
        guard let hits, hits.count > QueueSQL.smallSet else {
            return QueueCount(value: try count(filter), isExact: true)
        }
        return try read { db in try QueueSQL.count(db, filter: filter, hits: hits, upTo: cap) }
    }

    /// Reads the matches of the filter's search into the cache, so its pages and counts that
    /// follow cost what the queue's do. Throws `SearchRefusal` for a search over the bounds,
    /// one that ran out of time, or one `control` cancelled; the workbench calls this off its
    /// input thread.
    public func prepareSearch(_ filter: QueueFilter, control: SearchControl) throws {
        _ = try searchHits(filter, control: control)
    }

    /// The first `limit` rows of the filter's search found without reading all its matches
    /// (`SearchPreview`: a common word fills a page from a few hundred rows of the queue),
    /// and whether more follow; nil when that would not be quick or certain, and the caller
    /// waits for `prepareSearch`.
    public func searchPreview(_ filter: QueueFilter, limit: Int, control: SearchControl) throws -> SearchPreviewPage? {
        try searchPreview(filter, limit: limit, rareLimit: QueueSQL.smallSet, control: control)
    }

    /// The same; a word with at most `rareLimit` matches is read whole (tests set it to walk).
    func searchPreview(_ filter: QueueFilter, limit: Int, rareLimit: Int, control: SearchControl) throws -> SearchPreviewPage? {
        guard let search = filter.search else { return nil }
        try SearchQuery.check(search)
        guard let words = SearchQuery.plainWords(search) else { return nil }
        let now = clock()
        let version = try dataVersion()
        return try read { db in
            try control.watching(db) { () throws -> SearchPreviewPage? in
                let expansions = try words.map { try prefixTerms.expand(db, prefix: $0, version: version) }
                guard let found = try SearchPreview.firstIDs(db, filter: filter, words: words, expansions: expansions, limit: limit,
                                                             rareLimit: rareLimit, control: control) else {
                    return nil
                }
                return SearchPreviewPage(rows: try QueueSQL.rows(db, ids: found.ids, now: now), more: found.more)
            }
        }
    }

    /// The search's matches: read once, then kept until anyone commits.
    func searchHits(_ filter: QueueFilter, control: SearchControl? = nil) throws -> SearchHits? {
        guard let search = filter.search else { return nil }
        try SearchQuery.check(search)
        guard let match = filter.ftsQuery else { return nil }
        let version = try dataVersion()
        let prefixTerms = self.prefixTerms
        return try searchHits.hits(match: match, version: version) {
            // Two lanes: the machines moderat runs on have at least two cores, and a common
            // word's term lists are the slowest part of a first search.
            try SearchHits.read(search: search, match: match, lanes: 2, control: control ?? SearchControl(),
                                expand: { db, word in try prefixTerms.expand(db, prefix: word, version: version) }) { body in
                try self.read(body)
            }
        }
    }

    /// Backward pages read the index the other way and are turned round, so every page is
    /// returned in the filter's order.
    private func fetch(_ filter: QueueFilter, after cursor: QueueCursor?, forward: Bool, limit: Int) throws -> [QueueRow] {
        let ascending = (filter.order == .oldestFirst) == forward
        let now = clock()
        let hits = try searchHits(filter)
        return try read { db in
            let ids = try QueueSQL.keysetIDs(db, filter: filter, hits: hits, after: cursor, ascending: ascending, limit: limit)
            let rows = try QueueSQL.rows(db, ids: ids, now: now)
            return forward ? rows : rows.reversed()
        }
    }
}

import Foundation
import GRDB

extension Store {
    /// Words one of which a database of comments holds, few of whose terms begin with it.
    static let warmUpWords = ["und", "die", "der", "ist", "the", "and"]

    /// Runs a small search's first page on the pool's reader, so that the session's first
    /// search does not pay what a connection and the process pay once: at a million comments
    /// the first search's page cost 11 million instructions against 3 for the next
    /// (callgrind): GRDB's schema cache (`tableExists`, 3 million), FTS5 and fts5vocab
    /// connecting to their tables and reading the index's structure, the statements compiled,
    /// and the Swift runtime's first look-ups of the types the walk uses. Reads only, on one
    /// reader; `control` stops it (the workbench quitting). The answer is dropped; no word is
    /// kept in the prefix cache. A database without the index (older schema) warms nothing.
    public func warmSearch(control: SearchControl) throws {
        let now = clock()
        try read { db in
            try control.watching(db) {
                for word in Self.warmUpWords {
                    guard let terms = try PrefixTerms.expand(db, prefix: word), terms.contains(word) else { continue }
                    var filter = QueueFilter()
                    filter.search = word
                    if let found = try SearchPreview.firstIDs(db, filter: filter, words: [word], expansions: [[word]],
                                                              limit: 1, control: control) {
                        _ = try QueueSQL.rows(db, ids: found.ids, now: now)
                    }
                    return
                }
            }
        }
    }
}

import Foundation
import GRDB

/// The index terms that begin with a word, read from `comment_fts_terms` one term at a time:
/// each step asks for the first occurrence at or after the term just found (plus \u{1}, the
/// smallest text that sorts after it), so the step costs one seek however many comments the
/// term is in. Asking for all terms of the range at once would walk every occurrence.
enum PrefixTerms {
    /// More terms than this: nil, and the caller lets FTS5 do the whole prefix query.
    static let limit = 64

    /// The terms beginning with `prefix` (lower-case ASCII letters and digits), in order; nil
    /// when there are more than `limit` or the database has no terms table (an older schema
    /// opened read-only).
    static func expand(_ db: Database, prefix: String) throws -> [String]? {
        guard let last = prefix.utf8.last, try db.tableExists("comment_fts_terms") else { return nil }
        // The smallest text after every term that begins with `prefix`: its last byte plus one
        // (ASCII letters and digits never overflow).
        let end = String(decoding: prefix.utf8.dropLast() + [last + 1], as: UTF8.self)
        let next = try db.cachedStatement(sql: "SELECT term FROM comment_fts_terms WHERE term >= ? AND term < ? LIMIT 1")
        var terms: [String] = []
        var from = prefix
        while let term = try String.fetchOne(next, arguments: [from, end]) {
            if terms.count == limit { return nil }
            terms.append(term)
            from = term + "\u{1}"
        }
        return terms
    }
}

/// Each word's terms while nobody commits, shared by the two lanes of a search (the walk for its
/// first page and the full read) and by a search repeated: asking the index (two fts5vocab
/// seeks or more) cost about four million instructions for a word of one term at a million
/// comments (callgrind), more than a common word's first page. The first lane to ask holds
/// the lock while it reads; the other waits for its answer instead of asking too.
final class PrefixTermCache: @unchecked Sendable {
    private let lock = NSLock()
    private var version = Int.min
    private var terms: [String: [String]?] = [:]
    /// Words kept per version; more are read again (a session types a few dozen).
    private static let capacity = 256

    /// `PrefixTerms.expand(db, prefix:)`, read once per word and database `version`.
    func expand(_ db: Database, prefix: String, version: Int) throws -> [String]? {
        try lock.withLock {
            if version != self.version || terms.count >= Self.capacity {
                terms = [:]
                self.version = version
            }
            if let known = terms[prefix] { return known }
            let found = try PrefixTerms.expand(db, prefix: prefix)
            terms[prefix] = .some(found)
            return found
        }
    }
}

import Foundation
import GRDB

/// The first page of a search before its full list of matches is read. A common word matches
/// a third of all comments and its list takes tens of milliseconds to read at a million; but
/// then a few hundred rows of the queue, walked in its own order, hold a page of matches.
/// Which rows of a chunk match is asked of the index itself, for the stretch of ids the chunk
/// spans (each term's list read from a seek, `indexMatches`): queue order follows arrival and
/// ids follow the import, so the stretch is short. Where it is not (or a word begins too many
/// terms), each row's text is checked in Swift the way the index's tokenizer sees it (unicode61
/// over the folded text), exactly where that is certain: a word of ASCII letters and digits
/// matches a token that begins with it, and only ASCII letters, digits and separators decide
/// that. A letter outside ASCII within a word's length leaves the row to the full read.
enum SearchPreview {
    /// More rows of the queue than this looked at: the word is rare in this filter, and its
    /// full list (short, then) is the faster way.
    static let candidateLimit = 2_000

    /// The ids of the first `limit` rows of `filter` (its search made of `words`, lower-case
    /// ASCII) in the filter's order, and whether more follow; nil when the walk would not be
    /// quick or a row's text is not certain.
    /// A word with at most `rareLimit` matches gives the candidates instead of the queue.
    /// `expansions` are the words' index terms (`PrefixTerms.expand`), nil for a word that
    /// begins too many.
    static func firstIDs(_ db: Database, filter: QueueFilter, words: [String], expansions: [[String]?], limit: Int,
                         rareLimit: Int = QueueSQL.smallSet, control: SearchControl) throws -> (ids: [Int64], more: Bool)? {
        let needles = words.map { Array($0.utf8) }
        if let rare = try rareWord(db, expansions: expansions, limit: rareLimit, control: control) {
            var others = needles
            others.remove(at: rare.word)
            var unsearched = filter
            unsearched.search = nil
            return try firstIDs(db, among: rare.ids, filter: unsearched, others: others,
                                ascending: filter.order == .oldestFirst, limit: limit)
        }
        var found: [Int64] = []
        var looked = 0
        var more = false
        var uncertain = false
        let end = try QueueSQL.walkChunks(
            db, filter: filter, after: nil, ascending: filter.order == .oldestFirst, first: max(64, limit * 3),
            next: { chunk in looked < candidateLimit ? min(chunk * 2, candidateLimit - looked) : nil }, control: control
        ) { ids in
            let terms = expansions.allSatisfy { $0 != nil } ? expansions.compactMap { $0 } : nil
            if let terms, let matching = try indexMatches(db, ids: ids, terms: terms, control: control) {
                for id in ids {
                    looked += 1
                    guard matching.contains(id) else { continue }
                    if found.count == limit { more = true; return false }
                    found.append(id)
                }
                return true
            }
            let texts = try self.texts(db, ids: ids)
            for id in ids {
                looked += 1
                guard let text = texts[id], let matched = matches(needles, body: text.body, author: text.author) else {
                    uncertain = true
                    return false
                }
                if matched {
                    if found.count == limit { more = true; return false }
                    found.append(id)
                }
            }
            return true
        }
        switch end {
        case .ranOut: return (found, false)
        case .stopped: return uncertain ? nil : (found, more)
        case .budgetSpent: return nil
        }
    }

    /// The first word whose matches are few (at most `limit`), with those matches
    /// ascending; nil when every word is common. Each term's list is read only that far, so
    /// asking costs a few thousand ids per common word, against walking the queue in vain for
    /// a rare one (a word in 25 of a million comments).
    static func rareWord(_ db: Database, expansions: [[String]?], limit: Int, control: SearchControl) throws -> (word: Int, ids: [Int64])? {
        let read = try db.cachedStatement(sql: "SELECT rowid FROM comment_fts WHERE comment_fts MATCH ? LIMIT ?")
        words: for (index, expansion) in expansions.enumerated() {
            guard let terms = expansion else { continue }
            var lists: [[Int64]] = []
            var budget = limit + 1
            for term in terms {
                try control.check()
                // Terms are [a-z0-9]+, FTS5 barewords (see SearchHits.read).
                let ids = try Int64.fetchAll(read, arguments: [term, budget])
                budget -= ids.count
                if budget <= 0 { continue words }
                lists.append(ids)
            }
            return (index, SortedIds.union(lists))
        }
        return nil
    }

    /// The ids of `ids` whose comment holds every word (each given as its index terms), read
    /// from the index between the smallest and the largest id: one seek and a short read per
    /// term. Nil when a term has more matches there than a few per id of the chunk (the ids
    /// lie far apart, so the read would be long): the texts decide then.
    static func indexMatches(_ db: Database, ids: [Int64], terms: [[String]], control: SearchControl) throws -> Set<Int64>? {
        guard let low = ids.min(), let high = ids.max() else { return [] }
        let cap = 8 * ids.count + 64
        // Terms are [a-z0-9]+, FTS5 barewords (see SearchHits.read).
        let read = try db.cachedStatement(sql: """
            SELECT rowid FROM comment_fts WHERE comment_fts MATCH ? AND rowid >= ? AND rowid <= ? LIMIT ?
            """)
        var matching = Set(ids)
        for wordTerms in terms {
            var holding = Set<Int64>()
            for term in wordTerms {
                try control.check()
                let found = try Int64.fetchAll(read, arguments: [term, low, high, cap + 1])
                if found.count > cap { return nil }
                holding.formUnion(found)
            }
            matching.formIntersection(holding)
        }
        return matching
    }

    /// The first `limit` of `candidates` (ascending ids, few) that `filter` holds and whose text
    /// holds every word of `others`, in the filter's order; nil when a text is not certain.
    private static func firstIDs(_ db: Database, among candidates: [Int64], filter: QueueFilter, others: [[UInt8]],
                                 ascending: Bool, limit: Int) throws -> (ids: [Int64], more: Bool)? {
        guard !candidates.isEmpty else { return ([], false) }
        // The candidates drive the query; `+` keeps the planner off the filter's own indexes.
        let access = QueueSQL.Access.fromSet(.search)
        let parts = QueueSQL.statesCondition(filter, pinned: true) + QueueSQL.conditions(filter, access: access)
        let direction = ascending ? "ASC" : "DESC"
        let sql = """
            SELECT c.id FROM comment c WHERE c.id IN (\(IdList.values))
            \(parts.map { " AND " + $0.sql }.joined())
            ORDER BY c.created_at \(direction), c.id \(direction)
            """
        let list = IdList.json(candidates)
        let ordered = try Int64.fetchAll(db, sql: sql, arguments: StatementArguments([list] + parts.flatMap(\.arguments)))
        guard !others.isEmpty else {
            return (Array(ordered.prefix(limit)), ordered.count > limit)
        }
        let texts = try self.texts(db, ids: ordered)
        var found: [Int64] = []
        for id in ordered {
            guard let text = texts[id], let matched = matches(others, body: text.body, author: text.author) else { return nil }
            if matched {
                if found.count == limit { return (found, true) }
                found.append(id)
            }
        }
        return (found, false)
    }

    /// Body and author name of each comment, folded as the index stores them.
    private static func texts(_ db: Database, ids: [Int64]) throws -> [Int64: (body: String, author: String)] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: (body: String, author: String)] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.body, COALESCE(a.display_name, '') AS author FROM comment c
            LEFT JOIN author a ON a.id = c.author_id WHERE c.id IN (\(databaseQuestionMarks(count: ids.count)))
            """, arguments: StatementArguments(ids))
        while let row = try rows.next() {
            out[row["id"]] = (IndexFolding.fold(row["body"]), IndexFolding.fold(row["author"]))
        }
        return out
    }

    /// Whether every word begins a token of the body or of the author; nil when not certain.
    static func matches(_ words: [[UInt8]], body: String, author: String) -> Bool? {
        var allFound = true
        for word in words {
            switch (tokenBegins(word, in: body), tokenBegins(word, in: author)) {
            case (true?, _), (_, true?): continue
            case (false?, false?): allFound = false
            default: return nil
            }
        }
        return allFound
    }

    /// Whether a token of `text` begins with `word` (lower-case ASCII letters and digits):
    /// true or false, or nil when a character outside ASCII that may belong to a token stands
    /// within the word's length of a token start that matched so far.
    static func tokenBegins(_ word: [UInt8], in text: String) -> Bool? {
        var unsure = false
        var matched = 0        // bytes of `word` matched by the current token; -1: this token cannot match
        var inToken = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
                let isTokenByte = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
                guard isTokenByte else { inToken = false; continue }
                if !inToken { inToken = true; matched = 0 }
                guard matched >= 0, matched < word.count else { continue }
                if word[matched] == lower {
                    matched += 1
                    if matched == word.count { return true }
                } else {
                    matched = -1
                }
            } else if let kind = tokenKind(scalar) {
                // A mark may vanish inside a token or split it, and a letter newer than
                // SQLite's Unicode tables may split it: where tokens begin is then FTS5's call.
                if kind == .uncertain { unsure = true }
                if !inToken { inToken = true; matched = 0 }
                guard matched >= 0, matched < word.count else { continue }
                // unicode61 takes a diacritic off at most (é → e; ǘ, ø and ﬁ stay): a letter
                // that could become the one needed leaves the token to FTS5, any other ends
                // the match.
                if kind == .uncertain || asciiBase(scalar) == word[matched] { unsure = true }
                matched = -1
            } else {
                inToken = false
            }
        }
        return unsure ? nil : false
    }

    /// The lower-case ASCII letter or digit a letter begins with once Foundation takes its
    /// diacritics and case off (é → e, ﬁ → f), if it begins with one.
    private static func asciiBase(_ scalar: Unicode.Scalar) -> UInt8? {
        let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        guard let byte = folded.utf8.first, byte < 0x80 else { return nil }
        let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
        return (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) ? lower : nil
    }

    private enum TokenKind { case letter, uncertain }

    /// Letters, numbers and private-use characters (unicode61's token categories L*, N*, Co);
    /// uncertain: marks, unassigned code points and letters beyond the Basic Multilingual
    /// Plane; nil for spaces, punctuation and symbols, which separate tokens.
    private static func tokenKind(_ scalar: Unicode.Scalar) -> TokenKind? {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return scalar.value > 0xFFFF ? .uncertain : .letter
        case .nonspacingMark, .spacingMark, .enclosingMark, .unassigned, .surrogate:
            return .uncertain
        default:
            return nil
        }
    }
}

/// A search's first rows shown before its full count is known.
public struct SearchPreviewPage: Sendable {
    public var rows: [QueueRow]
    /// More rows match than these.
    public var more: Bool
}

import Foundation
import GRDB

/// The first page of a search before its full list of matches is read. A common word matches
/// a third of all comments and its list takes tens of milliseconds to read at a million; but
/// then a few hundred rows of the queue, walked in its own order, hold a page of matches.
/// Each row's text is checked in Swift the way the index's tokenizer sees it (unicode61 over
/// the folded text), exactly where that is certain: a word of ASCII letters and digits
/// matches a token that begins with it, and only ASCII letters, digits and separators decide
/// that. A letter outside ASCII within a word's length leaves the row to the full read.
enum SearchPreview {
    /// More rows of the queue than this looked at: the word is rare in this filter, and its
    /// full list (short, then) is the faster way.
    static let candidateLimit = 2_000

    /// The ids of the first `limit` rows of `filter` (its search made of `words`, lower-case
    /// ASCII) in the filter's order, and whether more follow; nil when the walk would not be
    /// quick or a row's text is not certain.
    static func firstIDs(_ db: Database, filter: QueueFilter, words: [String], limit: Int,
                         control: SearchControl) throws -> (ids: [Int64], more: Bool)? {
        var unsearched = filter
        unsearched.search = nil
        let needles = words.map { Array($0.utf8) }
        let ascending = filter.order == .oldestFirst
        let access = try QueueSQL.access(db, filter: unsearched)
        var found: [Int64] = []
        var position: QueueCursor?
        var looked = 0
        var chunk = max(64, limit * 3)
        while looked < candidateLimit {
            try control.check()
            let query = QueueSQL.keysetSQL(filter: unsearched, access: access, after: position, ascending: ascending, limit: chunk)
            let rows = try Row.fetchAll(db, sql: query.sql, arguments: query.arguments)
            let ids: [Int64] = rows.map { $0["id"] }
            let texts = try self.texts(db, ids: ids)
            for id in ids {
                looked += 1
                guard let text = texts[id], let matched = matches(needles, body: text.body, author: text.author) else { return nil }
                if matched {
                    if found.count == limit { return (found, true) }
                    found.append(id)
                }
            }
            guard rows.count == chunk, let last = rows.last else { return (found, false) }
            position = QueueCursor(createdAt: last["created_at"], id: last["id"])
            chunk = min(chunk * 2, candidateLimit - looked)
        }
        return nil
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

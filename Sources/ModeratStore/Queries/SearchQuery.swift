import ModeratCore

/// Turns what a user typed into an FTS5 query that cannot be a syntax error.
enum SearchQuery {
    /// Each whitespace-separated word, folded like the index, becomes a quoted prefix phrase
    /// ("strasse"*), so FTS5 operators, quotes and brackets in the input are plain text.
    /// All words must match. Nil when nothing searchable is left.
    static func fts5(_ input: String) -> String? {
        let terms = words(input).map { word in "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    /// The words as the index spells their terms, when every word is plain ASCII letters and
    /// digits: each is then exactly one unicode61 token, lower-cased, so its matches are the
    /// index terms it begins (`PrefixTerms`). Nil when a word holds anything else (a hyphen,
    /// an accent), which only FTS5's own tokenizer splits and folds faithfully.
    static func plainWords(_ input: String) -> [String]? {
        let words = words(input)
        guard !words.isEmpty, words.allSatisfy({ $0.utf8.allSatisfy(isASCIIAlphanumeric) }) else { return nil }
        return words.map { $0.lowercased() }
    }

    private static func words(_ input: String) -> [Substring] {
        GermanFolding.spellOut(input)
            .split(whereSeparator: { $0.isWhitespace })
            .filter { word in word.contains(where: { $0.isLetter || $0.isNumber }) }
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}

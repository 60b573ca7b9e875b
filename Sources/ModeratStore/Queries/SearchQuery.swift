import ModeratCore

/// Turns what a user typed into an FTS5 query that cannot be a syntax error.
enum SearchQuery {
    /// Each whitespace-separated word, folded like the index, becomes a quoted prefix phrase
    /// ("strasse"*), so FTS5 operators, quotes and brackets in the input are plain text.
    /// All words must match. Nil when nothing searchable is left.
    static func fts5(_ input: String) -> String? {
        let terms = GermanFolding.spellOut(input)
            .split(whereSeparator: { $0.isWhitespace })
            .filter { word in word.contains(where: { $0.isLetter || $0.isNumber }) }
            .map { word in "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }
}

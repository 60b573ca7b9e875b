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

    /// Refuses a search over the bounds (`SearchRefusal.Limit`) before anything is read.
    static func check(_ input: String) throws {
        let characters = input.count
        if characters > SearchRefusal.Limit.characters {
            throw SearchRefusal.tooLong(characters: characters, limit: SearchRefusal.Limit.characters)
        }
        let count = words(input).count
        if count > SearchRefusal.Limit.words { throw SearchRefusal.tooManyWords(words: count, limit: SearchRefusal.Limit.words) }
    }

    /// The words that decide the matches. Every word must match, so a word typed twice adds
    /// nothing, and neither does a plain word that begins another plain word (a comment with
    /// a term beginning "radweg" has one beginning "rad"): both are dropped here, so `d di die`
    /// repeated a hundred times costs what `die` does.
    private static func words(_ input: String) -> [Substring] {
        let all = GermanFolding.spellOut(input)
            .split(whereSeparator: { $0.isWhitespace })
            .filter { word in word.contains(where: { $0.isLetter || $0.isNumber }) }
        var seen = Set<String>()
        let distinct = all.filter { seen.insert($0.lowercased()).inserted }
        let plain = distinct.map { $0.utf8.allSatisfy(isASCIIAlphanumeric) ? $0.lowercased() : nil }
        return distinct.indices.filter { index in
            guard let word = plain[index] else { return true }
            return !plain.indices.contains { other in
                other != index && plain[other].map { $0.count > word.count && $0.hasPrefix(word) } == true
            }
        }.map { distinct[$0] }
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}

import Foundation

/// The German spelling folding that search uses on both sides: the indexed text (by the
/// SQL in the schema) and the user's query (here), so "Straße", "strasse" and "STRASSE",
/// "über" and "ueber" find each other.
public enum GermanFolding {
    /// The spelled-out forms. The schema builds its SQL `replace` chain from this same
    /// table, so the index and the queries cannot drift apart.
    public static let spellings: [(letter: String, spelledOut: String)] = [
        ("ä", "ae"), ("ö", "oe"), ("ü", "ue"),
        ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
        ("ß", "ss"), ("ẞ", "SS"),
    ]

    private static let lookup: [Character: String] = Dictionary(
        uniqueKeysWithValues: spellings.compactMap { pair in pair.letter.first.map { ($0, pair.spelledOut) } })

    /// Spelled-out umlauts and ß, matching the schema's SQL `replace` chain exactly.
    /// Case and other diacritics are left to SQLite's unicode61 tokenizer.
    public static func spellOut(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // NFC first: "a" + U+0308 must become the single "ä" the SQL replace chain sees,
        // which is why imported text is stored in NFC too.
        for ch in text.precomposedStringWithCanonicalMapping {
            if let spelled = lookup[ch] { out += spelled } else { out.append(ch) }
        }
        return out
    }

    /// A key for comparing words in Swift (highlighting matches): spelled out, lower-cased,
    /// other diacritics removed, as unicode61 with remove_diacritics does.
    public static func key(_ text: String) -> String {
        spellOut(text).lowercased().folding(options: [.diacriticInsensitive], locale: nil)
    }
}

/// A light German stemmer for matching word forms, not for showing them: "Beiräte",
/// "Beiraete" and "Beirat" meet at "beirat", "Straße" and "Strasse" at "strass".
/// It strips the common inflection endings (CISTEM-like) and folds umlauts to their base
/// letter, so the plural with umlaut ("Räte") meets the singular ("Rat").
public enum GermanStemmer {
    /// The key a word is matched by; `word` may be in any case and spelling.
    public static func stem(_ word: String) -> String {
        // Words from the analyser are already folded ASCII: skip the (costly) Unicode folding.
        let folded = word.utf8.allSatisfy({ $0 < 0x80 && !(0x41 ... 0x5A).contains($0) }) ? word : GermanFolding.key(word)
        var bytes = Array(folded.utf8)
        stem(folded: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stems a word given as folded bytes (lower case, umlauts spelled out), in place.
    public static func stem(folded bytes: inout [UInt8]) {
        baseLetters(&bytes)
        // Gendered plurals and feminine forms meet the base noun: Einwohnerinnen → einwohner.
        if bytes.count > 7, bytes.ends(with: erinnen) { bytes.removeLast(5) }
        else if bytes.count > 5, bytes.ends(with: erin) { bytes.removeLast(2) }
        else if bytes.count > 7, bytes.ends(with: ungen) { bytes.removeLast(2) }
        while bytes.count > 3 {
            let last = bytes[bytes.count - 1]
            if bytes.count > 5, bytes[bytes.count - 2] == e, last == m || last == r {
                bytes.removeLast(2)
            } else if last == e || last == s || last == n {
                bytes.removeLast()
            } else {
                break
            }
        }
        // Nouns and verbs of one root meet: Planung / planen, Dokumentation / dokumentiert.
        for suffix in derivations where bytes.count >= suffix.count + 4 && bytes.ends(with: suffix) {
            bytes.removeLast(suffix.count)
            break
        }
    }

    /// The spelled-out umlauts (ae, oe, ue) reduced to their base letter, so "Räte" (raete)
    /// meets "Rat"; "eu" as in "neue" stays.
    static func baseLetters(_ bytes: inout [UInt8]) {
        var write = 0
        for read in bytes.indices {
            let byte = bytes[read]
            if byte == e, write > 1, bytes[write - 2] != e, bytes[write - 1] == a || bytes[write - 1] == o || bytes[write - 1] == u {
                continue
            }
            bytes[write] = byte
            write += 1
        }
        bytes.removeLast(bytes.count - write)
    }

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), m = UInt8(ascii: "m"), n = UInt8(ascii: "n")
    private static let o = UInt8(ascii: "o"), r = UInt8(ascii: "r"), s = UInt8(ascii: "s"), u = UInt8(ascii: "u")
    private static let erinnen = Array("erinnen".utf8), erin = Array("erin".utf8), ungen = Array("ungen".utf8)
    /// Derivational endings, longest first (after the inflection endings are gone).
    private static let derivations = ["ierung", "ation", "iert", "ier", "ung", "heit", "keit", "lich", "isch"].map { Array($0.utf8) }
}

extension Array where Element == UInt8 {
    /// True when the bytes end with `suffix`.
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}

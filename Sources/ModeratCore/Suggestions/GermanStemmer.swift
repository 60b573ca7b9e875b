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
        let count = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { stem(folded: $0, count: buffer.count, into: $0) } ?? 0
        }
        bytes.removeLast(bytes.count - count)
    }

    /// The same on the `count` bytes at `source`, written to `word` (which may be `source`:
    /// it is written behind where it is read); returns the stem's length. An import stems
    /// every word of every comment, tens of millions of words at a million comments, so this
    /// works on the bytes directly: on arrays, copied first and each ending compared as a
    /// slice, it was a quarter of a fingerprint's cost.
    public static func stem(folded source: UnsafePointer<UInt8>, count: Int, into word: UnsafeMutablePointer<UInt8>) -> Int {
        var length = baseLetters(source, count: count, into: word)
        // Gendered plurals and feminine forms meet the base noun: Einwohnerinnen → einwohner.
        if length > 7, ends(word, length, "erinnen") { length -= 5 }
        else if length > 5, ends(word, length, "erin") { length -= 2 }
        else if length > 7, ends(word, length, "ungen") { length -= 2 }
        while length > 3 {
            let last = word[length - 1]
            if length > 5, word[length - 2] == e, last == m || last == r {
                length -= 2
            } else if last == e || last == s || last == n {
                length -= 1
            } else {
                break
            }
        }
        // Nouns and verbs of one root meet: Planung / planen, Dokumentation / dokumentiert.
        // The derivational endings, longest first (after the inflection endings are gone):
        // ierung, ation, iert, ier, ung, heit, keit, lich, isch, by their last letter (only
        // endings with the same last letter compete).
        guard length > 6 else { return length }
        switch word[length - 1] {
        case g:
            if length >= 10, ends(word, length, "ierung") { length -= 6 } else if ends(word, length, "ung") { length -= 3 }
        case n:
            if length >= 9, ends(word, length, "ation") { length -= 5 }
        case t:
            if length >= 8, ends(word, length, "iert") || ends(word, length, "heit") || ends(word, length, "keit") { length -= 4 }
        case r:
            if ends(word, length, "ier") { length -= 3 }
        case h:
            if length >= 8, ends(word, length, "lich") || ends(word, length, "isch") { length -= 4 }
        default:
            break
        }
        return length
    }

    /// The spelled-out umlauts (ae, oe, ue) reduced to their base letter, so "Räte" (raete)
    /// meets "Rat"; "eu" as in "neue" stays. Returns the new length.
    private static func baseLetters(_ source: UnsafePointer<UInt8>, count: Int, into bytes: UnsafeMutablePointer<UInt8>) -> Int {
        var write = 0
        for read in 0 ..< count {
            let byte = source[read]
            if byte == e, write > 1, bytes[write - 2] != e, bytes[write - 1] == a || bytes[write - 1] == o || bytes[write - 1] == u {
                continue
            }
            bytes[write] = byte
            write += 1
        }
        return write
    }

    /// True when the `count` bytes at `word` end with `suffix`.
    private static func ends(_ word: UnsafeMutablePointer<UInt8>, _ count: Int, _ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard count >= length else { return false }
        let start = word + (count - length), ending = suffix.utf8Start
        for index in 0 ..< length where start[index] != ending[index] { return false }
        return true
    }

    // Byte literals, not UInt8(ascii:): constants the compiler can fold into the loops.
    private static let a: UInt8 = 0x61, e: UInt8 = 0x65, m: UInt8 = 0x6D, n: UInt8 = 0x6E
    private static let o: UInt8 = 0x6F, r: UInt8 = 0x72, s: UInt8 = 0x73, u: UInt8 = 0x75
    private static let g: UInt8 = 0x67, t: UInt8 = 0x74, h: UInt8 = 0x68
}

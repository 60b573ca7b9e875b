/// The part of a comment that says something, for comparing letters: greeting lines at the
/// top and the closing formula with the signature below it are dropped, so "Sehr geehrte
/// Damen und Herren, …  Mit freundlichen Grüßen, Erika Muster" and "Hallo, … Viele Grüße
/// Max" compare by what lies between. Works on bytes: an import runs it on every comment.
public enum LetterText {
    private static let greetings = ["sehr geehrte", "liebe ", "lieber ", "hallo", "guten tag", "moin", "servus",
                                    "gruess gott", "guten morgen", "guten abend", "an die ", "an den "].map { Array($0.utf8) }
    private static let closings = ["mit freundlichen gruessen", "freundliche gruesse", "viele gruesse", "beste gruesse",
                                   "herzliche gruesse", "liebe gruesse", "schoene gruesse", "gruesse", "gruss", "mfg",
                                   "hochachtungsvoll"].map { Array($0.utf8) }

    /// Calls `word` with each stemmed word of the letter's core (folded bytes), in order.
    public static func forEachCoreWord(_ text: String, _ word: (inout [UInt8]) -> Void) {
        var lines = foldedLines(text)
        // A greeting is a short first line, or the first words up to a comma.
        if let first = lines.first, greetings.contains(where: { first.starts(with: $0) }) {
            if let comma = first.firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "!") }), comma < 60 {
                lines[0] = Array(first[(comma + 1)...])
            } else if first.count < 60 {
                lines[0] = []
            }
        }
        // The closing formula and whatever follows it (name, address) in the last lines.
        for index in stride(from: lines.count - 1, through: max(1, lines.count - 4), by: -1) {
            if let start = closings.compactMap({ find($0, in: lines[index]) }).min() {
                lines[index].removeSubrange(start...)
                lines.removeSubrange((index + 1)...)
                break
            }
        }
        var current: [UInt8] = []
        for line in lines {
            for byte in line + [32] {
                if byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    current.append(byte)
                } else if !current.isEmpty {
                    if current.count > 1 {
                        GermanStemmer.stem(folded: &current)
                        word(&current)
                    }
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
    }

    /// Where `pattern` first starts in `line` (a plain loop: the generic search was most of an import's detection time).
    static func find(_ pattern: [UInt8], in line: [UInt8]) -> Int? {
        guard let first = pattern.first, line.count >= pattern.count else { return nil }
        var start = 0
        while start + pattern.count <= line.count {
            if line[start] == first {
                var offset = 1
                while offset < pattern.count, line[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return start }
            }
            start += 1
        }
        return nil
    }

    /// The text's non-empty lines, lower case with umlauts and ß spelled out (as search folds them).
    static func foldedLines(_ text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var line: [UInt8] = []
        var lead: UInt8 = 0
        for byte in text.utf8 {
            if lead == 0xC3 {
                lead = 0
                switch byte {
                case 0xA4, 0x84: line += [0x61, 0x65]  // ä Ä
                case 0xB6, 0x96: line += [0x6F, 0x65]  // ö Ö
                case 0xBC, 0x9C: line += [0x75, 0x65]  // ü Ü
                case 0x9F: line += [0x73, 0x73]  // ß
                default: line += [0xC3, byte >= 0x80 && byte <= 0x9E ? byte + 0x20 : byte]  // other Latin-1 letters, lower case
                }
                continue
            }
            switch byte {
            case 0xC3: lead = byte
            case 0x0A:
                if line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) { lines.append(line) }
                line.removeAll(keepingCapacity: true)
            case 0x41 ... 0x5A: line.append(byte + 0x20)
            default: line.append(byte)
            }
        }
        if line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) { lines.append(line) }
        return lines.map { Array($0.drop(while: { $0 == 32 || $0 == 9 })) }
    }
}

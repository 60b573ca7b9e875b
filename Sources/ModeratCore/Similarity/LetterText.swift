/// The part of a comment that says something, for comparing letters: greeting lines at the
/// top and the closing formula with the signature below it are dropped, so "Sehr geehrte
/// Damen und Herren, …  Mit freundlichen Grüßen, Erika Muster" and "Hallo, … Viele Grüße
/// Max" compare by what lies between. An import runs it on every comment, so it works on
/// the UTF-8 bytes in place, in buffers kept from one text to the next (no allocation per
/// line or word once they have grown).
public struct LetterText {
    private static let greetings = ["sehr geehrte", "liebe ", "lieber ", "hallo", "guten tag", "moin", "servus",
                                    "gruess gott", "guten morgen", "guten abend", "an die ", "an den "].map { Array($0.utf8) }
    private static let closings = ["mit freundlichen gruessen", "freundliche gruesse", "viele gruesse", "beste gruesse",
                                   "herzliche gruesse", "liebe gruesse", "schoene gruesse", "gruesse", "gruss", "mfg",
                                   "hochachtungsvoll"].map { Array($0.utf8) }
    /// Every closing formula starts with one of these letters: other bytes need no closer look.
    /// A table by byte, not a Set: this is asked for every byte of the last lines, and
    /// hashing each byte made this the most expensive step of a fingerprint in a profile.
    private static let closingStarts: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for first in closings.compactMap(\.first) { table[Int(first)] = true }
        return table
    }()

    /// The whole text folded: lower case, umlauts and ß spelled out (as search folds them);
    /// a buffer at least as long, the lines mark what the text holds.
    private var folded: [UInt8] = []
    /// Each non-empty line of `folded` as a half-open range, leading blanks left out.
    private var lines: [Range<Int>] = []
    /// One word at a time, stemmed in place.
    private var word: [UInt8] = []

    public init() {}

    /// Calls `body` with each stemmed word of the letter's core (folded bytes), in order.
    public static func forEachCoreWord(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var scanner = LetterText()
        scanner.forEachCoreWord(text, body)
    }

    /// The same, reusing this scanner's buffers. An import runs this on every comment: the
    /// words are found, copied and stemmed through pointers into buffers that are only
    /// grown, never per byte through an array (the appends, slices and checks that cost were
    /// about two fifths of a fingerprint's instructions).
    public mutating func forEachCoreWord(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        fold(text)
        guard !lines.isEmpty else { return }
        dropGreeting()
        dropClosing()
        if word.count < folded.count { word = [UInt8](repeating: 0, count: folded.count) }
        let lines = self.lines
        folded.withUnsafeBufferPointer { folded in
            word.withUnsafeMutableBufferPointer { word in
                guard let text = folded.baseAddress, let scratch = word.baseAddress else { return }
                for line in lines {
                    var start = line.lowerBound
                    while start < line.upperBound {
                        guard Self.isWordByte(text[start]) else {
                            start += 1
                            continue
                        }
                        var end = start + 1
                        while end < line.upperBound, Self.isWordByte(text[end]) { end += 1 }
                        if end - start > 1 {
                            let length = GermanStemmer.stem(folded: text + start, count: end - start, into: scratch)
                            body(UnsafeBufferPointer(start: scratch, count: length))
                        }
                        start = end
                    }
                }
            }
        }
    }

    /// A greeting is a short first line, or the first words up to a comma.
    private mutating func dropGreeting() {
        let first = lines[0]
        guard Self.greetings.contains(where: { startsWith($0, at: first.lowerBound, before: first.upperBound) }) else { return }
        var comma = first.lowerBound
        while comma < first.upperBound, folded[comma] != UInt8(ascii: ","), folded[comma] != UInt8(ascii: "!") { comma += 1 }
        if comma < first.upperBound, comma - first.lowerBound < 60 {
            lines[0] = (comma + 1) ..< first.upperBound
        } else if first.count < 60 {
            lines[0] = first.upperBound ..< first.upperBound
        }
    }

    /// The closing formula and whatever follows it (name, address) in the last lines; a
    /// formula starts a word ("Begrüßung" holds no "Gruß").
    private mutating func dropClosing() {
        guard lines.count > 1 else { return }
        for index in stride(from: lines.count - 1, through: max(1, lines.count - 4), by: -1) {
            let line = lines[index]
            let found: Int? = folded.withUnsafeBufferPointer { folded in
                Self.closingStarts.withUnsafeBufferPointer { closingStarts in
                    var position = line.lowerBound
                    var wordStart = true
                    while position < line.upperBound {
                        let byte = folded[position]
                        if wordStart, closingStarts[Int(byte)],
                           Self.closings.contains(where: { startsWith($0, at: position, before: line.upperBound) }) {
                            return position
                        }
                        wordStart = !Self.isWordByte(byte)
                        position += 1
                    }
                    return nil
                }
            }
            if let position = found {
                lines[index] = line.lowerBound ..< position
                lines.removeSubrange((index + 1)...)
                return
            }
        }
    }

    /// A byte that belongs to a word: a letter, a digit, or part of a non-ASCII letter.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    private func startsWith(_ pattern: [UInt8], at start: Int, before end: Int) -> Bool {
        guard end - start >= pattern.count else { return false }
        var offset = 0
        while offset < pattern.count, folded[start + offset] == pattern[offset] { offset += 1 }
        return offset == pattern.count
    }

    /// Folds the text into `folded` and finds its non-empty lines. A folded text is never
    /// longer than its UTF-8 (each two-byte letter becomes two bytes, the rest one), so it is
    /// written through a pointer into a buffer of that size.
    private mutating func fold(_ text: String) {
        lines.removeAll(keepingCapacity: true)
        var text = text
        let size = text.utf8.count
        // Only grown, never shrunk: the lines say where the folded text ends.
        if folded.count < size { folded = [UInt8](repeating: 0, count: max(size, folded.count * 2)) }
        text.withUTF8 { bytes in
            folded.withUnsafeMutableBufferPointer { out in
                guard let out = out.baseAddress else { return }
                Self.fold(bytes, into: out, lines: &lines)
            }
        }
    }

    /// Folds `bytes` into `out` (at least as long) and appends its non-empty lines.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, lines: inout [Range<Int>]) {
        var count = 0
        var lead: UInt8 = 0
        var lineStart = 0
        /// The first byte of the line that is no blank; -1 while there is none.
        var contentStart = -1
        var hasContent = false
        for byte in bytes {
            if lead == 0xC3 {
                lead = 0
                if contentStart < 0 { contentStart = count }
                hasContent = true
                switch byte {
                case 0xA4, 0x84: out[count] = 0x61; out[count + 1] = 0x65  // ä Ä
                case 0xB6, 0x96: out[count] = 0x6F; out[count + 1] = 0x65  // ö Ö
                case 0xBC, 0x9C: out[count] = 0x75; out[count + 1] = 0x65  // ü Ü
                case 0x9F: out[count] = 0x73; out[count + 1] = 0x73  // ß
                default:  // other Latin-1 letters, lower case
                    out[count] = 0xC3
                    out[count + 1] = byte >= 0x80 && byte <= 0x9E ? byte + 0x20 : byte
                }
                count += 2
                continue
            }
            switch byte {
            case 0xC3:
                lead = byte
                continue
            case 0x0A:
                if hasContent { lines.append(max(lineStart, contentStart) ..< count) }
                lineStart = count
                contentStart = -1
                hasContent = false
                continue
            case 0x41 ... 0x5A: out[count] = byte + 0x20
            default: out[count] = byte
            }
            count += 1
            if byte != 32 && byte != 9 {
                if contentStart < 0 { contentStart = count - 1 }
                if byte != 13 { hasContent = true }
            }
        }
        if hasContent { lines.append(max(lineStart, contentStart) ..< count) }
    }
}

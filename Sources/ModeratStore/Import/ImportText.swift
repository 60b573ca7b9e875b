import Foundation

/// How imported text is stored: NFC (so German search folding matches), line ends as "\n",
/// and no NUL (GRDB would cut the string there).
/// The checks scan UTF-8 bytes first because most rows need none of the rewrites, and
/// Foundation's string searching would cost more than the rest of a row's work.
enum ImportText {
    static func normalise(_ text: String) -> String {
        var text = text
        if text.utf8.contains(0) { text = text.replacingOccurrences(of: "\0", with: "\u{FFFD}") }
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Every scalar below U+0300 (lead bytes under 0xCC) is already NFC: only text with
        // combining marks or later scripts needs the (slow) normalisation.
        guard text.utf8.contains(where: { $0 >= 0xCC }) else { return text }
        // German text is full of „quotes“, dashes and €: those are NFC as they stand.
        if text.unicodeScalars.allSatisfy(isStable) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Scalars that neither decompose canonically nor combine with a neighbour: below the
    /// combining marks, general punctuation, currency signs, emoji and their variation selector.
    private static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0 ..< 0x300, 0x2010 ... 0x205E, 0x20A0 ... 0x20C0, 0xFE0F, 0x1F000 ... 0x1FAFF: return true
        default: return false
        }
    }

    /// A field's value, or nil when it is empty or only spaces.
    static func value(_ text: String?) -> String? {
        guard let text else { return nil }
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return nil }
        if !isSpace(first) && !isSpace(last) { return text }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 0xC2 || byte == 0xE2 || byte == 0xE3
    }
}

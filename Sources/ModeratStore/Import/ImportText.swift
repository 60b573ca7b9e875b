import Foundation

/// How imported text is stored: NFC (so German search folding matches), line ends as "\n",
/// and no NUL (GRDB would cut the string there).
enum ImportText {
    static func normalise(_ text: String) -> String {
        var text = text
        if text.contains("\0") { text = text.replacingOccurrences(of: "\0", with: "\u{FFFD}") }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text.precomposedStringWithCanonicalMapping
    }

    /// A field's value, or nil when it is empty or only spaces.
    static func value(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

import Foundation

/// Reads a section code off the front of a heading, as German guidelines write them:
/// "B1 Formen", "C 1. Vorhabenliste", "B1.2 Details", "A Präambel", "A. Präambel",
/// "2.3 Fristen", "§ 4 Beirat". Codes are normalised to "C1", "A", "2.3", "§4".
enum HeadingID {
    /// The code (nil when the heading has none) and the title that remains.
    static func split(_ heading: String) -> (code: String?, title: String) {
        let text = heading.trimmingCharacters(in: .whitespaces)
        for pattern in patterns {
            guard let match = pattern.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { continue }
            let code = pattern.code(match, text)
            let titleRange = match.range(at: match.numberOfRanges - 1)
            let title = Range(titleRange, in: text).map { String(text[$0]) } ?? ""
            return (code, cleanTitle(title))
        }
        return (nil, cleanTitle(text))
    }

    /// A dash or colon between code and title ("A – Präambel") is punctuation, not title.
    static func cleanTitle(_ title: String) -> String {
        var t = Substring(title.trimmingCharacters(in: .whitespaces))
        while let first = t.first, "-–—:".contains(first) { t = t.dropFirst().drop { $0 == " " } }
        return String(t)
    }

    struct Pattern: Sendable {
        let regex: NSRegularExpression
        let code: @Sendable (NSTextCheckingResult, String) -> String
    }

    static func group(_ match: NSTextCheckingResult, _ index: Int, _ text: String) -> String {
        Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
    }

    // Built once; the patterns are constants, so a failure to compile is a programming error
    // caught by the tests (the pattern is then skipped rather than crashing an import).
    static let patterns: [Pattern] = [
        // Letter and number: "B1", "C 1.", "B1.2", "A.1"
        make(#"^([A-ZÄÖÜ])[ .]?(\d+(?:\.\d+)*)\.?(?:\s+|$)(.*)$"#) { m, t in group(m, 1, t) + group(m, 2, t) },
        // Paragraph sign: "§ 4", "§4."
        make(#"^§\s*(\d+[a-z]?)\.?(?:\s+|$)(.*)$"#) { m, t in "§" + group(m, 1, t) },
        // A chapter letter: "A Präambel", "A. Präambel", "B) Gute …", "A – Präambel". The title
        // must start with a capital or a dash, so an English "A note on …" keeps its "A".
        make(#"^([A-ZÄÖÜ])(?:[.):]\s*|\s+)([-–—:]?\s*\p{Lu}.*|)$"#) { m, t in group(m, 1, t) },
        // Numbers: "1.", "2.3", "4 Beirat"
        make(#"^(\d+(?:\.\d+)*)\.?(?:\s+|$)(.*)$"#) { m, t in group(m, 1, t) },
    ].compactMap { $0 }

    static func make(_ pattern: String, _ code: @escaping @Sendable (NSTextCheckingResult, String) -> String) -> Pattern? {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        return Pattern(regex: regex, code: code)
    }
}

import Foundation

/// Takes contact data out of citizens' text before it is published: e-mail addresses,
/// telephone numbers in the ways Germans write them ("0631 365-2555", "+49 (0)631 3652555",
/// "0176/12345678"), and the author's own stored contact wherever it was copied in. A
/// moderator approves a comment for what it says, not for the address at its end, so
/// publication exports never depend on someone having noticed it.
struct ContactScrubber: Sendable {
    let marker: String

    /// "@" and the ways people write it to dodge harvesters: "(at)", "[at]", "{at}", " at ",
    /// "(ät)"; the dots likewise: "(dot)", "[punkt]", " dot ", " punkt ".
    private static let at = #"(?:\s*(?:@|\((?:at|ät)\)|\[(?:at|ät)\]|\{(?:at|ät)\})\s*|\s+(?:at|ät)\s+)"#
    private static let dot = #"(?:\.|\s*\((?:dot|punkt)\)\s*|\s*\[(?:dot|punkt)\]\s*|\s+(?:dot|punkt)\s+)"#
    private static let email = try? NSRegularExpression(
        pattern: "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+" + at + "[\\p{L}\\p{N}-]+(?:" + dot + "[\\p{L}\\p{N}-]+)*"
            + dot + "\\p{L}{2,}(?![\\p{L}\\p{N}])",
        options: [.caseInsensitive])
    // A leading 0 or +49 / 0049 (with "(0)"), the area code perhaps in brackets ("(0631)"),
    // then at least five more digits in groups separated by spaces, a slash or a hyphen
    // ("0631 365-2555", "(0631) 36 54 711", "0176 / 1234 5678"); years, dates, sums and
    // section numbers do not have that shape.
    private static let phone = try? NSRegularExpression(
        pattern: "(?<![\\p{L}\\p{N}+/.(-])(?:(?:\\+|00)49[ ]?(?:\\(0\\)[ ]?)?\\(?[1-9]\\d{1,5}\\)?|\\(0[1-9]\\d{1,5}\\)|0[1-9])"
            + "(?:[ ]{0,2}[/-]?[ ]{0,2}\\d){4,13}(?![\\p{L}\\p{N}])",
        options: [])

    /// `text` with every e-mail address, telephone number and piece of `contact` replaced
    /// by the marker.
    func scrub(_ text: String, contact: String? = nil) -> String {
        var out = scrubContact(text, contact: contact)
        for regex in [Self.email, Self.phone].compactMap({ $0 }) {
            let range = NSRange(out.startIndex..., in: out)
            out = regex.stringByReplacingMatches(in: out, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: marker))
        }
        return out
    }

    /// `text` with only the pieces of `contact` replaced (for text the city wrote, whose
    /// own addresses and numbers are meant to be published).
    func scrubContact(_ text: String, contact: String?) -> String {
        guard let contact else { return text }
        var out = text
        for part in Self.parts(of: contact) where out.localizedCaseInsensitiveContains(part) {
            out = out.replacingOccurrences(of: part, with: marker, options: [.caseInsensitive])
        }
        return out
    }

    /// A stored contact and each item of it when it is a list ("mail; phone"), longest
    /// first; items shorter than five characters ("Nr", "5") are left out, they would hit
    /// unrelated words.
    static func parts(of contact: String) -> [String] {
        let items = [contact] + contact.split(whereSeparator: { $0 == ";" || $0 == "," || $0.isNewline }).map(String.init)
        var seen = Set<String>()
        return items.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.count >= 5 && seen.insert($0.lowercased()).inserted }
            .sorted { $0.count > $1.count }
    }
}

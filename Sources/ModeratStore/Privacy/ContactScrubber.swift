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
    /// own addresses and numbers are meant to be published), also where they are written
    /// another way: "name (at) web.de" for name@web.de, "+49 631 365-4711" for 06313654711.
    func scrubContact(_ text: String, contact: String?) -> String {
        guard let contact else { return text }
        var out = text
        let parts = Self.parts(of: contact)
        for part in parts where out.localizedCaseInsensitiveContains(part) {
            out = out.replacingOccurrences(of: part, with: marker, options: [.caseInsensitive])
        }
        let wanted = Set(parts.map(Self.normalized))
        for regex in [Self.email, Self.phone].compactMap({ $0 }) {
            let matches = regex.matches(in: out, range: NSRange(out.startIndex..., in: out))
            for match in matches.reversed() {
                guard let range = Range(match.range, in: out), wanted.contains(Self.normalized(String(out[range]))) else { continue }
                out.replaceSubrange(range, with: marker)
            }
        }
        return out
    }

    /// One spelling of an address or number: an e-mail address in lower case with "(at)",
    /// "[dot]" and the like as "@" and "."; a telephone number as its digits, +49 as 0.
    static func normalized(_ text: String) -> String {
        var mail = text.lowercased()
        for (pattern, replacement) in [(#"\s*[\(\[\{]\s*(?:at|ät)\s*[\)\]\}]\s*|\s+(?:at|ät)\s+"#, "@"),
                                       (#"\s*[\(\[\{]\s*(?:dot|punkt)\s*[\)\]\}]\s*|\s+(?:dot|punkt)\s+"#, ".")] {
            mail = mail.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        if mail.contains("@") { return mail.filter { !$0.isWhitespace } }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var digits = text.filter(\.isASCII).filter(\.isNumber)
        if trimmed.hasPrefix("+49") { digits = "0" + digits.dropFirst(2) } else if trimmed.hasPrefix("0049") { digits = "0" + digits.dropFirst(4) }
        // "+49 (0)631": the bracketed 0 belongs to the national form only.
        if digits.hasPrefix("00") { digits.removeFirst() }
        return digits
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

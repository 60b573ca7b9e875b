import Foundation
import ModeratCore

/// Finds a person's name inside free text the way a reader would recognise it: any case,
/// umlauts and ß written or spelled out ("Jürgen Müller", "JUERGEN MÜLLER", "juergen
/// mueller"), any run of spaces between the parts, and a genitive s ("Müllers Vorschlag").
/// It does not match inside a longer word ("Müllerstraße" stays).
struct NameMatcher {
    let name: String
    private let regex: NSRegularExpression
    /// SQL LIKE patterns (escape character `\`) of which every text that `matches` satisfies
    /// at least one: a cheap prefilter so only candidates are handed to the regex.
    let likePatterns: [String]

    private static let digraphs: [(spelledOut: String, letter: String)] = [("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß")]

    /// Nil for a name without a letter or digit (nothing recognisable to look for).
    init?(_ name: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        let words = GermanFolding.spellOut(trimmed).lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let pattern = "(?<![\\p{L}\\p{N}])" + words.map(Self.wordPattern).joined(separator: "\\s+")
            + "(?:s|'s|'|’s|’)?(?![\\p{L}\\p{N}])"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        self.name = trimmed
        self.regex = regex
        let longest = words.max(by: { $0.count < $1.count }) ?? ""
        likePatterns = Array(Set([Self.like(longest, digraphsAsOneLetter: false),
                                  Self.like(longest, digraphsAsOneLetter: true)])).sorted()
    }

    /// The regex of one spelled-out, lower-cased word: each digraph also matches its letter.
    private static func wordPattern(_ word: String) -> String {
        var out = ""
        var rest = Substring(word)
        while let first = rest.first {
            if let pair = digraphs.first(where: { rest.hasPrefix($0.spelledOut) }) {
                out += "(?:\(pair.spelledOut)|\(pair.letter))"
                rest = rest.dropFirst(2)
            } else {
                out += NSRegularExpression.escapedPattern(for: String(first))
                rest = rest.dropFirst()
            }
        }
        return out
    }

    /// A LIKE pattern for `word` anywhere: non-ASCII characters (and, with
    /// `digraphsAsOneLetter`, each ae/oe/ue/ss) become `_`, since LIKE folds only ASCII case.
    private static func like(_ word: String, digraphsAsOneLetter: Bool) -> String {
        var out = "%"
        var rest = Substring(word)
        while let first = rest.first {
            if digraphsAsOneLetter, digraphs.contains(where: { rest.hasPrefix($0.spelledOut) }) {
                out += "_"
                rest = rest.dropFirst(2)
                continue
            }
            switch first {
            case "%", "_", "\\": out += "\\" + String(first)
            default: out += first.isASCII ? String(first) : "_"
            }
            rest = rest.dropFirst()
        }
        return out + "%"
    }

    /// `text` with every occurrence of the name replaced by `replacement`, or nil when the
    /// name does not occur.
    func replacing(in text: String, with replacement: String) -> String? {
        let normalized = text.precomposedStringWithCanonicalMapping
        let range = NSRange(normalized.startIndex..., in: normalized)
        guard regex.firstMatch(in: normalized, range: range) != nil else { return nil }
        return regex.stringByReplacingMatches(in: normalized, range: range,
                                              withTemplate: NSRegularExpression.escapedTemplate(for: replacement))
    }

    /// The SQL condition "`column` may mention the name", with its arguments.
    func prefilter(_ column: String) -> (sql: String, arguments: [String]) {
        ("(" + likePatterns.map { _ in "\(column) LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")", likePatterns)
    }
}

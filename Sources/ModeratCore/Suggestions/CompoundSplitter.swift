/// Splits German compounds into parts a vocabulary knows: "Beteiligungsbeirat" into
/// "beteiligung" + "beirat" when both occur on their own in the guidelines, so a comment
/// about "den Beirat" finds the section titled "Beteiligungsbeirat" and one about the
/// "Bürgerbeteiligungsverfahren" finds "Beteiligung" and "Verfahren".
public struct CompoundSplitter: Sendable {
    /// Stems of the words the parts must come from.
    private let stems: Set<String>
    /// Parts shorter than this are not trusted (too many accidental matches).
    private static let minimumPart = 4
    /// What may join two parts: "Beteiligung-s-beirat", "Senior-en-beirat".
    private static let linkers = ["", "s", "es", "n", "en", "e"]

    /// A splitter over `vocabulary` (folded words, e.g. from `GermanAnalyzer.contentWords`).
    public init<S: Sequence>(vocabulary: S) where S.Element == String {
        stems = Set(vocabulary.lazy.filter { $0.count >= Self.minimumPart }.map(GermanStemmer.stem))
    }

    /// The stems of the parts of `word` (folded), or [] when it is no compound of known parts.
    public func parts(of word: String) -> [String] {
        let characters = Array(word)
        guard characters.count >= 2 * Self.minimumPart else { return [] }
        return split(characters[...], depth: 0) ?? []
    }

    private func split(_ word: ArraySlice<Character>, depth: Int) -> [String]? {
        guard depth < 4, word.count >= 2 * Self.minimumPart else { return nil }
        let start = word.startIndex
        for cut in (start + Self.minimumPart) ... (word.endIndex - Self.minimumPart) {
            let rest = word[cut...]
            let restStem = GermanStemmer.stem(String(rest))
            let restParts: [String]
            if stems.contains(restStem) {
                restParts = [restStem]
            } else if let deeper = split(rest, depth: depth + 1) {
                restParts = deeper
            } else {
                continue
            }
            let head = String(word[start ..< cut])
            for linker in Self.linkers where head.hasSuffix(linker) && head.count - linker.count >= Self.minimumPart {
                let stem = GermanStemmer.stem(String(head.dropLast(linker.count)))
                if stems.contains(stem) { return [stem] + restParts }
            }
        }
        return nil
    }
}

/// Turns German text into the terms that section suggestions match on: words split on
/// anything that is not a letter or digit, function words dropped, each stemmed.
public enum GermanAnalyzer {
    /// The folded words of `text` in order (lower case, umlauts spelled out), function words kept.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0" ... "9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(GermanFolding.key(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(GermanFolding.key(current)) }
        return words
    }

    /// The content words of `text`: folded, no function words, at least two letters.
    public static func contentWords(_ text: String) -> [String] {
        words(text).filter { $0.count > 1 && !GermanStopwords.words.contains($0) }
    }
}

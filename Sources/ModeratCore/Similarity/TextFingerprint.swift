/// What near-duplicate detection keeps of one comment: the set of its core words (hashed,
/// sorted, each once) and their MinHash band keys. Word order, case, umlaut spelling,
/// greetings and signatures do not change it; a small edit changes it a little.
public struct TextFingerprint: Sendable, Equatable {
    /// The distinct core words' hashes, ascending.
    public let words: [UInt64]
    /// The core words in order, hashed as one value: equal for texts equal up to greeting, signature and case.
    public let exact: Int64
    public let minHash: MinHash
    /// The words' 128-bit summary, for refusing a candidate without its words.
    public let sketch: WordSketch

    /// Texts with fewer distinct core words than this are never grouped: "Gute Idee!" or a
    /// one-line question from ten people is agreement or coincidence; a campaign is a letter.
    public static let minimumWords = 15

    public init(_ text: String) {
        var fingerprinter = Fingerprinter()
        self = fingerprinter.fingerprint(text)
    }

    init(words: [UInt64], exact: Int64) {
        self.words = words
        self.exact = exact
        minHash = MinHash(words: words)
        sketch = WordSketch(words: words)
    }

    /// True when the text is long enough to be compared at all.
    public var isComparable: Bool { words.count >= Self.minimumWords }
}

/// Fingerprints one text after another with the same buffers (an import's reading thread
/// keeps one for the whole file).
public struct Fingerprinter {
    private var letter = LetterText()
    private var hashes: [UInt64] = []

    public init() {}

    public mutating func fingerprint(_ text: String) -> TextFingerprint {
        hashes.removeAll(keepingCapacity: true)
        var exact: UInt64 = 0xcbf2_9ce4_8422_2325
        letter.forEachCoreWord(text) { word in
            let hash = MinHash.hash(word)
            hashes.append(hash)
            exact = MinHash.mix(exact ^ hash)
        }
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for hash in hashes where unique.last != hash { unique.append(hash) }
        return TextFingerprint(words: unique, exact: Int64(bitPattern: exact))
    }
}

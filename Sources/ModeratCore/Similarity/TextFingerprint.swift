/// What near-duplicate detection keeps of one comment: the set of its core words (hashed,
/// sorted, each once) and their MinHash band keys. Word order, case, umlaut spelling,
/// greetings and signatures do not change it; a small edit changes it a little.
public struct TextFingerprint: Sendable, Equatable {
    /// The distinct core words' hashes, ascending.
    public let words: [UInt64]
    /// The core words in order, hashed as one value: equal for texts equal up to greeting, signature and case.
    public let exact: Int64
    /// The words' signature; that of no words when the text is too short to be compared.
    public let minHash: MinHash
    /// The words' 128-bit summary, for refusing a candidate without its words; that of no
    /// words when the text is too short to be compared.
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
        // A text too short to be compared is never looked up or compared: its signature (eight
        // hashes a word) would be made for nothing, for about one comment in five.
        let compared = words.count >= Self.minimumWords
        minHash = MinHash(words: compared ? words : [])
        sketch = WordSketch(words: compared ? words : [])
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
        let exact = collect(text)
        return TextFingerprint(words: uniqueWords(), exact: Int64(bitPattern: exact))
    }

    /// Only the distinct core words' hashes, ascending (what a comparison needs of a comment
    /// read again), without the signature and sketch.
    public mutating func words(_ text: String) -> [UInt64] {
        _ = collect(text)
        return uniqueWords()
    }

    /// Hashes the core words into `hashes`, sorted; returns the hash of all of them in order.
    private mutating func collect(_ text: String) -> UInt64 {
        hashes.removeAll(keepingCapacity: true)
        var exact: UInt64 = 0xcbf2_9ce4_8422_2325
        letter.forEachCoreWord(text) { word in
            let hash = MinHash.hash(word)
            hashes.append(hash)
            exact = MinHash.mix(exact ^ hash)
        }
        Self.sort(&hashes)
        return exact
    }

    /// Ascending, in place. Most comments have a few dozen words: sorted by insertion there,
    /// where the standard library's sort (a merge sort that takes a buffer) was a seventh of
    /// a fingerprint's time. Equal hashes are equal values, so any correct sort gives the same.
    static func sort(_ values: inout [UInt64]) {
        guard values.count <= 64 else { return values.sort() }
        values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in 1 ..< max(buffer.count, 1) {
                let value = base[index]
                var slot = index
                while slot > 0, base[slot - 1] > value {
                    base[slot] = base[slot - 1]
                    slot -= 1
                }
                base[slot] = value
            }
        }
    }

    private func uniqueWords() -> [UInt64] {
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for hash in hashes where unique.last != hash { unique.append(hash) }
        return unique
    }
}

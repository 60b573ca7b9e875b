/// What near-duplicate detection keeps of one comment: the set of its core words (hashed)
/// and their MinHash band keys. Word order, case, umlaut spelling, greetings and signatures
/// do not change it; a small edit changes it a little.
public struct TextFingerprint: Sendable {
    public let words: Set<UInt64>
    /// The core words in order, hashed as one value: equal for texts equal up to greeting, signature and case.
    public let exact: Int64
    public let minHash: MinHash

    /// Texts with fewer distinct core words than this are never grouped: "Gute Idee!" or a
    /// one-line question from ten people is agreement or coincidence; a campaign is a letter.
    public static let minimumWords = 15

    public init(_ text: String) {
        var words: Set<UInt64> = []
        var exact: UInt64 = 0xcbf2_9ce4_8422_2325
        LetterText.forEachCoreWord(text) { word in
            let hash = MinHash.hash(word)
            words.insert(hash)
            exact = MinHash.mix(exact ^ hash)
        }
        self.words = words
        self.exact = Int64(bitPattern: exact)
        minHash = MinHash(words: words)
    }

    /// True when the text is long enough to be compared at all.
    public var isComparable: Bool { words.count >= Self.minimumWords }
}

/// A MinHash signature over a set of words, cut into bands for locality-sensitive hashing:
/// two word sets with Jaccard similarity J share at least one band key with probability
/// 1 - (1 - J^rows)^bands (about 0.98 at J = 0.8, 0.3 at J = 0.3), so near-identical texts
/// become candidates without comparing every pair.
public struct MinHash: Sendable, Equatable {
    public static let bands = 4
    public static let rows = 2

    /// One key per band (band number mixed in, so equal keys mean the same band agreed).
    public let bandKeys: [Int64]

    /// `words`: distinct word hashes (their order does not matter).
    public init(words: [UInt64]) {
        let count = Self.bands * Self.rows
        // On the stack, and the seeds read once: an import makes a million of these on its
        // reading thread, and a heap array per signature was a measurable part of one.
        bandKeys = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { minimum in
            minimum.initialize(repeating: .max)
            Self.seeds.withUnsafeBufferPointer { seeds in
                for word in words {
                    for index in 0 ..< count {
                        let value = Self.mix(word &+ seeds[index])
                        if value < minimum[index] { minimum[index] = value }
                    }
                }
            }
            return (0 ..< Self.bands).map { band in
                var key = UInt64(band + 1) &* 0x9E37_79B9_7F4A_7C15
                for row in 0 ..< Self.rows { key = Self.mix(key ^ minimum[band * Self.rows + row]) }
                return Int64(bitPattern: key)
            }
        }
    }

    /// The hash of a word (FNV-1a, stable across runs and machines: keys are stored).
    public static func hash<Bytes: Sequence>(_ word: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// Jaccard similarity of two sets given as ascending arrays without repeats (one merge pass).
    public static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }

    private static let seeds: [UInt64] = (0 ..< 64).map { mix(UInt64($0) &+ 0x5151_2020) }

    /// SplitMix64's finaliser: a good, cheap bit mixer.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

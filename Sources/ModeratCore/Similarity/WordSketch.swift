/// A 128-bit summary of a word set (each word sets one bit) with its size: enough to prove
/// that two sets are NOT near-identical without having the sets. Every bit set in one
/// summary and not in the other needs a word of the symmetric difference of its own, so
/// popcount(a ⊕ b) ≤ |A Δ B|, and Jaccard ≥ t implies |A Δ B| ≤ (1 − t) / (1 + t) · (|A| + |B|).
/// A pair the check refuses can never reach the threshold; a pair it lets through still
/// needs the exact comparison.
public struct WordSketch: Sendable, Equatable {
    public let low: UInt64
    public let high: UInt64
    /// How many distinct words the set has.
    public let count: Int

    /// `words`: distinct word hashes.
    public init(words: [UInt64]) {
        var low: UInt64 = 0, high: UInt64 = 0
        for word in words {
            // The top seven bits of a multiplicative hash pick one of the 128 bits.
            let bit = (word &* 0x9E37_79B9_7F4A_7C15) >> 57
            if bit < 64 { low |= 1 << bit } else { high |= 1 << (bit - 64) }
        }
        self.init(low: low, high: high, count: words.count)
    }

    public init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }

    /// False when the two sets' Jaccard similarity is certainly below `threshold`.
    public func mayReach(_ other: WordSketch, threshold: Double) -> Bool {
        let differing = (low ^ other.low).nonzeroBitCount + (high ^ other.high).nonzeroBitCount
        // Half a word of slack, so rounding in the exact test's division never makes this
        // refuse a pair that test accepts.
        return Double(differing) * (1 + threshold) <= (1 - threshold) * Double(count + other.count) + 0.5
    }
}

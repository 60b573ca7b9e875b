/// A small deterministic random source (SplitMix64) so demo data is the same on every run.
///
/// The helpers below are written out by hand rather than using the standard library's
/// `random(in:using:)`, whose algorithm may change between Swift releases.
/// Public so the demo, the benchmark, the tests and the fuzz replay draw from the same generator.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in 0 ..< 1.
    public mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A uniform integer in the closed range.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// True with the given probability.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array (the first one for an empty range is never asked for).
    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(0 ... items.count - 1)]
    }

    /// An index chosen with the given relative weights.
    public mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = unit() * total
        for (index, weight) in weights.enumerated() {
            if x < weight { return index }
            x -= weight
        }
        return weights.count - 1
    }

    /// `count` distinct elements in random order (all of them when there are fewer).
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        var out: [T] = []
        while out.count < count, !pool.isEmpty {
            out.append(pool.remove(at: int(0 ... pool.count - 1)))
        }
        return out
    }

    /// The array in random order (Fisher–Yates).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var out = items
        var i = out.count - 1
        while i > 0 {
            let j = int(0 ... i)
            out.swapAt(i, j)
            i -= 1
        }
        return out
    }
}

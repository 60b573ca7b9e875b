import Foundation

/// A reproducible random source for tests that pick random moments: the seed comes from
/// `MODERAT_TEST_SEED` when set, else from the clock, and is printed so a failure can be
/// repeated with the same choices.
struct SeededRandom: RandomNumberGenerator {
    let seed: UInt64
    private var state: UInt64

    /// - Parameter label: names the test in the printed line.
    init(label: String) {
        let given = ProcessInfo.processInfo.environment["MODERAT_TEST_SEED"].flatMap { UInt64($0) }
        seed = given ?? UInt64(truncatingIfNeeded: DispatchTime.now().uptimeNanoseconds) ^ UInt64(getpid())
        state = seed
        print("\(label): seed \(seed) (repeat with MODERAT_TEST_SEED=\(seed))")
    }

    /// SplitMix64: small, fast and good enough to pick moments and choices.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

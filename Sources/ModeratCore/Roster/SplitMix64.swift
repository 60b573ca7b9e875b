/// SplitMix64: a tiny seeded random generator whose output is fixed by its published
/// algorithm, so a lot draw can be re-run from its seed by anyone, on any Swift version.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0 ..< bound, without modulo bias (rejection of the short tail).
    /// Written out rather than `Int.random(in:using:)`, whose algorithm may change.
    public mutating func below(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0, "bound must be positive")
        let threshold = (0 &- bound) % bound
        while true {
            let x = next()
            if x >= threshold { return x % bound }
        }
    }
}

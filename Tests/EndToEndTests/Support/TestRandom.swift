import Foundation
import ModeratStore

/// A reproducible random source for tests that pick random moments: the seed comes from
/// `MODERAT_TEST_SEED` when set, else from the clock, and is printed so a failure can be
/// repeated with the same choices. The bits come from the demo's `SeededRandom`.
struct TestRandom: RandomNumberGenerator {
    let seed: UInt64
    private var source: SeededRandom

    /// - Parameter label: names the test in the printed line.
    init(label: String) {
        let given = ProcessInfo.processInfo.environment["MODERAT_TEST_SEED"].flatMap { UInt64($0) }
        seed = given ?? UInt64(truncatingIfNeeded: DispatchTime.now().uptimeNanoseconds) ^ UInt64(getpid())
        source = SeededRandom(seed: seed)
        print("\(label): seed \(seed) (repeat with MODERAT_TEST_SEED=\(seed))")
    }

    mutating func next() -> UInt64 { source.next() }
}

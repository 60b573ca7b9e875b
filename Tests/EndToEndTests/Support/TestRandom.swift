import Foundation
import ModeratCore

/// A reproducible random source for tests that pick random moments or inputs: the seed is
/// fixed per test (so a plain run repeats the last one exactly) unless `MODERAT_TEST_SEED`
/// gives another, and it is printed so a failure can be repeated with the same choices. The
/// bits come from ModeratCore's `SeededRandom` (the demo's generator).
struct TestRandom: RandomNumberGenerator {
    let seed: UInt64
    private var source: SeededRandom

    /// - Parameters:
    ///   - label: names the test in the printed line.
    ///   - fixedSeed: the seed when `MODERAT_TEST_SEED` is not set.
    init(label: String, fixedSeed: UInt64) {
        let given = ProcessInfo.processInfo.environment["MODERAT_TEST_SEED"].flatMap { UInt64($0) }
        seed = given ?? fixedSeed
        source = SeededRandom(seed: seed)
        print("\(label): seed \(seed) (another with MODERAT_TEST_SEED=N)")
    }

    mutating func next() -> UInt64 { source.next() }
}

import ModeratCore
import Testing

@Suite("Word sketches refuse only what cannot be near-identical")
struct WordSketchTests {
    /// Two word sets of about `size` words sharing `shared` of them (hashes from a simple
    /// deterministic generator, as FNV hashes of words look).
    private static func pair(size: Int, shared: Int, seed: UInt64) -> (a: [UInt64], b: [UInt64]) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        let common = (0 ..< shared).map { _ in next() }
        let a = Set(common + (0 ..< size - shared).map { _ in next() })
        let b = Set(common + (0 ..< size - shared).map { _ in next() })
        return (a.sorted(), b.sorted())
    }

    @Test("Every pair at or above the threshold passes the sketch: sizes 15 to 80, every overlap, three thresholds")
    func neverRefusesANearIdenticalPair() {
        var checked = 0
        var refused: [String] = []
        for threshold in [0.5, 0.7, 0.9] {
            for size in stride(from: 15, through: 80, by: 5) {
                // Two sets of `size` distinct words sharing `shared` have a Jaccard index of
                // shared / (2 size - shared); below `least` (less one, for rounding) no pair can
                // reach the threshold, so generating them would only be skipped by the guard.
                let least = Int((threshold * Double(2 * size) / (1 + threshold)).rounded(.down)) - 1
                for shared in max(0, least) ... size {
                    for seed in 0 ..< 8 {
                        let (a, b) = Self.pair(size: size, shared: shared, seed: UInt64(size * 1000 + shared * 10 + seed))
                        guard MinHash.jaccard(a, b) >= threshold else { continue }
                        checked += 1
                        // One expectation for all pairs: a few thousand #expect calls cost more than the checks.
                        if !WordSketch(words: a).mayReach(WordSketch(words: b), threshold: threshold) {
                            refused.append("size \(size), shared \(shared), seed \(seed), threshold \(threshold)")
                        }
                    }
                }
            }
        }
        #expect(refused.isEmpty, "refused although at or above the threshold: \(refused)")
        #expect(checked > 1000)
    }

    @Test("Letters sharing a third of their words are refused at 0.7 nearly always; a campaign's variants never")
    func refusesUnrelated() {
        var refused = 0
        for seed in 0 ..< 200 {
            let (a, b) = Self.pair(size: 30, shared: 10, seed: UInt64(seed))
            if !WordSketch(words: a).mayReach(WordSketch(words: b), threshold: 0.7) { refused += 1 }
        }
        #expect(refused >= 190)
        let letter = TextFingerprint("""
            Wir fordern, dass im Beteiligungsbeirat mindestens zehn ausgeloste Einwohnerinnen und Einwohner sitzen. \
            Die Verwaltung darf im Beirat nicht mehr Stimmen haben als die Bürgerschaft.
            """)
        let variant = TextFingerprint("""
            Hallo,
            die Verwaltung darf im Beirat keinesfalls mehr Stimmen haben als die Bürgerschaft. Wir fordern, dass im \
            Beteiligungsbeirat mindestens zehn ausgeloste Einwohnerinnen und Einwohner sitzen.
            Viele Grüße
            Erika
            """)
        #expect(MinHash.jaccard(letter.words, variant.words) >= 0.7)
        #expect(letter.sketch.mayReach(variant.sketch, threshold: 0.7))
        #expect(letter.sketch.count == letter.words.count)
    }
}

import Foundation
import ModeratCore

/// Variations of seed inputs for the replay mode's `--mutations N`, so a plain build (no
/// libFuzzer, as in `swift test`) still runs a target on a few thousand odd inputs. Far
/// weaker than libFuzzer's coverage-guided mutation, but deterministic for a given seed and
/// aimed at what breaks text parsers: quotes, separators, line ends, cut UTF-8, huge fields.
struct SeedMutator {
    private var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// Bytes that mean something to one of the parsers.
    private static let tokens: [[UInt8]] = [
        [0x22], [0x3B], [0x2C], [0x0A], [0x0D], [0x0D, 0x0A], [0x00], [0x1B, 0x5B, 0x32, 0x4A],
        [0x7B], [0x7D], [0x5B], [0x5D], [0x3A], [0x5C], [0x23, 0x23, 0x20], [0x60, 0x60, 0x60],
        [0xC3], [0xC3, 0xA4], [0xE2, 0x80, 0xAE], [0xF0, 0x9F, 0x91, 0xA9, 0xE2, 0x80, 0x8D, 0xF0, 0x9F, 0x92, 0xBB],
        [0xEF, 0xBB, 0xBF], [0xFF], Array("\"\"".utf8), Array("null".utf8), Array("-1".utf8),
        Array("99999999999999999999".utf8), Array("2024-02-30T25:61:00+14:00".utf8),
    ]

    /// One variation of `seed`: one to four edits, or a splice with `other`.
    mutating func mutate(_ seed: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = seed
        for _ in 0...below(4) {
            let at = below(bytes.count + 1)
            switch below(8) {
            case 0 where !bytes.isEmpty:  // flip a bit
                let i = below(bytes.count)
                bytes[i] ^= 1 << UInt8(below(8))
            case 1:  // insert a token
                bytes.insert(contentsOf: Self.tokens[below(Self.tokens.count)], at: at)
            case 2 where !bytes.isEmpty:  // delete a run
                bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(16)))
            case 3 where !bytes.isEmpty:  // repeat a run many times (long fields, deep nesting)
                let start = below(bytes.count)
                let run = bytes[start..<min(bytes.count, start + 1 + below(8))]
                bytes.insert(contentsOf: Array(repeating: run, count: 1 + below(200)).joined(), at: at)
            case 4:  // cut the end (a half-written file)
                bytes.removeSubrange(at...)
            case 5 where !other.isEmpty:  // splice another seed in
                let start = below(other.count)
                bytes.insert(contentsOf: other[start..<min(other.count, start + 1 + below(256))], at: at)
            case 6 where !bytes.isEmpty:  // a random byte
                bytes[below(bytes.count)] = UInt8(truncatingIfNeeded: next())
            default:  // swap two runs' order by moving one
                let start = below(bytes.count + 1)
                let run = Array(bytes[start..<min(bytes.count, start + below(32))])
                bytes.removeSubrange(start..<start + run.count)
                bytes.insert(contentsOf: run, at: below(bytes.count + 1))
            }
        }
        return Array(bytes.prefix(16_384))
    }

    private mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

    private mutating func next() -> UInt64 { random.next() }
}

import ModeratCore

/// The word sketches of the most recent comments, by id (slot = id's low bits, a newer id
/// takes the slot): about as far back as `BandKeyTable` remembers keys, so most candidates
/// it names can be refused without reading their text. Fixed size (3.5 MiB at most).
struct SketchRing {
    /// 2^17 slots: twice the comments the key table holds before it starts forgetting.
    static let maximumBits = 17
    private var ids: [Int64]
    private var lows: [UInt64]
    private var highs: [UInt64]
    private var counts: [Int32]
    private let mask: Int

    /// `expected`: about how many comments will come (a small import gets a small ring).
    init(expected: Int = 0) {
        var bits = 10
        while bits < Self.maximumBits, 1 << bits < expected { bits += 1 }
        ids = Array(repeating: 0, count: 1 << bits)
        lows = Array(repeating: 0, count: 1 << bits)
        highs = Array(repeating: 0, count: 1 << bits)
        counts = Array(repeating: 0, count: 1 << bits)
        mask = (1 << bits) - 1
    }

    mutating func set(_ id: Int64, _ sketch: WordSketch) {
        let slot = Int(truncatingIfNeeded: id) & mask
        ids[slot] = id
        lows[slot] = sketch.low
        highs[slot] = sketch.high
        counts[slot] = Int32(clamping: sketch.count)
    }

    /// The sketch of comment `id`, nil when a newer comment has taken its slot.
    func sketch(_ id: Int64) -> WordSketch? {
        let slot = Int(truncatingIfNeeded: id) & mask
        guard ids[slot] == id else { return nil }
        return WordSketch(low: lows[slot], high: highs[slot], count: Int(counts[slot]))
    }
}

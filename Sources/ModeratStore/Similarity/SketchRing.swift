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
    private let slots: RingSlots

    /// `expected`: about how many comments will come (a small import gets a small ring).
    init(expected: Int = 0) {
        slots = RingSlots(expected: expected, fewestBits: 10, mostBits: Self.maximumBits)
        ids = Array(repeating: 0, count: slots.count)
        lows = Array(repeating: 0, count: slots.count)
        highs = Array(repeating: 0, count: slots.count)
        counts = Array(repeating: 0, count: slots.count)
    }

    mutating func set(_ id: Int64, _ sketch: WordSketch) {
        let slot = slots.slot(id)
        ids[slot] = id
        lows[slot] = sketch.low
        highs[slot] = sketch.high
        counts[slot] = Int32(clamping: sketch.count)
    }

    /// The sketch of comment `id`, nil when a newer comment has taken its slot.
    func sketch(_ id: Int64) -> WordSketch? {
        let slot = slots.slot(id)
        guard ids[slot] == id else { return nil }
        return WordSketch(low: lows[slot], high: highs[slot], count: Int(counts[slot]))
    }
}

/// Where an id-keyed ring (`SketchRing`, `WordRing`) keeps a comment: slot = the id's low
/// bits, so a newer comment takes an older one's slot and the ring always holds the most
/// recent ones. Sized for about `expected` comments, between `fewestBits` and `mostBits`.
struct RingSlots {
    let count: Int
    private let mask: Int

    init(expected: Int, fewestBits: Int, mostBits: Int) {
        var bits = fewestBits
        while bits < mostBits, 1 << bits < expected { bits += 1 }
        count = 1 << bits
        mask = count - 1
    }

    func slot(_ id: Int64) -> Int { Int(truncatingIfNeeded: id) & mask }
}

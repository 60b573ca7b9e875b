/// The word sets of the most recent comments, by id (slot = id's low bits, a newer id takes
/// the slot): always the last `capacity` comments of an import, where a dictionary emptied
/// whenever it was full held between none and all of them (about half on average). Most
/// candidates a comment's band keys name are within the last few ten thousand comments; one
/// whose words are gone is read again from the database, the most expensive step of a
/// comparison at a million comments. The arrays are the fingerprints' own, not copies.
struct WordRing {
    /// 2^14 slots: at about 35 words a comment some 5 MiB when full.
    static let maximumBits = 14
    private var ids: [Int64]
    private var sets: [[UInt64]]
    private let slots: RingSlots

    /// `expected`: about how many comments will come (a small import gets a small ring).
    init(expected: Int = 0) {
        slots = RingSlots(expected: expected, fewestBits: 8, mostBits: Self.maximumBits)
        ids = Array(repeating: 0, count: slots.count)
        sets = Array(repeating: [], count: slots.count)
    }

    mutating func set(_ id: Int64, _ words: [UInt64]) {
        let slot = slots.slot(id)
        ids[slot] = id
        sets[slot] = words
    }

    /// The words of comment `id`, nil when a newer comment has taken its slot.
    func words(_ id: Int64) -> [UInt64]? {
        let slot = slots.slot(id)
        return ids[slot] == id ? sets[slot] : nil
    }
}

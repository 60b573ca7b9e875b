/// The MinHash band keys of recent comments, each with the last comment that had it, in a
/// table of bounded size: memory stays flat however many comments there are (4 MiB at
/// most; with 16 MiB a million-row import peaked 40 MB above the same import without
/// detection, over the 128 MB the import may take). Keys are well mixed already, so a key's slot is its low bits; a key that meets
/// another in its slot takes the slot (the newer comment wins), so the table forgets the
/// oldest keys first once it is full.
struct BandKeyTable {
    /// 2^18 slots of 16 bytes: about 65,000 comments' keys (four each) before any is forgotten.
    static let maximumBits = 18
    private var keys: [Int64]
    /// Comment ids; 0 marks an empty slot (ids start at 1).
    private var ids: [Int64]
    private var mask: Int
    private var used = 0

    /// `expected`: how many keys are likely (the table starts small and doubles up to the cap).
    init(expected: Int = 0) {
        var bits = 12
        while bits < Self.maximumBits, 1 << bits < expected * 2 { bits += 1 }
        keys = Array(repeating: 0, count: 1 << bits)
        ids = Array(repeating: 0, count: 1 << bits)
        mask = (1 << bits) - 1
    }

    /// The last comment that had `key` (nil when none is remembered); `id` takes its place.
    mutating func exchange(_ key: Int64, _ id: Int64) -> Int64? {
        let slot = Int(truncatingIfNeeded: key) & mask
        let previous = ids[slot], previousKey = keys[slot]
        if previous == 0 { used += 1 }
        keys[slot] = key
        ids[slot] = id
        if used * 2 > keys.count, keys.count < 1 << Self.maximumBits { grow() }
        return previous != 0 && previousKey == key && previous != id ? previous : nil
    }

    /// Remembers `key` for `id` unless a slot holds something already (loading newest first).
    mutating func fill(_ key: Int64, _ id: Int64) {
        let slot = Int(truncatingIfNeeded: key) & mask
        guard ids[slot] == 0 else { return }
        used += 1
        keys[slot] = key
        ids[slot] = id
        if used * 2 > keys.count, keys.count < 1 << Self.maximumBits { grow() }
    }

    /// How many comments' keys the table can hold before it forgets (four keys a comment).
    static var capacityInComments: Int { (1 << maximumBits) / 4 }

    private mutating func grow() {
        let oldKeys = keys, oldIds = ids
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        ids = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        used = 0
        for index in oldKeys.indices where oldIds[index] != 0 {
            let slot = Int(truncatingIfNeeded: oldKeys[index]) & mask
            if ids[slot] == 0 { used += 1 }
            keys[slot] = oldKeys[index]
            ids[slot] = oldIds[index]
        }
    }
}

/// Set operations on ascending lists of positive ids without duplicates, in linear time.
enum SortedIds {
    /// The ids in any of `lists`, ascending: one bit per id up to the largest, so uniting a
    /// dozen lists of a third of a million costs one pass over them and one over the bits.
    static func union(_ lists: [[Int64]]) -> [Int64] {
        let nonEmpty = lists.filter { !$0.isEmpty }
        if nonEmpty.count <= 1 { return nonEmpty.first ?? [] }
        let largest = nonEmpty.compactMap(\.last).max() ?? 0
        guard largest >= 0, largest < Int64(Int32.max), nonEmpty.allSatisfy({ ($0.first ?? 0) >= 0 }) else {
            return Array(Set(nonEmpty.joined())).sorted()
        }
        var bits = [UInt64](repeating: 0, count: Int(largest) / 64 + 1)
        var total = 0
        for list in nonEmpty {
            total += list.count
            for id in list { bits[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        }
        var out: [Int64] = []
        out.reserveCapacity(total)
        for (index, word) in bits.enumerated() where word != 0 {
            var rest = word
            while rest != 0 {
                out.append(Int64(index << 6 + rest.trailingZeroBitCount))
                rest &= rest - 1
            }
        }
        return out
    }

    static func intersection(_ a: [Int64], _ b: [Int64]) -> [Int64] {
        var out: [Int64] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            let x = a[i], y = b[j]
            if x < y { i += 1 } else if y < x { j += 1 } else { out.append(x); i += 1; j += 1 }
        }
        return out
    }
}

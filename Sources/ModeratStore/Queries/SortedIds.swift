/// Set operations on ascending id lists without duplicates, in one linear pass each.
enum SortedIds {
    static func union(_ a: [Int64], _ b: [Int64]) -> [Int64] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var out: [Int64] = []
        out.reserveCapacity(max(a.count, b.count))
        var i = 0, j = 0
        while i < a.count && j < b.count {
            let x = a[i], y = b[j]
            if x < y { out.append(x); i += 1 } else if y < x { out.append(y); j += 1 } else { out.append(x); i += 1; j += 1 }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
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

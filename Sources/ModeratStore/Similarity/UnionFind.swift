/// Disjoint sets over comment ids, for joining near-identical pairs into groups.
struct UnionFind {
    private var parent: [Int64: Int64] = [:]

    mutating func find(_ id: Int64) -> Int64 {
        var root = id
        while let next = parent[root], next != root { root = next }
        var node = id
        while let next = parent[node], next != root { parent[node] = root; node = next }
        return root
    }

    /// Joins the sets of `a` and `b`; the smaller id becomes the root.
    mutating func union(_ a: Int64, _ b: Int64) {
        let rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        if parent[rootA] == nil { parent[rootA] = rootA }
        if parent[rootB] == nil { parent[rootB] = rootB }
        if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }

    /// Every id that was joined with another, by root.
    mutating func components() -> [Int64: [Int64]] {
        var result: [Int64: [Int64]] = [:]
        for id in Array(parent.keys) { result[find(id), default: []].append(id) }
        return result.mapValues { $0.sorted() }
    }
}

/// Which action item of a TOP's saved list a line of the edited list is, so that editing
/// an item's wording keeps it (and whether it was done) instead of making a new one.
public enum ActionIdentity {
    /// For each new (who, what), the index of the old one it continues, or nil (a new item).
    /// Exact matches first; then same who in order (the wording changed); then same what in
    /// order (given to someone else). Each old item continues at most one new one.
    public static func match(old: [(String, String)], new: [(String, String)]) -> [Int?] {
        var result = [Int?](repeating: nil, count: new.count)
        var used = Set<Int>()
        let passes: [((String, String), (String, String)) -> Bool] = [
            { $0.0 == $1.0 && $0.1 == $1.1 },
            { $0.0 == $1.0 },
            { $0.1 == $1.1 },
        ]
        for same in passes {
            for (n, item) in new.enumerated() where result[n] == nil {
                if let o = old.indices.first(where: { !used.contains($0) && same(old[$0], item) }) {
                    result[n] = o
                    used.insert(o)
                }
            }
        }
        return result
    }
}

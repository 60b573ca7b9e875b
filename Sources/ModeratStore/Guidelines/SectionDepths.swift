/// How deep each guideline section sits, for sections read parents first (ordinal order):
/// 0 for a top section, one more than its parent otherwise. The tag picker and the
/// commented-guidelines export indent by it.
struct SectionDepths {
    private var depthOf: [Int64: Int] = [:]

    /// The depth of the section just read, remembered for its children.
    mutating func next(id: Int64, parent: Int64?) -> Int {
        let depth = parent.flatMap { depthOf[$0].map { $0 + 1 } } ?? 0
        depthOf[id] = depth
        return depth
    }
}

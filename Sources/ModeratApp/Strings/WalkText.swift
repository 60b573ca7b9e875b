/// The words added after the lead's walk through a working day (issue 15, second round):
/// a comment's group in the comment view, rows out of sight above a list. One case of
/// `UIText` and of `UIText.KeyHelp` leads here; German in German+Walk.swift, English in
/// English+Walk.swift.
public enum WalkText: Sendable, Equatable {
    /// The comment view's label of the line naming the comment's group.
    case groupLabel
    /// "#519 · 2 ähnliche Beiträge: #5, #12": the group and its members.
    case groupLine(group: Int64, members: [Int64])
    /// " · = listet sie": the key that lists them, kept whole where the line is cut.
    case groupKey
    /// The comment view's `=`: the queue showing the comment's group.
    case keyListGroup
    /// Above a list: how many rows lie above the visible ones ("▲ 2 weitere").
    case moreAbove(Int)
}

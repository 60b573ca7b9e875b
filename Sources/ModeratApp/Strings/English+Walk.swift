extension WalkText {
    static func english(_ text: WalkText) -> String {
        switch text {
        case .groupLabel: return "Group"
        case let .groupLine(group, members):
            return "#\(group) · \(members.count) similar comments: " + members.map { "#\($0)" }.joined(separator: ", ")
        case .groupKey: return " · = lists them"
        case .keyListGroup: return "show the group of near-identical comments in the list"
        case .moreAbove(let n): return "▲ \(n) more"
        }
    }
}

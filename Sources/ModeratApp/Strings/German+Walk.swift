extension WalkText {
    static func german(_ text: WalkText) -> String {
        switch text {
        case .groupLabel: return "Gruppe"
        case let .groupLine(group, members):
            return "#\(group) · \(members.count) ähnliche Beiträge: " + members.map { "#\($0)" }.joined(separator: ", ")
        case .groupKey: return " · = listet sie"
        case .keyListGroup: return "die Gruppe fast gleicher Beiträge in der Liste zeigen"
        case .moreAbove(let n): return "▲ \(n) weitere"
        }
    }
}

extension SimilarityText {
    static func english(_ text: SimilarityText) -> String {
        switch text {
        case .groupMark(let n): return "[\(n)×]"
        case .waveMark: return "[wave]"
        case .filterGroup(let id): return "group #\(id)"
        case .noGroup: return "This comment is in no group of near-identical comments."
        case .groupMarked(let n): return n == 1 ? "1 comment of the group marked" : "\(n) comments of the group marked"
        case .suggested: return "suggested"
        case .pickerHints: return "Tab takes the first ★ suggestion  Space chooses  Enter applies  Esc cancels"
        case .keyShowGroup: return "show the group of near-identical comments (:group)"
        case .keyMarkGroup: return "mark the whole group"
        case .keyAcceptSuggestion: return "take the first ★ suggestion (tagging sections)"
        case .keyConsiderGroup: return "consider the group of near-identical comments together (:consider)"
        case let .confirmConsider(group, size, approved):
            let rest = size - approved
            return "Consider group #\(group) (\(size) comments) together? Its \(approved) approved comments become one group of the Abwägung"
                + (rest > 0 ? ", \(rest) not approved stay out" : "") + "."
        case let .tooFewApproved(group, size, approved):
            return "Group #\(group) has \(size) comments, \(approved) of them approved; at least two approved comments are needed to consider them together. Nothing changed."
        case let .considered(group, considerationGroup, joined, left):
            return "Group #\(group): \(joined) comments are considered together (consideration group \(considerationGroup))"
                + (left > 0 ? "; \(left) not approved left out" : "")
        }
    }
}

extension SimilarityText {
    static func german(_ text: SimilarityText) -> String {
        switch text {
        case .groupMark(let n): return "[\(n)×]"
        case .waveMark: return "[Welle]"
        case .filterGroup(let id): return "Gruppe #\(id)"
        case .noGroup: return "Dieser Beitrag gehört zu keiner Gruppe fast gleicher Beiträge."
        case .groupMarked(let n): return n == 1 ? "1 Beitrag der Gruppe markiert" : "\(n) Beiträge der Gruppe markiert"
        case .suggested: return "Vorschlag"
        case .pickerHints: return "Tab übernimmt den ersten ★-Vorschlag  Leertaste wählt  Enter übernimmt  Esc bricht ab"
        case .keyShowGroup: return "die Gruppe fast gleicher Beiträge zeigen (:group)"
        case .keyMarkGroup: return "die ganze Gruppe markieren"
        case .keyAcceptSuggestion: return "den ersten ★-Vorschlag übernehmen (Abschnitte zuordnen)"
        case .keyConsiderGroup: return "die Gruppe fast gleicher Beiträge gemeinsam abwägen (:consider)"
        case let .confirmConsider(group, size, approved):
            let rest = size - approved
            return "Gruppe #\(group) (\(size) Beiträge) gemeinsam abwägen? Die \(approved) freigegebenen werden eine Gruppe der Abwägung"
                + (rest > 0 ? ", \(rest) nicht freigegebene bleiben außen vor" : "") + "."
        case let .tooFewApproved(group, size, approved):
            return "Gruppe #\(group) hat \(size) Beiträge, davon \(approved) freigegeben; gemeinsam abwägen lassen sich nur mindestens zwei freigegebene. Nichts geändert."
        case let .considered(group, considerationGroup, joined, left):
            return "Gruppe #\(group): \(joined) Beiträge werden gemeinsam abgewogen (Abwägungsgruppe \(considerationGroup))"
                + (left > 0 ? "; \(left) nicht freigegebene außen vor" : "")
        }
    }
}

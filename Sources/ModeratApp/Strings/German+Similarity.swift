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
        }
    }
}

import ModeratCore
import ModeratStore

/// An audit event's detail in the UI's language: states and reasons by their labels, the
/// keys moderat writes by name; anything else (an import's, a newer moderat's) as stored.
struct AuditDetailWords {
    /// Reason labels by code, in the UI's language.
    let reasons: [String: String]
    let t: Localizer

    init(reasons: [String: String], _ t: Localizer) {
        self.reasons = reasons
        self.t = t
    }

    /// A comment state's label ("abgelehnt"), or the stored text when it is none.
    func state(_ stored: String) -> String {
        CommentState(rawValue: stored).map { t(.state($0)) } ?? stored
    }

    /// "key: value" in the UI's words.
    func pair(_ pair: (key: String, value: String)) -> String {
        switch pair.key {
        case "": return pair.value
        case "from", "to": return "\(t(.audit(.detailKey(pair.key)))): \(state(pair.value))"
        case "reason": return "\(t(.audit(.detailKey(pair.key)))): \(reasons[pair.value] ?? pair.value)"
        default: return "\(t(.audit(.detailKey(pair.key)))): \(pair.value)"
        }
    }
}

extension AppContext {
    /// The reasons' labels by code in the UI's language (the comment view, the audit view).
    func reasonLabels() throws -> [String: String] {
        let german = text.language == .de
        return Dictionary(try Setup.reasons(store.database).map { ($0.code, german ? $0.labelDE : $0.labelEN) },
                          uniquingKeysWith: { first, _ in first })
    }
}

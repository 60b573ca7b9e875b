import ModeratApp
import ModeratCore
import ModeratStore

/// What `moderat decide` says, in the language of `--lang`, config or LANG.
enum DecideText {
    case noSuchComment(Int64)
    case decided(Int64, CommentState, version: Int)
    /// A decided comment would be reversed without --force.
    case reversalRefused(id: Int64, state: CommentState, by: String?, at: String?)
    case refusal(DecisionRefusal)

    func words(_ language: Language) -> String {
        let de = language == .de
        switch self {
        case .noSuchComment(let id):
            return de ? "Beitrag \(id): gibt es nicht" : "comment \(id): no such comment"
        case let .decided(id, state, version):
            return de ? "Beitrag \(id): \(Self.stateWord(state, language)) (Version \(version))"
                : "comment \(id): \(state.rawValue) (version \(version))"
        case let .reversalRefused(id, state, by, at):
            let when = at.flatMap(Timestamps.date).map { Timestamps.short($0, now: $0.addingTimeInterval(86_400 * 2)) }
            if de {
                return "Beitrag \(id) wurde bereits" + (by.map { " von \($0)" } ?? "") + (when.map { " am \($0)" } ?? "")
                    + " \(Self.stateWord(state, language)); nichts wurde geändert (--force entscheidet neu, die alte öffentliche Antwort entfällt ohne --answer)"
            }
            return "comment \(id) was already \(state.rawValue)" + (by.map { " by \($0)" } ?? "") + (when.map { " on \($0)" } ?? "")
                + "; nothing was changed (--force decides anew; the old public answer is dropped unless --answer is given)"
        case .refusal(let refusal):
            guard de else { return refusal.description }
            switch refusal {
            case let .alreadyInState(id, state): return "Beitrag \(id) ist bereits \(Self.stateWord(state, language)); nichts wurde geändert."
            case .reasonRequired(let known): return "Ablehnen braucht einen Grund (einer von: \(known.joined(separator: ", ")))."
            case .reasonNotAllowed: return "Freigeben nimmt keinen Grund; nichts wurde geändert."
            case let .unknownReason(code, known): return "Unbekannter Grund „\(code)“. Bekannt: \(known.joined(separator: ", "))."
            }
        }
    }

    static func stateWord(_ state: CommentState, _ language: Language) -> String {
        Localizer(language)(.state(state))
    }
}

import ModeratCore

/// The audit view's words (one case of `UIText` and of `UIText.KeyHelp` leads here, so the
/// shared string files stay small); German and English below, both exhaustive.
public enum AuditText: Sendable, Equatable {
    case heading(String)
    case allEvents
    case empty
    /// The role (nil: not on the list, or removed) may not read the log.
    case notAllowed(Role?)
    case columnTime, columnActor, columnAction, columnEntity, columnDetail
    case detailTitle(Int64)
    case fieldTime, fieldActor, fieldAction, fieldEntity, fieldDetail
    case noDetail
    /// A `:` filter command did not understand its argument.
    case filterArgument(String, String)
    case noSelection
    case hints, detailHints
    case keyClear, keyFilters, keyNext, keyPrevious, headingDetail
    /// A detail key as moderat writes it ("reason"); an unknown key is shown as stored.
    case detailKey(String)

    static func german(_ text: AuditText) -> String {
        switch text {
        case .heading(let filter): return "Audit-Log, neueste zuerst: \(filter)"
        case .allEvents: return "alle Einträge"
        case .empty: return "Keine Einträge für diesen Filter."
        case .notAllowed(let role):
            guard let role else { return "Audit-Log nur für Moderation, Schriftführung und Verwaltung; Ihr Konto steht nicht in der Liste." }
            return "Das Audit-Log ist für Moderation, Schriftführung und Verwaltung, nicht für „\(German.roleName(role))“."
        case .columnTime: return "Zeit"
        case .columnActor: return "Wer"
        case .columnAction: return "Aktion"
        case .columnEntity: return "Objekt"
        case .columnDetail: return "Angaben"
        case .detailTitle(let id): return "Eintrag \(id)"
        case .fieldTime: return "Zeit"
        case .fieldActor: return "Wer"
        case .fieldAction: return "Aktion"
        case .fieldEntity: return "Objekt"
        case .fieldDetail: return "Angaben"
        case .noDetail: return "(keine)"
        case let .filterArgument(name, value):
            return "Filter :\(name): „\(value)“ nicht verstanden, z. B. \(example(name, since: "1.11.2026 14:00"))"
        case .noSelection: return "Keine Zeile ausgewählt"
        case .hints: return "Enter Eintrag  :actor/:entity/:since filtern  Esc Filter aufheben  ? Hilfe"
        case .detailHints: return "j/k nächster/vorheriger Eintrag  Esc zurück  ? Hilfe"
        case .keyClear: return "Filter aufheben"
        case .keyFilters: return "Audit-Log eingrenzen: :actor Name oder Konto (leer: wer die Zeile schrieb) · :entity comment 42 (leer: Objekt der Zeile) · :since 1.11.2026 · :reset"
        case .keyNext: return "nächster (älterer) Eintrag"
        case .keyPrevious: return "vorheriger (neuerer) Eintrag"
        case .headingDetail: return "Audit-Log – Eintrag"
        case .detailKey(let key): return germanKeys[key] ?? key
        }
    }

    private static let germanKeys = ["from": "von", "to": "nach", "reason": "Grund", "version": "Version",
                                     "undoes": "macht rückgängig", "sections": "Abschnitte"]
    private static let englishKeys = ["from": "from", "to": "to", "reason": "reason", "version": "version",
                                      "undoes": "undoes", "sections": "sections"]

    /// One filter command as it is meant to be typed.
    static func example(_ name: String, since: String) -> String {
        switch name {
        case "actor": return ":actor amueller"
        case "entity": return ":entity comment 42"
        default: return ":since \(since)"
        }
    }

    static func english(_ text: AuditText) -> String {
        switch text {
        case .heading(let filter): return "Audit log, newest first: \(filter)"
        case .allEvents: return "all events"
        case .empty: return "No events for this filter."
        case .notAllowed(let role):
            guard let role else { return "The audit log is for moderators, secretaries and admins; your account is not on moderat's list." }
            return "The audit log is for moderators, secretaries and admins, not for the role “\(role.rawValue)”."
        case .columnTime: return "Time"
        case .columnActor: return "Who"
        case .columnAction: return "Action"
        case .columnEntity: return "Object"
        case .columnDetail: return "Detail"
        case .detailTitle(let id): return "Event \(id)"
        case .fieldTime: return "Time"
        case .fieldActor: return "Who"
        case .fieldAction: return "Action"
        case .fieldEntity: return "Object"
        case .fieldDetail: return "Detail"
        case .noDetail: return "(none)"
        case let .filterArgument(name, value):
            return "Filter :\(name): '\(value)' not understood, e.g. \(example(name, since: "2026-11-01 14:00"))"
        case .noSelection: return "No row selected"
        case .hints: return "Enter event  :actor/:entity/:since filter  Esc clear filter  ? help"
        case .detailHints: return "j/k next/previous event  Esc back  ? help"
        case .keyClear: return "clear the filter"
        case .keyFilters: return "narrow the audit log: :actor name or account (empty: the row's) · :entity comment 42 (empty: the row's object) · :since 2026-11-01 · :reset"
        case .keyNext: return "next (older) event"
        case .keyPrevious: return "previous (newer) event"
        case .headingDetail: return "Audit log – event"
        case .detailKey(let key): return englishKeys[key] ?? key
        }
    }
}

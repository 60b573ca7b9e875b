import ModeratCore

/// The words of the open meeting's compact header and the minutes editor's hints (issue 15,
/// the secretary's screens); one case of `MeetingsText` leads here; German and English, both
/// exhaustive.
public enum MeetingLayoutText: Sendable, Equatable {
    /// "Anwesend 13 (1 Vertretung) · entschuldigt 2 · abwesend 1"
    case attendanceCounts(present: Int, standIns: Int, excused: Int, absent: Int)
    /// "Gäste 2"
    case guestCount(Int)
    /// "beschlussfähig (13/16, nötig 9)"
    case quorumShort(represented: Int, seats: Int, needed: Int, quorate: Bool)
    /// The key that shows every name, said where the names are left out.
    case allNamesHint
    /// "nicht öffentlich" where the TOP title needs the room.
    case nonPublicShort
    case keyHeader
    case editorHints
    case keyBackKeepDraft
    case fieldStartsAt, fieldEndsAt
    /// A start or end time that is no time of day, naming the field.
    case badClock(String)
    /// What an open meeting without TOPs says in place of the list.
    case noItems
    case readerHints
    /// An action item's state when done (the day is read below the list).
    case done
    /// Roster names that contain what was typed.
    case didYouMean(String)

    static func german(_ text: MeetingLayoutText) -> String {
        switch text {
        case let .attendanceCounts(present, standIns, excused, absent):
            return "Anwesend \(present)" + (standIns > 0 ? " (\(standIns) Vertretung)" : "") + " · entschuldigt \(excused) · abwesend \(absent)"
        case .guestCount(let n): return "Gäste \(n)"
        case let .quorumShort(represented, seats, needed, quorate):
            return (quorate ? "beschlussfähig" : "NICHT beschlussfähig") + " (\(represented)/\(seats), nötig \(needed))"
        case .allNamesHint: return "i: alle Namen"
        case .nonPublicShort: return "n. ö."
        case .keyHeader: return "Kopf der Sitzung ganz (alle Namen, Gäste, nächste Sitzung) / kurz"
        case .editorHints: return "Strg-S speichern  Esc zurück (Entwurf bleibt)  Strg-E externer Editor"
        case .keyBackKeepDraft: return "zurück zur Sitzung; der Entwurf bleibt und ist im TOP markiert"
        case .fieldStartsAt: return "Beginn"
        case .fieldEndsAt: return "Ende"
        case .badClock(let field): return "\(field): keine Uhrzeit (HH:MM, leer: offen)."
        case .noItems: return "Noch keine TOPs: t legt einen an."
        case .readerHints: return "j/k ↑↓ Leertaste blättern  e schreiben  Esc zurück"
        case .done: return "erledigt"
        case .didYouMean(let names): return "Gemeint: \(names)?"
        }
    }

    static func english(_ text: MeetingLayoutText) -> String {
        switch text {
        case let .attendanceCounts(present, standIns, excused, absent):
            return "Present \(present)" + (standIns > 0 ? " (\(standIns) substitute)" : "") + " · excused \(excused) · absent \(absent)"
        case .guestCount(let n): return "guests \(n)"
        case let .quorumShort(represented, seats, needed, quorate):
            return (quorate ? "quorate" : "NOT quorate") + " (\(represented)/\(seats), \(needed) needed)"
        case .allNamesHint: return "i: all names"
        case .nonPublicShort: return "closed"
        case .keyHeader: return "the meeting's header in full (every name, guests, next meeting) / short"
        case .editorHints: return "Ctrl-S save  Esc back (draft kept)  Ctrl-E external editor"
        case .keyBackKeepDraft: return "back to the meeting; the draft stays, marked on its TOP"
        case .fieldStartsAt: return "Starts"
        case .fieldEndsAt: return "Ends"
        case .badClock(let field): return "\(field): not a time of day (HH:MM, empty: open)."
        case .noItems: return "No TOPs yet: t adds one."
        case .readerHints: return "j/k ↑↓ Space scroll  e write  Esc back"
        case .done: return "done"
        case .didYouMean(let names): return "Did you mean: \(names)?"
        }
    }
}

import ModeratCore

/// The Meetings screen's words (one case of `UIText` and of `UIText.KeyHelp` leads here, so
/// the shared string files stay small); German and English below, both exhaustive.
public enum MeetingsText: Sendable, Equatable {
    case minutesOf(String)
    case status(MinutesStatus)
    /// Start and end as HH:MM; either may be missing while the minutes are being written.
    case when(date: String, start: String?, end: String?)
    case attendance(AttendanceStatus)
    case guests, minuteTaker, nextMeeting, substitutes
    case standingInFor(String)
    case quorum(represented: Int, seats: Int, needed: Int, substitutes: Int, quorate: Bool)
    case nonPublic
    case itemSummary(decisions: Int, actions: Int)
    case editing(Int, String)
    case amending(Int, String)
    case editorFormat
    case draftSaved(String)
    case draftRestored
    case saved(Int)
    case amended(Int)
    case theirVersion(String)
    case conflictHint
    case problems(String)
    case finalized
    case amendments
    case keyOpenMeeting, keyEditItem, keyFinal, keyTakeTheirs, keyAttendance, keyBack, headingMeeting
    case attendanceMode
    case attendanceSet(String, AttendanceStatus)
    case newMeetingTitle, newItemTitle, newGuestTitle
    case fieldTitle, fieldDate, fieldPlace, fieldPublic, fieldName, fieldAffiliation
    case yes, no
    case titleNeeded, badDate, nameNeeded
    case formHints
    case meetingCreated(String), itemAdded(Int), guestAdded(String), actionDone(String)
    case keyNewMeeting, keyAddItem, keyAddGuest, keyActionDone, keyFormNext, keyFormToggle, keyFormSave, headingForm
    /// Drafts, details, substitutes, the finalise question (issue 18).
    case work(MinutesWorkText)
    /// The compact header and the editor's hints (issue 15).
    case layout(MeetingLayoutText)

    static func german(_ text: MeetingsText) -> String {
        switch text {
        case .minutesOf(let title): return "Protokoll: \(title)"
        case .status(let s): return s == .final ? "endgültig (gesperrt, Änderungen als Nachtrag)" : "Entwurf"
        case let .when(date, start?, end?): return "\(date), \(start)–\(end) Uhr"
        case let .when(date, start?, nil): return "\(date), ab \(start) Uhr"
        case let .when(date, nil, end?): return "\(date), bis \(end) Uhr"
        case let .when(date, nil, nil): return date
        case .attendance(let s): return s == .present ? "Anwesend" : s == .excused ? "Entschuldigt" : "Abwesend"
        case .guests: return "Gäste"
        case .substitutes: return "Vertretung"
        case .minuteTaker: return "Protokoll"
        case .nextMeeting: return "Nächste Sitzung"
        case .standingInFor(let name): return "für \(name)"
        case let .quorum(represented, seats, needed, substitutes, quorate):
            return (quorate ? "Beschlussfähig" : "NICHT beschlussfähig")
                + ": \(represented) von \(seats) Sitzen" + (substitutes > 0 ? " (\(substitutes) vertreten)" : "") + ", nötig \(needed)"
        case .nonPublic: return "nicht öffentlich"
        case let .itemSummary(d, a): return "\(d) Beschl. · \(a) Aufg."
        case let .editing(n, title): return "TOP \(n) bearbeiten: \(title)"
        case let .amending(n, title): return "Nachtrag zu TOP \(n): \(title)"
        case .editorFormat: return "Beschluss 10/2/1: Text (Ja/Nein/Enth.) · Aufgabe: Wer | Was | 2026-12-01"
        case .draftSaved(let time): return "Entwurf gesichert \(time)"
        case .draftRestored: return "Ihr Entwurf aus einer früheren Sitzung ist wiederhergestellt."
        case .saved(let n): return "TOP \(n) gespeichert."
        case .amended(let n): return "Nachtrag zu TOP \(n) festgehalten."
        case .theirVersion(let who): return "Inzwischen gespeicherte Fassung (\(who)):"
        case .conflictHint: return "Strg-S speichert trotzdem Ihre Fassung · Strg-R übernimmt die andere"
        case .problems(let p): return "Nicht gespeichert: \(p)"
        case .finalized: return "Das Protokoll ist endgültig und gesperrt."
        case .amendments: return "Nachträge"
        case .keyOpenMeeting: return "Sitzung öffnen"
        case .keyEditItem: return "Protokoll des TOP schreiben (endgültig: Nachtrag)"
        case .keyFinal: return "Protokoll endgültig machen"
        case .keyTakeTheirs: return "im Konflikt: die andere Fassung übernehmen"
        case .keyAttendance: return "Anwesenheit: anwesend / entschuldigt / abwesend setzen"
        case .keyBack: return "zurück zur Liste"
        case .headingMeeting: return "Sitzung"
        case .attendanceMode: return "Anwesenheit: j/k wählen · p anwesend · e entschuldigt · x abwesend · Esc fertig"
        case let .attendanceSet(name, s): return "\(name): \(german(.attendance(s)).lowercased())"
        case .newMeetingTitle: return "Neue Sitzung"
        case .newItemTitle: return "Neuer TOP"
        case .newGuestTitle: return "Gast hinzufügen"
        case .fieldTitle: return "Titel"
        case .fieldDate: return "Datum"
        case .fieldPlace: return "Ort"
        case .fieldPublic: return "Öffentlich"
        case .fieldName: return "Name"
        case .fieldAffiliation: return "Für"
        case .yes: return "ja"
        case .no: return "nein"
        case .titleNeeded: return "Der Titel fehlt."
        case .badDate: return "Das Datum ist kein Tag (JJJJ-MM-TT)."
        case .nameNeeded: return "Der Name fehlt."
        case .formHints: return "Tab nächstes Feld · Enter speichern · Esc abbrechen"
        case .meetingCreated(let title): return "Sitzung „\(title)“ angelegt, Anwesenheit aus dem Besetzungsplan (alle abwesend)."
        case .itemAdded(let n): return "TOP \(n) angelegt."
        case .guestAdded(let name): return "Gast \(name) eingetragen."
        case .actionDone(let what): return "Erledigt: \(what)"
        case .keyNewMeeting: return "neue Sitzung (Titel, Datum, Ort)"
        case .keyAddItem: return "TOP hinzufügen (Titel, öffentlich ja/nein)"
        case .keyAddGuest: return "Gast hinzufügen"
        case .keyActionDone: return "Aufgabe als erledigt markieren"
        case .keyFormNext: return "nächstes / voriges Feld"
        case .keyFormToggle: return "öffentlich ja / nein"
        case .keyFormSave: return "speichern (nur ohne Fehler)"
        case .headingForm: return "Sitzungsformulare"
        case .work(let w): return MinutesWorkText.german(w)
        case .layout(let l): return MeetingLayoutText.german(l)
        }
    }

    static func english(_ text: MeetingsText) -> String {
        switch text {
        case .minutesOf(let title): return "Minutes: \(title)"
        case .status(let s): return s == .final ? "final (locked; changes are amendments)" : "draft"
        case let .when(date, start?, end?): return "\(date), \(start)–\(end)"
        case let .when(date, start?, nil): return "\(date), from \(start)"
        case let .when(date, nil, end?): return "\(date), until \(end)"
        case let .when(date, nil, nil): return date
        case .attendance(let s): return s == .present ? "Present" : s == .excused ? "Excused" : "Absent"
        case .guests: return "Guests"
        case .substitutes: return "Substitutes"
        case .minuteTaker: return "Minute-taker"
        case .nextMeeting: return "Next meeting"
        case .standingInFor(let name): return "for \(name)"
        case let .quorum(represented, seats, needed, substitutes, quorate):
            return (quorate ? "Quorate" : "NOT quorate")
                + ": \(represented) of \(seats) seats" + (substitutes > 0 ? " (\(substitutes) by substitutes)" : "") + ", \(needed) needed"
        case .nonPublic: return "not public"
        case let .itemSummary(d, a): return "\(d) dec. · \(a) act."
        case let .editing(n, title): return "Editing TOP \(n): \(title)"
        case let .amending(n, title): return "Amendment to TOP \(n): \(title)"
        case .editorFormat: return "Decision 10/2/1: text (yes/no/abstain) · Action: who | what | 2026-12-01"
        case .draftSaved(let time): return "draft saved \(time)"
        case .draftRestored: return "Your draft from an earlier session is back."
        case .saved(let n): return "TOP \(n) saved."
        case .amended(let n): return "Amendment to TOP \(n) recorded."
        case .theirVersion(let who): return "Version saved meanwhile (\(who)):"
        case .conflictHint: return "Ctrl-S saves yours anyway · Ctrl-R takes theirs"
        case .problems(let p): return "Not saved: \(p)"
        case .finalized: return "The minutes are final and locked."
        case .amendments: return "Amendments"
        case .keyOpenMeeting: return "open the meeting"
        case .keyEditItem: return "write the TOP's minutes (final: an amendment)"
        case .keyFinal: return "mark the minutes final"
        case .keyTakeTheirs: return "in a conflict: take the other version"
        case .keyAttendance: return "attendance: set present / excused / absent"
        case .keyBack: return "back to the list"
        case .headingMeeting: return "Meeting"
        case .attendanceMode: return "Attendance: j/k choose · p present · e excused · x absent · Esc done"
        case let .attendanceSet(name, s): return "\(name): \(english(.attendance(s)).lowercased())"
        case .newMeetingTitle: return "New meeting"
        case .newItemTitle: return "New TOP"
        case .newGuestTitle: return "Add a guest"
        case .fieldTitle: return "Title"
        case .fieldDate: return "Date"
        case .fieldPlace: return "Place"
        case .fieldPublic: return "Public"
        case .fieldName: return "Name"
        case .fieldAffiliation: return "For"
        case .yes: return "yes"
        case .no: return "no"
        case .titleNeeded: return "The title is missing."
        case .badDate: return "The date is not a day (YYYY-MM-DD)."
        case .nameNeeded: return "The name is missing."
        case .formHints: return "Tab next field · Enter save · Esc cancel"
        case .meetingCreated(let title): return "Meeting “\(title)” created; attendance from the roster (all absent)."
        case .itemAdded(let n): return "TOP \(n) added."
        case .guestAdded(let name): return "Guest \(name) added."
        case .actionDone(let what): return "Done: \(what)"
        case .keyNewMeeting: return "new meeting (title, date, place)"
        case .keyAddItem: return "add a TOP (title, public yes/no)"
        case .keyAddGuest: return "add a guest"
        case .keyActionDone: return "mark the action item done"
        case .keyFormNext: return "next / previous field"
        case .keyFormToggle: return "public yes / no"
        case .keyFormSave: return "save (only without problems)"
        case .headingForm: return "Meeting forms"
        case .work(let w): return MinutesWorkText.english(w)
        case .layout(let l): return MeetingLayoutText.english(l)
        }
    }
}

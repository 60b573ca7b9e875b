import ModeratStore

/// The words of issue 18's minutes work (drafts, details, substitutes, the finalise
/// question), one case of `MeetingsText` leads here; German and English, both exhaustive.
public enum MinutesWorkText: Sendable, Equatable {
    case draftOf(String)
    case draftMark(time: String, who: String)
    case draftRestoredAt(String)
    case leftEditor(Int)
    case openDrafts(String)
    case confirmDiscard(Int, String)
    case discarded(Int)
    case draftKept(Int)
    case noDraft(Int)
    case enterHint(Int)
    /// The finalise question and its concerns (issue 17's second round).
    case finalize(FinalizeText)
    case moreBelow(Int)
    case searchPrompt
    case notFound(String)
    case detailsTitle, substituteTitle, arrivalTitle
    case fieldChair, fieldMinuteTaker, fieldPrevious, fieldNextDate, fieldNextTime, fieldNextPlace, fieldQuorumNote,
         fieldNotes, fieldSignaturePlace, fieldSignatureDate, fieldDistribution, fieldAttachments, fieldSubstitute,
         fieldAbsentee, fieldArrivedAt, fieldLeftAfter
    /// Said in the form's foot while a field that holds a list has the focus.
    case listFieldHint
    case approval(PreviousMinutesApproval?)
    /// The details form saved, with the meeting's title.
    case detailsSaved(String)
    case substituteSaved(String, String), arrivalSaved(String)
    case noSuchMember(String)
    case notANumber
    case keyDetails, keyDiscard, keySubstitute, keyArrival, keyUndo, keyRedo, keySearch, keyReopen
    case attendanceMode
    case overdue, open, doneOn(String)
    case actionsHeading(open: Int, overdue: Int)

    static func german(_ text: MinutesWorkText) -> String {
        switch text {
        case .draftOf(let time): return "Entwurf \(time)"
        case let .draftMark(time, who): return "Entwurf \(time) \(who)"
        case .draftRestoredAt(let time): return "Entwurf von \(time) wiederhergestellt."
        case .leftEditor(let n): return "Entwurf zu TOP \(n) gesichert, in der Liste markiert (D verwirft ihn)."
        case .openDrafts(let list): return "Offene Entwürfe: \(list). Erst speichern oder verwerfen (D)."
        case let .confirmDiscard(n, who): return "Entwurf zu TOP \(n) (\(who)) verwerfen?"
        case .discarded(let n): return "Entwurf zu TOP \(n) verworfen."
        case .draftKept(let n): return "Entwurf zu TOP \(n) behalten."
        case .noDraft(let n): return "TOP \(n) hat keinen Entwurf."
        case .enterHint(let n): return "e schreibt das Protokoll zu TOP \(n)."
        case .finalize(let f): return FinalizeText.german(f)
        case .moreBelow(let n): return "▼ \(n) weitere"
        case .searchPrompt: return "Suchen: "
        case .notFound(let term): return "„\(term)“ nicht gefunden."
        case .detailsTitle: return "Kopfdaten und Abschluss des Protokolls"
        case .substituteTitle: return "Vertretung eintragen"
        case .arrivalTitle: return "Später gekommen / früher gegangen"
        case .fieldChair: return "Leitung"
        case .fieldMinuteTaker: return "Protokoll"
        case .fieldPrevious: return "Vorprotokoll"
        case .fieldNextDate: return "Nächste am"
        case .fieldNextTime: return "um (HH:MM)"
        case .fieldNextPlace: return "in"
        case .fieldQuorumNote: return "Anm. Quorum"
        case .fieldNotes: return "Intern"
        case .fieldSignaturePlace: return "Unterz. Ort"
        case .fieldSignatureDate: return "Unterz. Tag"
        case .fieldDistribution: return "Verteiler"
        case .fieldAttachments: return "Anlagen"
        case .fieldSubstitute: return "Wer"
        case .fieldAbsentee: return "vertritt"
        case .fieldArrivedAt: return "ab TOP"
        case .fieldLeftAfter: return "bis TOP"
        case .listFieldHint: return "; trennt Einträge"
        case .approval(let a):
            switch a {
            case nil: return "nicht erfasst"
            case .approved?: return "genehmigt"
            case .amended?: return "mit Änderungen genehmigt"
            case .notApproved?: return "nicht genehmigt"
            case PreviousMinutesApproval.none?: return "entfällt"
            }
        case .detailsSaved(let meeting): return "Kopfdaten gespeichert: „\(meeting)“"
        case let .substituteSaved(who, whom): return "\(who) vertritt \(whom)."
        case .arrivalSaved(let who): return "Zeiten von \(who) gespeichert."
        case .noSuchMember(let name): return "Kein Mitglied heißt „\(name)“."
        case .notANumber: return "TOP-Nummern sind Zahlen (leer: keine)."
        case .keyDetails: return "Kopfdaten: Beginn und Ende, Leitung, Vorprotokoll, nächste Sitzung, Unterschrift, Verteiler, Anlagen"
        case .keyDiscard: return "Entwurf des TOP verwerfen (mit Rückfrage)"
        case .keySubstitute: return "in der Anwesenheit: Vertretung eintragen"
        case .keyArrival: return "in der Anwesenheit: später gekommen / früher gegangen"
        case .keyUndo: return "im Editor: rückgängig"
        case .keyRedo: return "im Editor: wiederholen"
        case .keySearch: return "im Editor: suchen (Enter: weiter)"
        case .keyReopen: return "Aufgabe wieder öffnen"
        case .attendanceMode: return "Anwesenheit: p anwesend · e entschuldigt · x abwesend · v Vertretung · z Zeiten · Esc zurück"
        case .overdue: return "überfällig"
        case .open: return "offen"
        case .doneOn(let day): return "erledigt \(day)"
        case let .actionsHeading(open, overdue): return ": \(open), davon \(overdue) überfällig; erledigte darunter"
        }
    }

    static func english(_ text: MinutesWorkText) -> String {
        switch text {
        case .draftOf(let time): return "draft \(time)"
        case let .draftMark(time, who): return "draft \(time) \(who)"
        case .draftRestoredAt(let time): return "Draft of \(time) restored."
        case .leftEditor(let n): return "Draft of TOP \(n) kept, marked in the list (D discards it)."
        case .openDrafts(let list): return "Open drafts: \(list). Save or discard (D) them first."
        case let .confirmDiscard(n, who): return "Discard the draft of TOP \(n) (\(who))?"
        case .discarded(let n): return "Draft of TOP \(n) discarded."
        case .draftKept(let n): return "Draft of TOP \(n) kept."
        case .noDraft(let n): return "TOP \(n) has no draft."
        case .enterHint(let n): return "e writes the minutes of TOP \(n)."
        case .finalize(let f): return FinalizeText.english(f)
        case .moreBelow(let n): return "▼ \(n) more"
        case .searchPrompt: return "Find: "
        case .notFound(let term): return "“\(term)” not found."
        case .detailsTitle: return "Minutes details"
        case .substituteTitle: return "Record a substitute"
        case .arrivalTitle: return "Arrived late / left early"
        case .fieldChair: return "Chair"
        case .fieldMinuteTaker: return "Minutes by"
        case .fieldPrevious: return "Prev. minutes"
        case .fieldNextDate: return "Next on"
        case .fieldNextTime: return "at (HH:MM)"
        case .fieldNextPlace: return "in"
        case .fieldQuorumNote: return "Quorum note"
        case .fieldNotes: return "Internal"
        case .fieldSignaturePlace: return "Signed at"
        case .fieldSignatureDate: return "Signed on"
        case .fieldDistribution: return "Distribution"
        case .fieldAttachments: return "Attachments"
        case .fieldSubstitute: return "Who"
        case .fieldAbsentee: return "stands in for"
        case .fieldArrivedAt: return "from TOP"
        case .fieldLeftAfter: return "until TOP"
        case .listFieldHint: return "; separates entries"
        case .approval(let a):
            switch a {
            case nil: return "not recorded"
            case .approved?: return "approved"
            case .amended?: return "approved with changes"
            case .notApproved?: return "not approved"
            case PreviousMinutesApproval.none?: return "none"
            }
        case .detailsSaved(let meeting): return "Details saved: “\(meeting)”"
        case let .substituteSaved(who, whom): return "\(who) stands in for \(whom)."
        case .arrivalSaved(let who): return "Times of \(who) saved."
        case .noSuchMember(let name): return "No member is called “\(name)”."
        case .notANumber: return "TOP numbers are numbers (empty: none)."
        case .keyDetails: return "details: start and end, chair, previous minutes, next meeting, signature, distribution, attachments"
        case .keyDiscard: return "discard the TOP's draft (asks first)"
        case .keySubstitute: return "in attendance: record a substitute"
        case .keyArrival: return "in attendance: arrived late / left early"
        case .keyUndo: return "in the editor: undo"
        case .keyRedo: return "in the editor: redo"
        case .keySearch: return "in the editor: find (Enter: next)"
        case .keyReopen: return "reopen the action item"
        case .attendanceMode: return "Attendance: p present · e excused · x absent · v substitute · z times · Esc back"
        case .overdue: return "overdue"
        case .open: return "open"
        case .doneOn(let day): return "done \(day)"
        case let .actionsHeading(open, overdue): return ": \(open), \(overdue) of them overdue; done ones below"
        }
    }
}

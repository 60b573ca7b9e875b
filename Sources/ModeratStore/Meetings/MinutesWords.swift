import ModeratCore

/// The exported minutes' words in German or English.
struct MinutesWords {
    let german: Bool

    var title: String { german ? "Ergebnisprotokoll" : "Results minutes" }
    var draft: String { german ? "Status: Entwurf" : "Status: draft" }
    var final: String { german ? "Status: endgültig" : "Status: final" }
    var body: String { german ? "Gremium" : "Body" }
    var session: String { german ? "Sitzung" : "Session" }
    var publicSession: String { german ? "öffentlich" : "public" }
    var nonPublicSession: String { german ? "nicht öffentlich" : "not public" }
    var date: String { german ? "Datum" : "Date" }
    var place: String { german ? "Ort" : "Place" }
    var start: String { german ? "Beginn" : "Start" }
    var end: String { german ? "Ende" : "End" }
    var chair: String { german ? "Sitzungsleitung" : "Chair" }
    var minuteTaker: String { german ? "Protokollführung" : "Minute-taker" }
    var attendance: String { german ? "Anwesenheit" : "Attendance" }
    var guests: String { german ? "Gäste" : "Guests" }
    var standingInFor: String { german ? "in Vertretung für" : "standing in for" }
    var fromTop: String { german ? "ab TOP" : "from TOP" }
    var untilTop: String { german ? "bis TOP" : "until TOP" }
    var arrived: String { german ? "Hinzugekommen" : "Arrived" }
    var left: String { german ? "Nach diesem TOP gegangen" : "Left after this item" }
    var quorum: String { german ? "Beschlussfähigkeit" : "Quorum" }
    var note: String { german ? "Anmerkung" : "Note" }
    var agenda: String { german ? "Tagesordnung" : "Agenda" }
    var nonPublic: String { german ? "nicht öffentlich" : "not public" }
    var nonPublicLeftOut: String {
        german ? "Der nicht öffentliche Teil ist in dieser Fassung nicht enthalten." : "The non-public part is not included in this version."
    }
    var decision: String { german ? "Beschluss Nr." : "Decision no." }
    var action: String { german ? "Aufgabe" : "Action" }
    var due: String { german ? "bis" : "by" }
    var done: String { german ? "erledigt am" : "done on" }
    var amendments: String { german ? "Änderungen" : "Amendments" }
    var amendmentAt: String { german ? "Nachtrag vom" : "Amendment of" }
    var toTop: String { german ? "zu TOP" : "to TOP" }
    var privateNotes: String { german ? "Interne Notizen (nicht zur Veröffentlichung)" : "Private notes (not for publication)" }
    var nextMeeting: String { german ? "Nächste Sitzung" : "Next meeting" }
    var notSet: String { german ? "noch nicht festgelegt" : "not set yet" }
    var attachments: String { german ? "Anlagen" : "Attachments" }
    var distribution: String { german ? "Verteiler" : "Distribution" }
    var signatures: String { german ? "Unterschriften" : "Signatures" }
    var placeAndDate: String { german ? "Ort, Datum" : "Place, date" }
    var signedChair: String { german ? "Vorsitz" : "Chair" }
    var signedMinuteTaker: String { german ? "Protokollführung" : "Minute-taker" }

    func status(_ status: AttendanceStatus) -> String {
        switch status {
        case .present: return german ? "Anwesend" : "Present"
        case .excused: return german ? "Entschuldigt" : "Excused"
        case .absent: return german ? "Abwesend" : "Absent"
        }
    }

    func previous(_ approval: PreviousMinutesApproval) -> String? {
        switch approval {
        case .approved: return german ? "Das Protokoll der vorigen Sitzung wurde genehmigt." : "The minutes of the previous meeting were approved."
        case .amended:
            return german ? "Das Protokoll der vorigen Sitzung wurde mit Änderungen genehmigt."
                : "The minutes of the previous meeting were approved with changes."
        case .notApproved:
            return german ? "Das Protokoll der vorigen Sitzung wurde nicht genehmigt." : "The minutes of the previous meeting were not approved."
        case .none: return nil
        }
    }

    func votes(_ v: VoteTally) -> String {
        german ? "Ja \(v.yes), Nein \(v.no), Enthaltung \(v.abstain)" : "yes \(v.yes), no \(v.no), abstain \(v.abstain)"
    }

    /// "einstimmig angenommen", "mit 9:3:2 angenommen", "abgelehnt"; nil for a matter noted
    /// without a vote.
    func outcome(_ d: AgendaMinutes.Decision) -> String? {
        guard let outcome = d.outcome else { return nil }
        let word = outcome == .adopted ? (german ? "angenommen" : "adopted") : (german ? "abgelehnt" : "rejected")
        if d.unanimous { return german ? "einstimmig \(word)" : "\(word) unanimously" }
        guard let v = d.votes else { return word }
        return german ? "mit \(v.yes):\(v.no):\(v.abstain) \(word)" : "\(word) \(v.yes):\(v.no):\(v.abstain)"
    }

    /// "Beschluss Nr. 2: text – mit 3:10:1 abgelehnt (Ja 3, Nein 10, Enthaltung 1)".
    func decisionLine(_ d: AgendaMinutes.Decision, number: Int) -> String {
        var line = "\(decision) \(number): \(d.text)"
        if let outcome = outcome(d) { line += " – \(outcome)" }
        if let v = d.votes { line += " (\(votes(v)))" }
        return line
    }

    func quorumLine(_ q: Quorum) -> String {
        var notes: [String] = []
        if q.vacant > 0 { notes.append(german ? "\(q.vacant) unbesetzt" : "\(q.vacant) vacant") }
        if q.substitutes > 0 { notes.append(german ? "\(q.substitutes) durch Vertretung" : "\(q.substitutes) by substitutes") }
        let extra = notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"
        if german {
            return (q.isQuorate ? "Beschlussfähig" : "Nicht beschlussfähig")
                + ": \(q.represented) von \(q.seats) Sitzen anwesend oder vertreten\(extra); erforderlich sind \(q.needed)."
        }
        return (q.isQuorate ? "Quorate" : "Not quorate")
            + ": \(q.represented) of \(q.seats) seats present or represented\(extra); \(q.needed) needed."
    }
}

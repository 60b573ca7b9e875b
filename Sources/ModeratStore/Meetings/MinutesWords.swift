import ModeratCore

/// The exported minutes' words in German or English.
struct MinutesWords {
    let german: Bool

    var title: String { german ? "Ergebnisprotokoll" : "Results minutes" }
    var draft: String { german ? "Status: Entwurf" : "Status: draft" }
    var final: String { german ? "Status: endgültig" : "Status: final" }
    var body: String { german ? "Gremium" : "Body" }
    var date: String { german ? "Datum" : "Date" }
    var place: String { german ? "Ort" : "Place" }
    var start: String { german ? "Beginn" : "Start" }
    var end: String { german ? "Ende" : "End" }
    var minuteTaker: String { german ? "Protokoll" : "Minute-taker" }
    var attendance: String { german ? "Anwesenheit" : "Attendance" }
    var guests: String { german ? "Gäste" : "Guests" }
    var standingInFor: String { german ? "in Vertretung für" : "standing in for" }
    var quorum: String { german ? "Beschlussfähigkeit" : "Quorum" }
    var previousApproved: String {
        german ? "Das Protokoll der vorigen Sitzung wurde genehmigt." : "The minutes of the previous meeting were approved."
    }
    var previousNotApproved: String {
        german ? "Das Protokoll der vorigen Sitzung wurde nicht genehmigt." : "The minutes of the previous meeting were not approved."
    }
    var agenda: String { german ? "Tagesordnung" : "Agenda" }
    var nonPublic: String { german ? "nicht öffentlich" : "not public" }
    var nonPublicLeftOut: String {
        german ? "Der nicht öffentliche Teil ist in dieser Fassung nicht enthalten." : "The non-public part is not included in this version."
    }
    var decision: String { german ? "Beschluss" : "Decision" }
    var action: String { german ? "Aufgabe" : "Action" }
    var due: String { german ? "bis" : "by" }
    var done: String { german ? "erledigt am" : "done on" }
    var amendments: String { german ? "Änderungen" : "Amendments" }
    var toTop: String { german ? "zu TOP" : "to TOP" }
    var privateNotes: String { german ? "Interne Notizen (nicht zur Veröffentlichung)" : "Private notes (not for publication)" }
    var nextMeeting: String { german ? "Nächste Sitzung" : "Next meeting" }
    var notSet: String { german ? "noch nicht festgelegt" : "not set yet" }

    func status(_ status: AttendanceStatus) -> String {
        switch status {
        case .present: return german ? "Anwesend" : "Present"
        case .excused: return german ? "Entschuldigt" : "Excused"
        case .absent: return german ? "Abwesend" : "Absent"
        }
    }

    func votes(_ v: VoteTally) -> String {
        german ? "Ja \(v.yes), Nein \(v.no), Enthaltung \(v.abstain)" : "yes \(v.yes), no \(v.no), abstain \(v.abstain)"
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

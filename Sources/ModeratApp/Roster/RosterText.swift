import ModeratCore

/// The Roster screen's words (one case of `UIText` and of `UIText.KeyHelp` leads here, so
/// the shared string files stay small); German and English below, both exhaustive.
public enum RosterText: Sendable, Equatable {
    case readOnly
    case mayNotEdit
    case noTermOnSeat
    case substituteRow(Int)
    case endsSoon(count: Int, firstName: String, firstDay: String)
    case issue(RosterIssue)
    case addTitle(String), editTitle(String), endTitle(String)
    case fieldMember, fieldRole, fieldStarts, fieldEnds, fieldRank
    case badDate(String)
    case endBeforeStart
    case memberEmpty
    case rankNeeded
    case existingMember(String), newMember
    case formHints
    case termAdded(String), termUpdated, termEnded(String)
    case history, contact, notes, delegatedBy
    case keyAdd, keyEdit, keyEnd, headingForm, keyFormNext, keyFormRole, keyFormSave

    static func german(_ text: RosterText) -> String {
        switch text {
        case .readOnly: return "nur lesen"
        case .mayNotEdit: return "Nur die Administration darf den Beirat ändern."
        case .noTermOnSeat: return "Dieser Sitz ist unbesetzt: mit a eine Amtszeit anlegen."
        case .substituteRow(let rank): return "Nachrücker/in \(rank)"
        case let .endsSoon(count, name, day):
            return count == 1 ? "1 Amtszeit endet in 60 Tagen: \(name) am \(day)"
                : "\(count) Amtszeiten enden in 60 Tagen, zuerst \(name) am \(day)"
        case .issue(let issue): return germanIssue(issue.kind)
        case .addTitle(let seat): return "Amtszeit anlegen: \(seat)"
        case .editTitle(let seat): return "Amtszeit bearbeiten: \(seat)"
        case .endTitle(let name): return "Amtszeit beenden: \(name)"
        case .fieldMember: return "Person"
        case .fieldRole: return "Funktion"
        case .fieldStarts: return "Beginn"
        case .fieldEnds: return "Ende"
        case .fieldRank: return "Rang"
        case .badDate(let field): return "\(field): kein Datum (JJJJ-MM-TT)"
        case .endBeforeStart: return "Das Ende liegt vor dem Beginn."
        case .memberEmpty: return "Bitte einen Namen eingeben."
        case .rankNeeded: return "Rang: eine Zahl ab 1"
        case .existingMember(let name): return "vorhanden: \(name)"
        case .newMember: return "neue Person"
        case .formHints: return "Tab/↓ nächstes Feld  ←/→ Funktion  Enter speichern  Esc abbrechen"
        case .termAdded(let name): return "Amtszeit für \(name) angelegt"
        case .termUpdated: return "Amtszeit geändert"
        case .termEnded(let day): return "Amtszeit endet am \(day)"
        case .history: return "Verlauf"
        case .contact: return "Kontakt (vertraulich)"
        case .notes: return "Notizen (vertraulich)"
        case .delegatedBy: return "entsandt von"
        case .keyAdd: return "Amtszeit für den Sitz anlegen"
        case .keyEdit: return "Amtszeit des Sitzes bearbeiten"
        case .keyEnd: return "Amtszeit des Sitzes beenden"
        case .headingForm: return "Beirat – Formular"
        case .keyFormNext: return "nächstes / voriges Feld"
        case .keyFormRole: return "Funktion wechseln"
        case .keyFormSave: return "speichern (wenn alles stimmt)"
        }
    }

    static func germanIssue(_ kind: RosterIssue.Kind) -> String {
        switch kind {
        case let .groupOverfilled(group, holders, seats):
            return "\(group): \(holders) Personen besetzen Sitze, die Gruppe hat nur \(seats)"
        case let .overlappingTerms(seat, first, second, from):
            return "\(seat): Amtszeiten von \(first) und \(second) überschneiden sich ab \(from.german)"
        case let .severalInRole(role, names):
            return "Mehr als ein\(role == .chair ? " Vorsitz" : "e Stellvertretung"): \(names.joined(separator: ", "))"
        case let .substituteWithoutHolder(member, seat):
            return "\(member) rückt auf \(seat) nach, aber niemand hat den Sitz inne"
        case let .underMinimumAge(member, group, age, minAge):
            return "\(member) (\(group)) ist zu Beginn \(age) Jahre alt; Mindestalter \(minAge)"
        case let .parityBroken(group, women, men):
            return "\(group): Parität verletzt (\(women) Frauen, \(men) Männer)"
        case let .termEndsSoon(member, seat, endsOn, days):
            return "Amtszeit von \(member) (\(seat)) endet am \(endsOn.german) (in \(days) Tagen)"
        }
    }

    static func english(_ text: RosterText) -> String {
        switch text {
        case .readOnly: return "read-only"
        case .mayNotEdit: return "Only administrators may change the roster."
        case .noTermOnSeat: return "This seat is vacant: press a to add a term."
        case .substituteRow(let rank): return "Substitute \(rank)"
        case let .endsSoon(count, name, day):
            return count == 1 ? "1 term ends within 60 days: \(name) on \(day)"
                : "\(count) terms end within 60 days, first \(name) on \(day)"
        case .issue(let issue): return issue.description.prefix(1).uppercased() + issue.description.dropFirst()
        case .addTitle(let seat): return "Add a term: \(seat)"
        case .editTitle(let seat): return "Edit the term: \(seat)"
        case .endTitle(let name): return "End the term: \(name)"
        case .fieldMember: return "Person"
        case .fieldRole: return "Role"
        case .fieldStarts: return "Starts"
        case .fieldEnds: return "Ends"
        case .fieldRank: return "Rank"
        case .badDate(let field): return "\(field): not a date (YYYY-MM-DD)"
        case .endBeforeStart: return "The end is before the start."
        case .memberEmpty: return "Please enter a name."
        case .rankNeeded: return "Rank: a number from 1"
        case .existingMember(let name): return "on the roster: \(name)"
        case .newMember: return "new person"
        case .formHints: return "Tab/↓ next field  ←/→ role  Enter save  Esc cancel"
        case .termAdded(let name): return "Term added for \(name)"
        case .termUpdated: return "Term changed"
        case .termEnded(let day): return "Term ends on \(day)"
        case .history: return "History"
        case .contact: return "Contact (private)"
        case .notes: return "Notes (private)"
        case .delegatedBy: return "delegated by"
        case .keyAdd: return "add a term to the seat"
        case .keyEdit: return "edit the seat's term"
        case .keyEnd: return "end the seat's term"
        case .headingForm: return "Board – form"
        case .keyFormNext: return "next / previous field"
        case .keyFormRole: return "change the role"
        case .keyFormSave: return "save (when everything is right)"
        }
    }
}

import ModeratCore
import ModeratStore
import TerminalKit

/// The Roster screen's table: a row per seat (holder or vacancy) and per substitute, the
/// rule violations and the terms ending soon above it, a seat's history below.
enum RosterContent {
    static func build(_ record: RosterRecord, _ context: AppContext) -> (TableContent, [RosterScreen.Entry]) {
        let t = context.text
        let roster = record.roster
        let today = CalendarDay(context.now)
        let issues = RosterValidation.issues(roster, on: today)
        let errors = issues.filter { $0.severity == .error }
        let soon = issues.filter { $0.severity == .warning }
        let errorSeats = Set(errors.flatMap(\.seatIds))
        let soonSeats = Set(soon.flatMap(\.seatIds))
        // Contact details and private notes are for those who keep the roster.
        let showPrivate = context.may(.editRoster)
        var rows: [TableRow] = []
        var entries: [RosterScreen.Entry] = []
        for group in roster.groups {
            for seat in roster.orderedSeats where seat.groupId == group.id {
                let term = roster.holder(ofSeat: seat.id, on: today)
                let role: ThemeRole? = errorSeats.contains(seat.id) ? .error
                    : (term == nil || (term.map { soonSeats.contains($0.seatId) && endsSoon($0, today) } ?? false) ? .warning : nil)
                rows.append(TableRow(id: seat.id, cells: cells(group.name, seat.label, term, roster, t), role: role,
                                     detail: detail(seat, term, record, showPrivate: showPrivate, t)))
                entries.append(.seat(seat, term))
            }
            for term in roster.substitutes(ofGroup: group.id, on: today) {
                let label = t(.roster(.substituteRow(term.substituteRank ?? 0)))
                rows.append(TableRow(id: -term.id, cells: cells(group.name, label, term, roster, t),
                                     role: endsSoon(term, today) ? .warning : nil,
                                     detail: memberDetail(term, record, showPrivate: showPrivate, t)))
                entries.append(.substitute(term))
            }
        }
        var summary = errors.map { t(.roster(.issue($0))) }
        if let first = soon.first, case let .termEndsSoon(name, _, day, _) = first.kind {
            summary.append(t(.roster(.endsSoon(count: soon.count, firstName: name, firstDay: day.german))))
        }
        var heading = "\(roster.boardName) – \(t(.vacancies(roster.vacancies(on: today).count)))"
        if !context.may(.editRoster) { heading += " · " + t(.roster(.readOnly)) }
        let columns = [TableColumn(title: "", width: 24, minimum: 10), TableColumn(title: t(.column(.seat)), width: 22, minimum: 15),
                       TableColumn(title: t(.column(.member)), width: nil), TableColumn(title: t(.column(.role)), width: 14, minimum: 8),
                       TableColumn(title: t(.column(.until)), width: 10)]
        return (TableContent(heading: heading, summary: summary, columns: columns, rows: rows), entries)
    }

    static func endsSoon(_ term: RosterTerm, _ today: CalendarDay) -> Bool {
        term.endsOn.map { today.days(until: $0) <= RosterValidation.warningDays } ?? false
    }

    static func cells(_ group: String, _ label: String, _ term: RosterTerm?, _ roster: Roster, _ t: Localizer) -> [String] {
        guard let term else { return [group, label, t(.vacant), "", ""] }
        return [group, label, roster.member(term.memberId)?.name ?? "", t(.term(term.role.rawValue)), term.endsOn?.german ?? ""]
    }

    static func detail(_ seat: RosterSeat, _ term: RosterTerm?, _ record: RosterRecord, showPrivate: Bool, _ t: Localizer) -> [String] {
        var lines = term.map { memberDetail($0, record, showPrivate: showPrivate, t) } ?? []
        let history = record.roster.history(ofSeat: seat.id).filter(\.role.holdsSeat)
        if !history.isEmpty {
            lines.append(t(.roster(.history)) + ": " + history.map { past in
                "\(record.roster.member(past.memberId)?.name ?? "?") \(past.startsOn.german)–\(past.endsOn?.german ?? "")"
            }.joined(separator: "; "))
        }
        return lines
    }

    static func memberDetail(_ term: RosterTerm, _ record: RosterRecord, showPrivate: Bool, _ t: Localizer) -> [String] {
        let details = record.details[term.memberId]
        var lines = ["\(record.roster.member(term.memberId)?.name ?? "") · \(t(.term(term.role.rawValue))) · \(term.startsOn.german) – \(term.endsOn?.german ?? "")"]
        if let body = details?.delegatingBody { lines.append("\(t(.roster(.delegatedBy))): \(body)") }
        if showPrivate {
            if let contact = details?.contact { lines.append("\(t(.roster(.contact))): \(contact)") }
            if let notes = details?.notes { lines.append("\(t(.roster(.notes))): \(notes)") }
        }
        return lines
    }

    /// A new member on a delegated seat is delegated by the body the seat is named after.
    static func delegatingBody(for seatId: Int64, _ roster: Roster) -> String? {
        guard let seat = roster.seat(seatId), let group = roster.group(seat.groupId), !group.drawnByLot else { return nil }
        return seat.label
    }
}

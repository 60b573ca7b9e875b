import ModeratCore
import TerminalKit

/// The add / edit / end form of the Roster screen: its fields as text, and what the draft
/// means for the roster, checked on every key so problems show as the user types.
struct RosterForm: ScreenForm {
    enum Mode: Equatable {
        case add(RosterSeat)
        case edit(RosterTerm)
        case end(RosterTerm)
    }

    enum Field: Equatable {
        case member, role, starts, ends, rank
    }

    let mode: Mode
    var member = TextFieldState()
    var role: TermRole = .member
    var starts = TextFieldState()
    var ends = TextFieldState()
    var rank = TextFieldState()
    var focus: Field

    /// A new term on a seat: from today, for the group's term length.
    static func add(_ seat: RosterSeat, roster: Roster, today: CalendarDay) -> RosterForm {
        var form = RosterForm(mode: .add(seat), focus: .member)
        form.starts = TextFieldState(text: today.description)
        if let months = roster.group(seat.groupId)?.termMonths {
            form.ends = TextFieldState(text: today.adding(months: months).adding(days: -1).description)
        }
        return form
    }

    static func edit(_ term: RosterTerm) -> RosterForm {
        var form = RosterForm(mode: .edit(term), focus: .role)
        form.role = term.role
        form.starts = TextFieldState(text: term.startsOn.description)
        form.ends = TextFieldState(text: term.endsOn?.description ?? "")
        form.rank = TextFieldState(text: term.substituteRank.map(String.init) ?? "")
        return form
    }

    /// Ending a term: its last day, today unless the user types another.
    static func end(_ term: RosterTerm, today: CalendarDay) -> RosterForm {
        var form = RosterForm(mode: .end(term), focus: .ends)
        form.ends = TextFieldState(text: max(today, term.startsOn).description)
        return form
    }

    /// The fields the form shows, in order.
    var fields: [Field] {
        switch mode {
        case .add: return [.member, .role, .starts, .ends] + (role == .substitute ? [.rank] : [])
        case .edit: return [.role, .starts, .ends] + (role == .substitute ? [.rank] : [])
        case .end: return [.ends]
        }
    }

    mutating func handle(_ key: Key) -> FormOutcome {
        if let outcome = navigate(key) { return outcome }
        switch key {
        case .left where focus == .role: cycleRole(by: -1)
        case .right where focus == .role, .character(" ") where focus == .role: cycleRole(by: 1)
        default:
            switch focus {
            case .member: _ = member.handle(key)
            case .starts: _ = starts.handle(key)
            case .ends: _ = ends.handle(key)
            case .rank: _ = rank.handle(key)
            case .role: break
            }
        }
        return .continues
    }

    mutating func paste(_ text: String) {
        switch focus {
        case .member: member.insert(text)
        case .starts: starts.insert(text)
        case .ends: ends.insert(text)
        case .rank: rank.insert(text)
        case .role: break
        }
    }

    mutating func cycleRole(by step: Int) {
        let all = TermRole.allCases
        let index = all.firstIndex(of: role) ?? 0
        role = all[(index + step + all.count) % all.count]
    }

    /// The existing member whose name the member field spells (case and spaces aside).
    func existingMember(in roster: Roster) -> RosterMember? {
        let typed = member.text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !typed.isEmpty else { return nil }
        return roster.members.first { $0.name.lowercased() == typed }
    }

    /// The change the form describes, or the problems with what is typed (in the user's words).
    func draft(_ roster: Roster, _ t: Localizer) -> (change: RosterChange?, problems: [String]) {
        var problems: [String] = []
        func day(_ field: TextFieldState, _ label: RosterText, optional: Bool) -> CalendarDay? {
            let text = field.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty && optional { return nil }
            guard let parsed = CalendarDay(text) else { problems.append(t(.roster(.badDate(t(.roster(label)))))); return nil }
            return parsed
        }
        switch mode {
        case .end(let term):
            guard let end = day(ends, .fieldEnds, optional: false) else { return (nil, problems) }
            if end < term.startsOn { return (nil, [t(.roster(.endBeforeStart))]) }
            return (.end(termId: term.id, on: end), [])
        case .add, .edit:
            let start = day(starts, .fieldStarts, optional: false)
            let end = day(ends, .fieldEnds, optional: true)
            var rankValue: Int?
            if role == .substitute {
                rankValue = Int(rank.text.trimmingCharacters(in: .whitespaces)).flatMap { $0 >= 1 ? $0 : nil }
                if rankValue == nil { problems.append(t(.roster(.rankNeeded))) }
            }
            if case .add = mode, member.text.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(t(.roster(.memberEmpty))) }
            if let start, let end, end < start { problems.append(t(.roster(.endBeforeStart))) }
            guard problems.isEmpty, let start else { return (nil, problems) }
            switch mode {
            case .add(let seat):
                let existing = existingMember(in: roster)
                let term = RosterTerm(id: RosterChange.draftId, seatId: seat.id, memberId: existing?.id ?? RosterChange.draftId,
                                      role: role, startsOn: start, endsOn: end, substituteRank: rankValue)
                let newMember = existing == nil
                    ? RosterMember(id: RosterChange.draftId, name: member.text.trimmingCharacters(in: .whitespaces), groupId: seat.groupId)
                    : nil
                return (.add(term, newMember: newMember), [])
            case .edit(let old):
                var term = old
                term.role = role
                term.startsOn = start
                term.endsOn = end
                term.substituteRank = role == .substitute ? rankValue : nil
                return (.update(term), [])
            case .end: return (nil, problems)
            }
        }
    }

    /// Everything wrong with the draft now: what is typed, then the rules it would break.
    func problems(_ roster: Roster, today: CalendarDay, _ t: Localizer) -> [String] {
        let (change, typing) = draft(roster, t)
        guard let change else { return typing }
        return RosterValidation.newErrors(change, in: roster, on: today).map { t(.roster(.issue($0))) }
    }
}

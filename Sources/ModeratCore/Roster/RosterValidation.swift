/// The roster rules: every check a board's roster must pass on a given day, and the terms
/// that end soon. Pure, so the screen can validate a form's draft as the user types.
public enum RosterValidation {
    /// Terms ending within this many days are warnings.
    public static let warningDays = 60

    /// Every issue of `roster` on `day`, errors first, each group of checks in seat order.
    public static func issues(_ roster: Roster, on day: CalendarDay, warningDays: Int = warningDays) -> [RosterIssue] {
        let errors = overfilledGroups(roster, day) + overlaps(roster) + severalInRole(roster, day)
            + substitutesWithoutHolder(roster, day) + underAge(roster, day) + parity(roster, day)
        return errors + endingSoon(roster, day, warningDays)
    }

    /// True when no issue is an error.
    public static func isValid(_ roster: Roster, on day: CalendarDay) -> Bool {
        !issues(roster, on: day).contains { $0.severity == .error }
    }

    static func name(_ roster: Roster, _ memberId: Int64) -> String { roster.member(memberId)?.name ?? "#\(memberId)" }
    static func label(_ roster: Roster, _ seatId: Int64) -> String { roster.seat(seatId)?.label ?? "#\(seatId)" }

    static func overfilledGroups(_ roster: Roster, _ day: CalendarDay) -> [RosterIssue] {
        roster.groups.compactMap { group in
            let seats = roster.seats.filter { $0.groupId == group.id }.map(\.id)
            let holders = roster.terms.filter { seats.contains($0.seatId) && $0.role.holdsSeat && $0.isCurrent(on: day) }
            guard holders.count > group.seats else { return nil }
            return RosterIssue(.groupOverfilled(group: group.name, holders: holders.count, seats: group.seats),
                               seatIds: holders.map(\.seatId))
        }
    }

    static func overlaps(_ roster: Roster) -> [RosterIssue] {
        var found: [RosterIssue] = []
        for seat in roster.orderedSeats {
            let held = roster.history(ofSeat: seat.id).filter(\.role.holdsSeat)
            for (i, first) in held.enumerated() {
                for second in held[(i + 1)...] where first.overlaps(second) {
                    found.append(RosterIssue(.overlappingTerms(seat: seat.label, first: name(roster, first.memberId),
                                                               second: name(roster, second.memberId),
                                                               from: max(first.startsOn, second.startsOn)),
                                             seatIds: [seat.id]))
                }
            }
        }
        return found
    }

    static func severalInRole(_ roster: Roster, _ day: CalendarDay) -> [RosterIssue] {
        [TermRole.chair, .deputy].compactMap { role in
            let holders = roster.terms.filter { $0.role == role && $0.isCurrent(on: day) }
            guard holders.count > 1 else { return nil }
            return RosterIssue(.severalInRole(role: role, names: holders.map { name(roster, $0.memberId) }),
                               seatIds: holders.map(\.seatId))
        }
    }

    static func substitutesWithoutHolder(_ roster: Roster, _ day: CalendarDay) -> [RosterIssue] {
        roster.terms.filter { $0.role == .substitute && $0.isCurrent(on: day) && roster.holder(ofSeat: $0.seatId, on: day) == nil }
            .map { RosterIssue(.substituteWithoutHolder(member: name(roster, $0.memberId), seat: label(roster, $0.seatId)),
                               seatIds: [$0.seatId]) }
    }

    /// Terms that have not ended (current and future, so a recorded draw is checked too).
    static func underAge(_ roster: Roster, _ day: CalendarDay) -> [RosterIssue] {
        roster.terms.compactMap { term in
            guard term.endsOn.map({ $0 >= day }) ?? true,
                  let group = roster.group(ofSeat: term.seatId), group.drawnByLot, let minAge = group.minAge,
                  let born = roster.member(term.memberId)?.birthDate else { return nil }
            let age = born.age(on: term.startsOn)
            guard age < minAge else { return nil }
            return RosterIssue(.underMinimumAge(member: name(roster, term.memberId), group: group.name, age: age, minAge: minAge),
                               seatIds: [term.seatId])
        }
    }

    static func parity(_ roster: Roster, _ day: CalendarDay) -> [RosterIssue] {
        roster.groups.filter(\.parity).compactMap { group in
            let seats = roster.seats.filter { $0.groupId == group.id }.map(\.id)
            let genders = seats.compactMap { roster.holder(ofSeat: $0, on: day) }.compactMap { roster.member($0.memberId)?.gender }
            let women = genders.filter { $0 == .f }.count, men = genders.filter { $0 == .m }.count
            guard abs(women - men) > 1 else { return nil }
            return RosterIssue(.parityBroken(group: group.name, women: women, men: men), seatIds: seats)
        }
    }

    static func endingSoon(_ roster: Roster, _ day: CalendarDay, _ window: Int) -> [RosterIssue] {
        let order = Dictionary(uniqueKeysWithValues: roster.orderedSeats.enumerated().map { ($1.id, $0) })
        return roster.terms
            .filter { term in term.isCurrent(on: day) && term.endsOn.map { day.days(until: $0) <= window } ?? false }
            .sorted { ($0.endsOn ?? day, order[$0.seatId] ?? 0, $0.id) < ($1.endsOn ?? day, order[$1.seatId] ?? 0, $1.id) }
            .compactMap { term in
                guard let end = term.endsOn else { return nil }
                return RosterIssue(.termEndsSoon(member: name(roster, term.memberId), seat: label(roster, term.seatId),
                                                 endsOn: end, days: day.days(until: end)),
                                   seatIds: [term.seatId])
            }
    }
}

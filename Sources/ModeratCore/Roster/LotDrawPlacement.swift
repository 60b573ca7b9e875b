/// Where a draw's winners sit: members on the group's seats that are free when the new
/// term starts (in seat order), substitutes ranked 1, 2, … on the drawn seats in turn (the
/// schema ties every term to a seat). Terms run for the group's term length.
public struct LotDrawPlacement: Equatable, Sendable {
    /// One new term for one applicant.
    public struct Placement: Equatable, Sendable {
        public var applicant: Applicant
        public var term: RosterTerm
    }

    public var members: [Placement]
    public var substitutes: [Placement]

    /// Why the winners cannot be seated.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case notEnoughFreeSeats(group: String, free: Int, wanted: Int, from: CalendarDay)
        case notADrawnGroup(String)

        public var description: String {
            switch self {
            case let .notEnoughFreeSeats(group, free, wanted, from):
                return "\(group) has \(free) seats free from \(from) on, but \(wanted) are to be drawn"
            case let .notADrawnGroup(group):
                return "\(group) is not a group whose seats are drawn by lot"
            }
        }
    }

    /// The day a draw's terms start by default: the day after the group's current terms
    /// end (the draw for the next term), or `today` when a seat is open-ended or vacant.
    public static func defaultStart(_ roster: Roster, group: SeatGroupRule, today: CalendarDay) -> CalendarDay {
        let seats = roster.seats.filter { $0.groupId == group.id }
        let ends = seats.map { roster.holder(ofSeat: $0.id, on: today)?.endsOn }
        guard !ends.isEmpty, ends.allSatisfy({ $0 != nil }) else { return today }
        let latest = ends.compactMap { $0 }.max() ?? today
        return max(today, latest.adding(days: 1))
    }

    /// Seats the winners of `result` on `group`'s seats from `start` on.
    public static func place(_ result: LotDrawResult, in roster: Roster, group: SeatGroupRule, start: CalendarDay) throws -> LotDrawPlacement {
        guard group.drawnByLot else { throw Failure.notADrawnGroup(group.name) }
        let end = group.termMonths.map { start.adding(months: $0).adding(days: -1) }
        let probe = RosterTerm(id: 0, seatId: 0, memberId: 0, role: .member, startsOn: start, endsOn: end)
        let groupSeats = roster.seats.filter { $0.groupId == group.id }.sorted { $0.ordinal < $1.ordinal }
        let free = groupSeats.filter { seat in
            !roster.terms.contains { $0.seatId == seat.id && $0.role.holdsSeat && $0.overlaps(probe) }
        }
        guard free.count >= result.members.count else {
            throw Failure.notEnoughFreeSeats(group: group.name, free: free.count, wanted: result.members.count, from: start)
        }
        let members = zip(result.members, free).map { applicant, seat in
            Placement(applicant: applicant, term: RosterTerm(id: 0, seatId: seat.id, memberId: 0, role: .member, startsOn: start, endsOn: end))
        }
        // Substitutes stand in for the drawn seats; a draw of substitutes only uses all seats.
        let substituteSeats = members.isEmpty ? groupSeats : Array(free.prefix(members.count))
        let substitutes = result.substitutes.enumerated().compactMap { rank, applicant -> Placement? in
            guard !substituteSeats.isEmpty else { return nil }
            let seat = substituteSeats[rank % substituteSeats.count]
            return Placement(applicant: applicant, term: RosterTerm(id: 0, seatId: seat.id, memberId: 0, role: .substitute,
                                                                    startsOn: start, endsOn: end, substituteRank: rank + 1))
        }
        return LotDrawPlacement(members: members, substitutes: substitutes)
    }
}

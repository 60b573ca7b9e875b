/// A role on the board, as stored in `term.role`.
public enum TermRole: String, CaseIterable, Sendable, Codable {
    case chair, deputy, member, substitute

    /// True for the roles that hold a seat (everyone but a substitute).
    public var holdsSeat: Bool { self != .substitute }
}

/// Gender as the roster stores it: f, m or d (divers); parity counts f and m.
public enum Gender: String, CaseIterable, Sendable, Codable {
    case f, m, d
}

/// A seat group's rules: how many seats, how long a term runs, whether seats are drawn by
/// lot, whether drawn seats must keep gender parity, and a minimum age.
public struct SeatGroupRule: Equatable, Sendable {
    public var id: Int64
    public var slug: String
    public var name: String
    public var seats: Int
    public var termMonths: Int?
    public var drawnByLot: Bool
    public var parity: Bool
    public var minAge: Int?

    public init(id: Int64, slug: String, name: String, seats: Int, termMonths: Int? = nil,
                drawnByLot: Bool = false, parity: Bool = false, minAge: Int? = nil) {
        self.id = id
        self.slug = slug
        self.name = name
        self.seats = seats
        self.termMonths = termMonths
        self.drawnByLot = drawnByLot
        self.parity = parity
        self.minAge = minAge
    }
}

/// One seat of a group.
public struct RosterSeat: Equatable, Sendable {
    public var id: Int64
    public var groupId: Int64
    public var ordinal: Int
    public var label: String

    public init(id: Int64, groupId: Int64, ordinal: Int, label: String) {
        self.id = id
        self.groupId = groupId
        self.ordinal = ordinal
        self.label = label
    }
}

/// A person on the roster, with what the rules need (contact details stay in the store).
public struct RosterMember: Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var groupId: Int64?
    public var birthDate: CalendarDay?
    public var gender: Gender?

    public init(id: Int64, name: String, groupId: Int64? = nil, birthDate: CalendarDay? = nil, gender: Gender? = nil) {
        self.id = id
        self.name = name
        self.groupId = groupId
        self.birthDate = birthDate
        self.gender = gender
    }
}

/// Who held (or holds, or will hold) a seat in which role from when to when; `endsOn` nil
/// means open-ended. Both days are inclusive.
public struct RosterTerm: Equatable, Sendable {
    public var id: Int64
    public var seatId: Int64
    public var memberId: Int64
    public var role: TermRole
    public var startsOn: CalendarDay
    public var endsOn: CalendarDay?
    public var substituteRank: Int?

    public init(id: Int64, seatId: Int64, memberId: Int64, role: TermRole, startsOn: CalendarDay,
                endsOn: CalendarDay? = nil, substituteRank: Int? = nil) {
        self.id = id
        self.seatId = seatId
        self.memberId = memberId
        self.role = role
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.substituteRank = substituteRank
    }

    /// True when the term runs on `day`.
    public func isCurrent(on day: CalendarDay) -> Bool {
        startsOn <= day && (endsOn.map { day <= $0 } ?? true)
    }

    /// True when the two terms share at least one day.
    public func overlaps(_ other: RosterTerm) -> Bool {
        let endA = endsOn ?? CalendarDay(ordinal: Int.max / 2)
        let endB = other.endsOn ?? CalendarDay(ordinal: Int.max / 2)
        return startsOn <= endB && other.startsOn <= endA
    }
}

/// One board's whole roster: the rules, the seats, the people and every term ever recorded.
public struct Roster: Equatable, Sendable {
    public var boardSlug: String
    public var boardName: String
    public var groups: [SeatGroupRule]
    public var seats: [RosterSeat]
    public var members: [RosterMember]
    public var terms: [RosterTerm]

    public init(boardSlug: String, boardName: String, groups: [SeatGroupRule], seats: [RosterSeat],
                members: [RosterMember], terms: [RosterTerm]) {
        self.boardSlug = boardSlug
        self.boardName = boardName
        self.groups = groups
        self.seats = seats
        self.members = members
        self.terms = terms
    }

    public func group(_ id: Int64) -> SeatGroupRule? { groups.first { $0.id == id } }
    public func seat(_ id: Int64) -> RosterSeat? { seats.first { $0.id == id } }
    public func member(_ id: Int64) -> RosterMember? { members.first { $0.id == id } }

    /// The group a term's seat belongs to.
    public func group(ofSeat seatId: Int64) -> SeatGroupRule? { seat(seatId).flatMap { group($0.groupId) } }

    /// The seat-holding term (not a substitute) of a seat on a day, if any.
    public func holder(ofSeat seatId: Int64, on day: CalendarDay) -> RosterTerm? {
        terms.first { $0.seatId == seatId && $0.role.holdsSeat && $0.isCurrent(on: day) }
    }

    /// The current substitutes of a group in rank order.
    public func substitutes(ofGroup groupId: Int64, on day: CalendarDay) -> [RosterTerm] {
        let seatIds = Set(seats.filter { $0.groupId == groupId }.map(\.id))
        return terms.filter { seatIds.contains($0.seatId) && $0.role == .substitute && $0.isCurrent(on: day) }
            .sorted { ($0.substituteRank ?? Int.max, $0.id) < ($1.substituteRank ?? Int.max, $1.id) }
    }

    /// Every term of a seat, oldest first: the seat's history.
    public func history(ofSeat seatId: Int64) -> [RosterTerm] {
        terms.filter { $0.seatId == seatId }.sorted { ($0.startsOn, $0.id) < ($1.startsOn, $1.id) }
    }

    /// Seats of the board in group order, then seat order.
    public var orderedSeats: [RosterSeat] {
        let groupOrder = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1.id, $0) })
        return seats.sorted { (groupOrder[$0.groupId] ?? Int.max, $0.ordinal) < (groupOrder[$1.groupId] ?? Int.max, $1.ordinal) }
    }

    /// Seats without a holder on a day.
    public func vacancies(on day: CalendarDay) -> [RosterSeat] {
        orderedSeats.filter { holder(ofSeat: $0.id, on: day) == nil }
    }
}

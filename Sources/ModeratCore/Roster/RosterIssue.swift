/// Something wrong (or soon to need attention) on a roster, with the parts a message needs
/// and the seats it concerns, so screens can mark them and say it in their language.
public struct RosterIssue: Equatable, Sendable, CustomStringConvertible {
    /// Errors make a roster invalid (`moderat roster check` exits 1); warnings do not.
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// What is wrong, with names and numbers.
    public enum Kind: Equatable, Sendable {
        /// More people hold seats in the group than it has seats.
        case groupOverfilled(group: String, holders: Int, seats: Int)
        /// Two seat-holding terms on one seat share days (from `from` on).
        case overlappingTerms(seat: String, first: String, second: String, from: CalendarDay)
        /// More than one current chair (or deputy chair).
        case severalInRole(role: TermRole, names: [String])
        /// A current substitute on a seat that nobody holds.
        case substituteWithoutHolder(member: String, seat: String)
        /// A member of a drawn group younger than the group's minimum age when the term starts.
        case underMinimumAge(member: String, group: String, age: Int, minAge: Int)
        /// Women and men among a parity group's holders differ by more than one.
        case parityBroken(group: String, women: Int, men: Int)
        /// A term ends within the warning window.
        case termEndsSoon(member: String, seat: String, endsOn: CalendarDay, days: Int)
    }

    public var kind: Kind
    public var seatIds: [Int64]

    public init(_ kind: Kind, seatIds: [Int64]) {
        self.kind = kind
        self.seatIds = seatIds
    }

    public var severity: Severity {
        if case .termEndsSoon = kind { return .warning }
        return .error
    }

    /// The English message (the command line speaks English, like its other messages).
    public var description: String {
        switch kind {
        case let .groupOverfilled(group, holders, seats):
            return "\(group): \(holders) people hold seats, but the group has only \(seats)"
        case let .overlappingTerms(seat, first, second, from):
            return "\(seat): the terms of \(first) and \(second) overlap from \(from) on"
        case let .severalInRole(role, names):
            let word = role == .chair ? "chair" : "deputy chair"
            return "more than one \(word): \(names.joined(separator: ", "))"
        case let .substituteWithoutHolder(member, seat):
            return "\(member) is substitute on \(seat), but nobody holds that seat to stand in for"
        case let .underMinimumAge(member, group, age, minAge):
            return "\(member) (\(group)) is \(age) at the start of the term; the minimum age is \(minAge)"
        case let .parityBroken(group, women, men):
            return "\(group): parity broken, \(women) women and \(men) men hold the drawn seats"
        case let .termEndsSoon(member, seat, endsOn, days):
            return "the term of \(member) on \(seat) ends on \(endsOn) (in \(days) days)"
        }
    }
}

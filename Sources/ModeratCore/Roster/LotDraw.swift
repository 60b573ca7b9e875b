/// A person who applied for a drawn seat. `line` is where they stand in the applicant
/// file; `privateData` is every further column (contact details), never shown publicly.
public struct Applicant: Equatable, Sendable {
    public var line: Int
    public var name: String
    public var birthDate: CalendarDay
    public var gender: Gender
    public var privateData: String

    public init(line: Int, name: String, birthDate: CalendarDay, gender: Gender, privateData: String = "") {
        self.line = line
        self.name = name
        self.birthDate = birthDate
        self.gender = gender
        self.privateData = privateData
    }
}

/// What to draw: how many members and substitutes, under which rules, on which day
/// (ages count on that day), from which seed.
public struct LotDrawRequest: Equatable, Sendable {
    public var seats: Int
    public var substitutes: Int
    public var parity: Bool
    public var minAge: Int?
    public var day: CalendarDay
    public var seed: UInt64

    public init(seats: Int, substitutes: Int, parity: Bool, minAge: Int?, day: CalendarDay, seed: UInt64) {
        self.seats = seats
        self.substitutes = substitutes
        self.parity = parity
        self.minAge = minAge
        self.day = day
        self.seed = seed
    }
}

/// The outcome: members in seat order, substitutes in rank order, and who could not be drawn.
public struct LotDrawResult: Equatable, Sendable {
    public var members: [Applicant]
    public var substitutes: [Applicant]
    public var eligibleCount: Int
    public var underAge: [Applicant]
}

/// Why a draw cannot be made; nothing is drawn then.
public enum LotDrawError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooFewApplicants(needed: Int, eligible: Int, underAge: Int)
    case parityImpossible(list: String, places: Int, women: Int, men: Int, diverse: Int)
    case nothingToDraw

    public var description: String {
        switch self {
        case let .tooFewApplicants(needed, eligible, underAge):
            let excluded = underAge > 0 ? " (\(underAge) more are under the minimum age)" : ""
            return "too few applicants: \(needed) are needed (seats plus substitutes), but only \(eligible) may be drawn\(excluded)"
        case let .parityImpossible(list, places, women, men, diverse):
            return "parity cannot be kept for the \(places) \(list): the eligible applicants left are \(women) women, \(men) men and \(diverse) diverse"
        case .nothingToDraw:
            return "nothing to draw: ask for at least one seat or substitute"
        }
    }
}

/// The lot draw for resident seats. The eligible applicants (old enough on the draw day, in
/// file order) are shuffled with Fisher–Yates driven by SplitMix64 from the seed; seats are
/// filled in that order, skipping anyone whose acceptance would make parity (women and men
/// differ by at most one; diverse count for neither) impossible to reach with those left;
/// the substitutes are the next ones, chosen the same way, ranked in draw order. Same file,
/// same seed, same result: that is what makes the draw checkable.
public enum LotDraw {
    /// Names the procedure in the audit log, so a re-run uses the same one.
    public static let algorithm = "splitmix64-fisher-yates-parity-v1"

    public static func draw(_ applicants: [Applicant], _ request: LotDrawRequest) throws -> LotDrawResult {
        guard request.seats + request.substitutes > 0, request.seats >= 0, request.substitutes >= 0 else {
            throw LotDrawError.nothingToDraw
        }
        let underAge = applicants.filter { a in request.minAge.map { a.birthDate.age(on: request.day) < $0 } ?? false }
        let eligible = applicants.filter { a in request.minAge.map { a.birthDate.age(on: request.day) >= $0 } ?? true }
        let needed = request.seats + request.substitutes
        guard eligible.count >= needed else {
            throw LotDrawError.tooFewApplicants(needed: needed, eligible: eligible.count, underAge: underAge.count)
        }
        let order = shuffled(eligible, seed: request.seed)
        let (members, rest) = try pick(request.seats, from: order, parity: request.parity, list: "seats")
        let (substitutes, _) = try pick(request.substitutes, from: rest, parity: request.parity, list: "substitute places")
        return LotDrawResult(members: members, substitutes: substitutes, eligibleCount: eligible.count, underAge: underAge)
    }

    /// Fisher–Yates from the last position down, as the textbook writes it.
    public static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var generator = SplitMix64(seed: seed)
        var result = items
        guard result.count > 1 else { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            let j = Int(generator.below(UInt64(i + 1)))
            result.swapAt(i, j)
        }
        return result
    }

    /// Takes `count` from `pool` in order, honouring parity; returns them and the rest (in order).
    static func pick(_ count: Int, from pool: [Applicant], parity: Bool, list: String) throws -> ([Applicant], [Applicant]) {
        guard parity else { return (Array(pool.prefix(count)), Array(pool.dropFirst(count))) }
        func tally(_ slice: ArraySlice<Applicant>) -> (f: Int, m: Int, d: Int) {
            slice.reduce(into: (0, 0, 0)) { t, a in
                switch a.gender { case .f: t.0 += 1; case .m: t.1 += 1; case .d: t.2 += 1 }
            }
        }
        let all = tally(pool[...])
        guard feasible(women: 0, men: 0, places: count, left: all) else {
            throw LotDrawError.parityImpossible(list: list, places: count, women: all.f, men: all.m, diverse: all.d)
        }
        var chosen: [Applicant] = []
        var rest: [Applicant] = []
        var women = 0, men = 0
        for (index, applicant) in pool.enumerated() {
            guard chosen.count < count else { rest.append(applicant); continue }
            let w = women + (applicant.gender == .f ? 1 : 0), m = men + (applicant.gender == .m ? 1 : 0)
            if feasible(women: w, men: m, places: count - chosen.count - 1, left: tally(pool[(index + 1)...])) {
                chosen.append(applicant)
                women = w
                men = m
            } else {
                rest.append(applicant)
            }
        }
        return (chosen, rest)
    }

    /// Whether `places` more can be filled from those `left` so that women and men end up
    /// differing by at most one.
    static func feasible(women: Int, men: Int, places: Int, left: (f: Int, m: Int, d: Int)) -> Bool {
        guard places > 0 else { return abs(women - men) <= 1 }
        for f in 0 ... min(left.f, places) {
            for m in 0 ... min(left.m, places - f) where places - f - m <= left.d {
                if abs(women + f - men - m) <= 1 { return true }
            }
        }
        return false
    }
}

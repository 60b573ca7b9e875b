import ModeratCore
import Testing

/// A small board to break rules on: four drawn seats (parity, minimum age 14) and one
/// delegated seat, checked on 1 June 2026.
enum SmallBoard {
    static let day = CalendarDay(year: 2026, month: 6, day: 1) ?? CalendarDay(ordinal: 0)
    static func d(_ text: String) -> CalendarDay { CalendarDay(text) ?? CalendarDay(ordinal: 0) }

    static func roster(members: [(String, Gender, String)] = [("Ada", .f, "1980-01-01"), ("Ben", .m, "1975-05-05"),
                                                            ("Cem", .m, "1990-02-02"), ("Dora", .f, "1999-09-09"),
                                                            ("Emil", .m, "1960-06-06")],
                       terms: [RosterTerm]) -> Roster {
        Roster(boardSlug: "beirat", boardName: "Beirat",
               groups: [SeatGroupRule(id: 1, slug: "residents", name: "Residents", seats: 4, termMonths: 24,
                                      drawnByLot: true, parity: true, minAge: 14),
                        SeatGroupRule(id: 2, slug: "boards", name: "Boards", seats: 1)],
               seats: (1 ... 4).map { RosterSeat(id: Int64($0), groupId: 1, ordinal: $0, label: "Seat \($0)") }
                   + [RosterSeat(id: 5, groupId: 2, ordinal: 1, label: "Youth")],
               members: members.enumerated().map { i, m in
                   RosterMember(id: Int64(i + 1), name: m.0, groupId: 1, birthDate: d(m.2), gender: m.1)
               },
               terms: terms)
    }

    static func term(_ id: Int64, seat: Int64, member: Int64, _ role: TermRole = .member, from: String = "2025-01-01",
                     to: String? = "2026-12-31", rank: Int? = nil) -> RosterTerm {
        RosterTerm(id: id, seatId: seat, memberId: member, role: role, startsOn: d(from), endsOn: to.map(d), substituteRank: rank)
    }

    /// A valid board: four residents (2 f, 2 m), Ada chairs, Emil delegated.
    static var valid: Roster {
        roster(terms: [term(1, seat: 1, member: 1, .chair), term(2, seat: 2, member: 2, .deputy), term(3, seat: 3, member: 3),
                       term(4, seat: 4, member: 4), term(5, seat: 5, member: 5, to: nil)])
    }

    static func errors(_ roster: Roster) -> [RosterIssue.Kind] {
        RosterValidation.issues(roster, on: day).filter { $0.severity == .error }.map(\.kind)
    }
}

@Suite("Roster validation")
struct RosterValidationTests {
    @Test("a board that keeps every rule has no errors and no warnings far from the terms' end")
    func validBoard() {
        #expect(RosterValidation.issues(SmallBoard.valid, on: SmallBoard.day).isEmpty)
        #expect(RosterValidation.isValid(SmallBoard.valid, on: SmallBoard.day))
    }

    @Test("more people holding seats than the group has seats is an error naming the group")
    func groupOverfilled() {
        var roster = SmallBoard.valid
        roster.groups[0].seats = 3
        #expect(SmallBoard.errors(roster) == [.groupOverfilled(group: "Residents", holders: 4, seats: 3)])
        #expect(RosterValidation.issues(roster, on: SmallBoard.day)[0].description
            == "Residents: 4 people hold seats, but the group has only 3")
    }

    @Test("two terms overlapping on one seat are an error, even in the past; back to back is fine")
    func overlappingTerms() {
        var roster = SmallBoard.valid
        roster.terms[4].endsOn = SmallBoard.d("2024-12-31")
        roster.terms.append(SmallBoard.term(6, seat: 5, member: 3, from: "2025-01-01", to: nil))
        #expect(SmallBoard.errors(roster).isEmpty)
        roster.terms.append(SmallBoard.term(7, seat: 1, member: 5, from: "2024-06-01", to: "2025-01-01"))
        #expect(SmallBoard.errors(roster).contains(.overlappingTerms(seat: "Seat 1", first: "Emil", second: "Ada",
                                                                      from: SmallBoard.d("2025-01-01"))))
    }

    @Test("a second chair is an error that names both")
    func moreThanOneChair() {
        var roster = SmallBoard.valid
        roster.terms[2].role = .chair
        #expect(SmallBoard.errors(roster) == [.severalInRole(role: .chair, names: ["Ada", "Cem"])])
    }

    @Test("a substitute on a seat nobody holds has nobody to stand in for")
    func substituteWithoutHolder() {
        var roster = SmallBoard.valid
        roster.members.append(RosterMember(id: 6, name: "Fritz", groupId: 1, birthDate: SmallBoard.d("2000-01-01"), gender: .m))
        roster.terms.append(SmallBoard.term(6, seat: 4, member: 6, .substitute, rank: 1))
        #expect(SmallBoard.errors(roster).isEmpty)
        roster.terms[3].endsOn = SmallBoard.d("2026-05-31")
        #expect(SmallBoard.errors(roster).contains(.substituteWithoutHolder(member: "Fritz", seat: "Seat 4")))
    }

    @Test("a drawn member younger than the minimum age at the start of the term is an error")
    func underMinimumAge() {
        var roster = SmallBoard.valid
        roster.members[3].birthDate = SmallBoard.d("2011-01-02")  // 13 on 2025-01-01
        #expect(SmallBoard.errors(roster) == [.underMinimumAge(member: "Dora", group: "Residents", age: 13, minAge: 14)])
        roster.members[3].birthDate = SmallBoard.d("2011-01-01")  // 14 that very day
        #expect(SmallBoard.errors(roster).isEmpty)
    }

    @Test("women and men differing by more than one among drawn seats breaks parity; diverse count for neither")
    func brokenParity() {
        var roster = SmallBoard.valid
        roster.members[1].gender = .f
        #expect(SmallBoard.errors(roster) == [.parityBroken(group: "Residents", women: 3, men: 1)])
        roster.members[1].gender = .d
        #expect(SmallBoard.errors(roster).isEmpty)  // 2 f, 1 m, 1 d
    }

    @Test("terms ending within 60 days are warnings, soonest first, and do not make the roster invalid")
    func endingSoon() {
        var roster = SmallBoard.valid
        roster.terms[1].endsOn = SmallBoard.d("2026-07-31")  // 60 days
        roster.terms[0].endsOn = SmallBoard.d("2026-06-10")
        let warnings = RosterValidation.issues(roster, on: SmallBoard.day).filter { $0.severity == .warning }.map(\.kind)
        #expect(warnings == [.termEndsSoon(member: "Ada", seat: "Seat 1", endsOn: SmallBoard.d("2026-06-10"), days: 9),
                             .termEndsSoon(member: "Ben", seat: "Seat 2", endsOn: SmallBoard.d("2026-07-31"), days: 60)])
        #expect(RosterValidation.isValid(roster, on: SmallBoard.day))
    }

    @Test("a proposed change is judged by the errors it adds, not by old ones")
    func newErrorsOnly() {
        var roster = SmallBoard.valid
        roster.groups[0].seats = 3  // an old problem
        let second = RosterChange.update(SmallBoard.term(3, seat: 3, member: 3, .chair))
        #expect(RosterValidation.newErrors(second, in: roster, on: SmallBoard.day)
            == [RosterIssue(.severalInRole(role: .chair, names: ["Ada", "Cem"]), seatIds: [1, 3])])
        let harmless = RosterChange.end(termId: 5, on: SmallBoard.d("2026-12-31"))
        #expect(RosterValidation.newErrors(harmless, in: roster, on: SmallBoard.day).isEmpty)
    }
}

@Suite("Calendar days")
struct CalendarDayTests {
    @Test("days parse strictly, count across leap years and months clamp to the month's end")
    func arithmetic() {
        #expect(CalendarDay("2026-02-29") == nil)
        #expect(CalendarDay("2026-2-3") == nil)
        #expect(CalendarDay("2024-02-29")?.description == "2024-02-29")
        #expect(SmallBoard.d("2024-02-28").adding(days: 2) == SmallBoard.d("2024-03-01"))
        #expect(SmallBoard.d("2025-01-31").adding(months: 1) == SmallBoard.d("2025-02-28"))
        #expect(SmallBoard.d("2025-01-12").adding(months: 24).adding(days: -1) == SmallBoard.d("2027-01-11"))
        #expect(SmallBoard.d("2026-11-27").days(until: SmallBoard.d("2027-01-11")) == 45)
        #expect(SmallBoard.d("2012-06-02").age(on: SmallBoard.d("2026-06-01")) == 13)
        #expect(SmallBoard.d("2012-06-01").age(on: SmallBoard.d("2026-06-01")) == 14)
    }
}

import ModeratCore
import Testing

@Suite("Meetings: quorum, votes and the minutes text")
struct MeetingRulesTests {
    // Six seats, more than half needed: four.
    let holders: Set<Int64> = [1, 2, 3, 4, 5, 6]

    @Test("a substitute standing in for an excused member makes the meeting quorate")
    func substituteCompletesQuorum() {
        let without = QuorumRule.compute(seats: 6, holders: holders, attendance: [
            AttendanceEntry(memberId: 1, status: .present), AttendanceEntry(memberId: 2, status: .present),
            AttendanceEntry(memberId: 3, status: .present), AttendanceEntry(memberId: 4, status: .excused),
            AttendanceEntry(memberId: 5, status: .absent), AttendanceEntry(memberId: 6, status: .excused),
        ], fraction: 0.5)
        #expect(without.needed == 4)
        #expect(without.represented == 3)
        #expect(!without.isQuorate)

        let with = QuorumRule.compute(seats: 6, holders: holders, attendance: [
            AttendanceEntry(memberId: 1, status: .present), AttendanceEntry(memberId: 2, status: .present),
            AttendanceEntry(memberId: 3, status: .present), AttendanceEntry(memberId: 4, status: .excused),
            AttendanceEntry(memberId: 20, status: .present, standingInFor: 4),
        ], fraction: 0.5)
        #expect(with.represented == 4)
        #expect(with.substitutes == 1)
        #expect(with.isQuorate)
    }

    @Test("substitutes count once per absent member, never for someone present, never on their own")
    func substitutesDoNotDoubleCount() {
        let q = QuorumRule.compute(seats: 6, holders: holders, attendance: [
            AttendanceEntry(memberId: 1, status: .present),
            AttendanceEntry(memberId: 20, status: .present, standingInFor: 1),  // 1 is here anyway
            AttendanceEntry(memberId: 21, status: .present, standingInFor: 2),
            AttendanceEntry(memberId: 22, status: .present, standingInFor: 2),  // 2 already represented
            AttendanceEntry(memberId: 23, status: .present),                     // a substitute for nobody
            AttendanceEntry(memberId: 24, status: .excused, standingInFor: 3),   // not there
        ], fraction: 0.5)
        #expect(q.represented == 2)
        #expect(q.substitutes == 1)
    }

    @Test("vacant seats still count towards the seats the quorum is measured against")
    func vacantSeats() {
        let q = QuorumRule.compute(seats: 6, holders: [1, 2, 3, 4], attendance: (1 ... 4).map {
            AttendanceEntry(memberId: $0, status: .present)
        }, fraction: 0.5)
        #expect(q.vacant == 2)
        #expect(q.isQuorate)
        let twoThirds = QuorumRule.compute(seats: 6, holders: [1, 2, 3, 4], attendance: (1 ... 4).map {
            AttendanceEntry(memberId: $0, status: .present)
        }, fraction: 2.0 / 3.0)
        #expect(twoThirds.needed == 5)
        #expect(!twoThirds.isQuorate)
    }

    @Test("vote totals cannot exceed the voting members present")
    func voteTotals() {
        #expect(VoteTally(yes: 10, no: 2, abstain: 1).problem(voters: 13) == nil)
        #expect(VoteTally(yes: 10, no: 3, abstain: 1).problem(voters: 13) == .moreThanPresent(total: 14, voters: 13))
        #expect(VoteTally(yes: -1, no: 0, abstain: 0).problem(voters: 13) == .negative)
    }

    @Test("the minutes text reads back result, decisions with votes and action items")
    func minutesTextRoundTrip() {
        let minutes = AgendaMinutes(
            result: "Die Koordinierungsstelle berichtet.\n\nDer Beirat diskutiert.",
            decisions: [AgendaMinutes.Decision(text: "Der Beirat empfiehlt A.", votes: VoteTally(yes: 10, no: 2, abstain: 1)),
                        AgendaMinutes.Decision(text: "Zur Kenntnis genommen.")],
            actions: [AgendaMinutes.ActionItem(who: "Claudia Weber", what: "Aufruf veröffentlichen", due: CalendarDay("2026-12-01")),
                      AgendaMinutes.ActionItem(who: "Rainer Thoma", what: "Termin abstimmen")])
        let text = AgendaMinutesText.render(minutes, german: true)
        #expect(text.contains("Beschluss 10/2/1: Der Beirat empfiehlt A."))
        #expect(text.contains("Aufgabe: Claudia Weber | Aufruf veröffentlichen | 2026-12-01"))
        let parsed = AgendaMinutesText.parse(text)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.minutes == minutes)
        #expect(AgendaMinutesText.parse(AgendaMinutesText.render(minutes, german: false)).minutes == minutes)
    }

    @Test("a keyword line that does not parse is reported with its line, not guessed")
    func minutesTextProblems() {
        let parsed = AgendaMinutesText.parse("""
            Ergebnis.
            Beschluss zehn/2/1: Text
            Aufgabe: nur wer
            Action: Weber | Plakat | bis 1.12.2026
            Beschlussfähigkeit wurde festgestellt.
            """)
        #expect(parsed.problems.map(\.line) == [2, 3])
        #expect(parsed.minutes.actions == [AgendaMinutes.ActionItem(who: "Weber", what: "Plakat", due: CalendarDay("2026-12-01"))])
        // The prose before and after the action item are two paragraphs, in their place.
        #expect(parsed.minutes.result == "Ergebnis.\n\nBeschlussfähigkeit wurde festgestellt.")
        #expect(parsed.minutes.layout == [.text("Ergebnis."), .action(0), .text("Beschlussfähigkeit wurde festgestellt.")])
    }
}

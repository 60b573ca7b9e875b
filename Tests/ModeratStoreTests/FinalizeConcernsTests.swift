import Foundation
import ModeratCore
@testable import ModeratStore
import Testing

/// The one rule for what finalising asks about: what a reader of the published minutes would
/// see missing (blank counts as missing), and a TOP has text if it holds prose, a decision or
/// an action item.
@Suite("What finalising asks about")
struct FinalizeConcernsTests {
    @Test("a blank chair, minute-taker or start counts as missing; a TOP with only a decision or only an action item has text")
    func gaps() throws {
        let f = try MeetingFixture()
        var change = MeetingDetailsChange()
        change.chair = "Helga Brenner"
        try f.secretary.updateMeetingDetails(f.meetingId, change)
        var meeting = try f.secretary.meeting(f.meetingId)
        func save(_ number: Int, _ minutes: AgendaMinutes) throws {
            let item = try #require(meeting.item(number: number))
            _ = try f.secretary.saveAgendaMinutes(item.id, minutes, expectedVersion: item.version)
        }
        try save(1, AgendaMinutes(result: "", decisions: [.init(text: "Der Beirat empfiehlt den Entwurf.", votes: VoteTally(yes: 4, no: 0, abstain: 0))]))
        try save(2, AgendaMinutes(result: "", actions: [.init(who: "Rainer Thoma", what: "Termin abstimmen", due: nil)]))
        meeting = try f.secretary.meeting(f.meetingId)
        let today = CalendarDay(Fixture.now)
        #expect(meeting.finalizeConcerns(today: today) == [.itemsWithoutText([.init(number: 3, title: "Stiftsplatz")])])

        meeting.details.chair = "  "
        meeting.minuteTaker = ""
        meeting.startsAt = nil
        meeting.endsAt = " "
        meeting.items[2].minutes = AgendaMinutes(result: " \n\n ")
        #expect(meeting.finalizeConcerns(today: today)
                == [.noChair, .noMinuteTaker, .noStartTime, .noEndTime, .itemsWithoutText([.init(number: 3, title: "Stiftsplatz")])])
        meeting.items[2].minutes = AgendaMinutes(result: "Keine Wortmeldungen.")
        meeting.details.chair = "Helga Brenner"
        meeting.minuteTaker = "Claudia Weber"
        meeting.startsAt = "2026-11-20T17:00:00Z"
        meeting.endsAt = "2026-11-20T19:15:00Z"
        #expect(meeting.finalizeConcerns(today: today) == [])
    }
}

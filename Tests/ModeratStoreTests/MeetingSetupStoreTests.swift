import Foundation
import GRDB
import ModeratCore
@testable import ModeratStore
import Testing

@Suite("Meeting setup in the store: a secretary prepares a meeting, its TOPs and guests")
struct MeetingSetupStoreTests {
    @Test("a new meeting gets draft minutes and every seat holder on that day as absent, nobody else")
    func createMeetingFromRoster() throws {
        let f = try MeetingFixture()
        // Konrad Weiß's seat changes hands on 2027-01-01: Lea Sommer holds it from then on.
        try f.fixture.insert("UPDATE term SET ends_on = '2026-12-31' WHERE member_id = ?", [f.members["Konrad Weiß"]])
        let lea = try f.fixture.insert("INSERT INTO member(name, group_id) VALUES ('Lea Sommer', 1)")
        try f.fixture.insert("""
            INSERT INTO term(seat_id, member_id, role, starts_on) SELECT seat_id, ?, 'member', '2027-01-01' FROM term WHERE member_id = ?
            """, [lea, f.members["Konrad Weiß"]])
        let id = try f.secretary.createMeeting(NewMeeting(
            boardSlug: "beirat", title: "  12. Sitzung  ", date: try #require(CalendarDay("2027-01-15")), place: "Rathaus",
            startsAt: "18:00", endsAt: "20:30", minuteTaker: "Claudia Weber"))
        let meeting = try f.secretary.meeting(id)
        #expect(meeting.title == "12. Sitzung")
        #expect(meeting.date == "2027-01-15")
        #expect(meeting.startsAt == "2027-01-15T17:00:00Z")   // 18:00 in Berlin (winter time)
        #expect(meeting.endsAt == "2027-01-15T19:30:00Z")
        #expect(meeting.minuteTaker == "Claudia Weber")
        #expect(meeting.minutes.status == .draft)
        let names = Set(meeting.attendance.map(\.name))
        #expect(names == ["Helga Brenner", "Tobias Reuter", "Rainer Thoma", "Mara Feld", "Jana Ostermann", "Lea Sommer"])
        #expect(meeting.attendance.allSatisfy { $0.status == .absent && $0.holdsSeat })
        let minutesRows = try f.fixture.database.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM minutes WHERE meeting_id = ? AND status = 'draft'", arguments: [id])
        }
        #expect(minutesRows == 1)
        let detail = try f.fixture.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit_event WHERE action = 'meeting.create'")
        }
        #expect(detail?.contains("Sitzung") == false)
        #expect(detail?.contains("\"members\"") == true)
    }

    @Test("bad input is refused before anything is written")
    func createMeetingBadInput() throws {
        let f = try MeetingFixture()
        let day = try #require(CalendarDay("2027-01-15"))
        #expect(throws: StoreError.self) { try f.secretary.createMeeting(NewMeeting(boardSlug: "beirat", title: " ", date: day)) }
        #expect(throws: StoreError.self) {
            try f.secretary.createMeeting(NewMeeting(boardSlug: "beirat", title: "T", date: day, startsAt: "25:00"))
        }
        #expect(throws: StoreError.self) {
            try f.secretary.createMeeting(NewMeeting(boardSlug: "beirat", title: "T", date: day, startsAt: "19:00", endsAt: "18:00"))
        }
        #expect(throws: StoreError.self) { try f.secretary.createMeeting(NewMeeting(boardSlug: "nope", title: "T", date: day)) }
        #expect(throws: StoreError.self) {
            try f.fixture.store("viewer").createMeeting(NewMeeting(boardSlug: "beirat", title: "T", date: day))
        }
        #expect(try f.fixture.database.meetingOverview().count == 1)
    }

    @Test("agenda items are numbered TOP 1, 2, 3 in the order they are added; guests are listed")
    func agendaAndGuests() throws {
        let f = try MeetingFixture()
        let id = try f.secretary.createMeeting(NewMeeting(boardSlug: "beirat", title: "12. Sitzung", date: try #require(CalendarDay("2027-01-15"))))
        #expect(try f.secretary.addAgendaItem(meetingId: id, title: "Begrüßung") == 1)
        #expect(try f.secretary.addAgendaItem(meetingId: id, title: "Personalangelegenheit", isPublic: false) == 2)
        #expect(try f.secretary.addAgendaItem(meetingId: id, title: "Stiftsplatz") == 3)
        try f.secretary.addGuest(meetingId: id, name: "Stefan Albers", affiliation: "Bürgerinitiative")
        let meeting = try f.secretary.meeting(id)
        #expect(meeting.items.map(\.number) == [1, 2, 3])
        #expect(meeting.items.map(\.title) == ["Begrüßung", "Personalangelegenheit", "Stiftsplatz"])
        #expect(meeting.items.map(\.isPublic) == [true, false, true])
        #expect(meeting.guests == [Guest(name: "Stefan Albers", affiliation: "Bürgerinitiative")])
        // The new TOP can be written like any other.
        try f.secretary.saveAgendaMinutes(meeting.items[2].id, AgendaMinutes(result: "Vorgestellt."), expectedVersion: meeting.items[2].version)
        #expect(throws: StoreError.self) { try f.secretary.addAgendaItem(meetingId: id, title: "  ") }
        #expect(throws: StoreError.self) { try f.secretary.addGuest(meetingId: 999, name: "Niemand") }
        let details = try f.fixture.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT detail FROM audit_event WHERE action IN ('meeting.item.add', 'meeting.guest.add')")
        }
        #expect(details.count == 4)
        #expect(details.allSatisfy { !$0.contains("Albers") && !$0.contains("Stiftsplatz") })
    }

    @Test("start and end are set after the meeting was made: Berlin time on its day, the end checked against the start as it stands, cleared by an empty value")
    func timesSetLater() throws {
        let f = try MeetingFixture()
        let id = try f.secretary.createMeeting(NewMeeting(boardSlug: "beirat", title: "12. Sitzung", date: try #require(CalendarDay("2027-06-15"))))
        var times = MeetingDetailsChange()
        times.startsAt = " 9:30 "
        times.endsAt = "11:15"
        try f.secretary.updateMeetingDetails(id, times)
        #expect(try f.secretary.meeting(id).startsAt == "2027-06-15T07:30:00Z")   // summer time
        #expect(try f.secretary.meeting(id).endsAt == "2027-06-15T09:15:00Z")
        var early = MeetingDetailsChange()
        early.chair = "Helga Brenner"
        early.endsAt = "9:00"
        #expect(throws: StoreError.invalid("end", line: 0, .endsBeforeStart)) { try f.secretary.updateMeetingDetails(id, early) }
        early.endsAt = "9"
        #expect(throws: StoreError.invalid("end", line: 0, .notATime("9"))) { try f.secretary.updateMeetingDetails(id, early) }
        #expect(try f.secretary.meeting(id).details.chair == nil)
        #expect(try f.secretary.meeting(id).endsAt == "2027-06-15T09:15:00Z")
        var clear = MeetingDetailsChange()
        clear.startsAt = ""
        try f.secretary.updateMeetingDetails(id, clear)
        #expect(try f.secretary.meeting(id).startsAt == nil)
        #expect(try f.secretary.meeting(id).endsAt == "2027-06-15T09:15:00Z")
        try f.secretary.finalizeMinutes(id)
        #expect(throws: StoreError.self) { try f.secretary.updateMeetingDetails(id, times) }
        #expect(try f.secretary.meeting(id).startsAt == nil)
    }

    @Test("once the minutes are final, no TOP or guest can be added")
    func finalRefuses() throws {
        let f = try MeetingFixture()
        try f.secretary.finalizeMinutes(f.meetingId)
        #expect(throws: StoreError.self) { try f.secretary.addAgendaItem(meetingId: f.meetingId, title: "Nachzügler") }
        #expect(throws: StoreError.self) { try f.secretary.addGuest(meetingId: f.meetingId, name: "Spät Gekommen") }
        let meeting = try f.secretary.meeting(f.meetingId)
        #expect(meeting.items.count == 3)
        #expect(meeting.guests.count == 1)
    }

    @Test("an action item is marked done, and open again")
    func actionDone() throws {
        let f = try MeetingFixture()
        let minutes = AgendaMinutes(result: "", decisions: [], actions: [.init(who: "Rainer Thoma", what: "Termin abstimmen", due: nil)])
        try f.secretary.saveAgendaMinutes(f.items[2], minutes, expectedVersion: 1)
        let action = try #require(try f.fixture.database.openActionItems().first)
        try f.secretary.setActionDone(action.id, done: true)
        #expect(try f.fixture.database.openActionItems().isEmpty)
        #expect(throws: StoreError.self) { try f.secretary.setActionDone(9999, done: true) }
    }
}

@Suite("Attendance of a new meeting: a substitute standing in")
struct MeetingSubstituteStoreTests {
    @Test("the secretary records a substitute standing in for an absent member by name; the quorum counts them")
    func substituteStandsIn() throws {
        let f = try MeetingFixture()
        let id = try f.secretary.createMeeting(NewMeeting(boardSlug: "beirat", title: "13. Sitzung",
                                                          date: try #require(CalendarDay("2027-02-01"))))
        let helga = try #require(try f.fixture.database.memberIds(named: "Helga Brenner").first)
        #expect(helga == f.members["Helga Brenner"])
        let elif = try #require(try f.fixture.database.memberIds(named: "Elif Arslan").first)
        #expect(try f.fixture.database.memberIds(named: "Niemand").isEmpty)
        for name in ["Tobias Reuter", "Rainer Thoma", "Mara Feld"] {
            try f.secretary.setAttendance(id, memberId: try #require(f.members[name]), status: .present)
        }
        let before = try f.secretary.meeting(id).quorum.represented
        try f.secretary.setAttendance(id, memberId: elif, status: .present, standingInFor: helga)
        let meeting = try f.secretary.meeting(id)
        #expect(meeting.quorum.represented == before + 1)
        let line = try #require(meeting.attendance.first { $0.memberId == elif })
        #expect(line.status == .present)
        #expect(line.standingInFor == "Helga Brenner")
    }
}

import Foundation
import GRDB
import ModeratCore
@testable import ModeratStore
import Testing

/// A board of six seats, a meeting on 2026-11-20 with three TOPs (TOP 2 not public) and
/// attendance: four holders present, one excused with a substitute standing in, one absent.
struct MeetingFixture {
    let fixture: Fixture
    let meetingId: Int64
    let items: [Int64]
    let members: [String: Int64]

    init() throws {
        fixture = try Fixture()
        try fixture.moderator("cweber", "Claudia Weber", role: .secretary)
        try fixture.moderator("ihartmann", "Ines Hartmann", role: .secretary)
        try fixture.moderator("viewer", "Vera Lesend", role: .viewer)
        let f = fixture
        let board = try f.insert("INSERT INTO board(slug, name, quorum_fraction) VALUES ('beirat', 'Beteiligungsbeirat', 0.5)")
        let group = try f.insert("INSERT INTO seat_group(board_id, slug, name, seats) VALUES (?, 'residents', 'Einwohner', 6)", [board])
        var members: [String: Int64] = [:]
        for (index, name) in ["Helga Brenner", "Tobias Reuter", "Rainer Thoma", "Mara Feld", "Jana Ostermann", "Konrad Weiß"].enumerated() {
            let seat = try f.insert("INSERT INTO seat(group_id, ordinal, label) VALUES (?, ?, ?)", [group, index + 1, "Sitz \(index + 1)"])
            let member = try f.insert("INSERT INTO member(name, group_id) VALUES (?, ?)", [name, group])
            try f.insert("INSERT INTO term(seat_id, member_id, role, starts_on) VALUES (?, ?, 'member', '2025-01-01')", [seat, member])
            members[name] = member
        }
        let substitute = try f.insert("INSERT INTO member(name, group_id) VALUES ('Elif Arslan', ?)", [group])
        try f.insert("INSERT INTO term(seat_id, member_id, role, starts_on, substitute_rank) VALUES (1, ?, 'substitute', '2025-01-01', 1)", [substitute])
        members["Elif Arslan"] = substitute
        let meetingId = try f.insert("""
            INSERT INTO meeting(board_id, title, date, place, starts_at, ends_at, minute_taker, next_meeting_on)
            VALUES (?, '11. Sitzung des Beteiligungsbeirats', '2026-11-20', 'Rathaus, Sitzungssaal 2', '2026-11-20T17:00:00Z',
                    '2026-11-20T19:15:00Z', 'Claudia Weber', '2027-01-15')
            """, [board])
        for (name, status) in [("Helga Brenner", "present"), ("Tobias Reuter", "present"), ("Rainer Thoma", "present"),
                               ("Mara Feld", "excused"), ("Jana Ostermann", "present"), ("Konrad Weiß", "absent")] {
            try f.insert("INSERT INTO attendance(meeting_id, member_id, status) VALUES (?, ?, ?)", [meetingId, members[name], status])
        }
        try f.insert("INSERT INTO attendance(meeting_id, member_id, status, standing_in_for) VALUES (?, ?, 'present', ?)",
                     [meetingId, substitute, members["Mara Feld"]])
        try f.insert("INSERT INTO meeting_guest(meeting_id, name, affiliation) VALUES (?, 'Stefan Albers', 'Bürgerinitiative')", [meetingId])
        self.meetingId = meetingId
        items = try [("Begrüßung", 1), ("Personalangelegenheit", 0), ("Stiftsplatz", 1)].enumerated().map { index, item in
            try f.insert("INSERT INTO agenda_item(meeting_id, number, title, is_public) VALUES (?, ?, ?, ?)",
                         [meetingId, index + 1, item.0, item.1])
        }
        self.members = members
    }

    var secretary: Store { fixture.store("cweber") }
}

@Suite("Minutes in the store: editing, conflicts, the lock, amendments, export")
struct MinutesStoreTests {
    @Test("the meeting's quorum counts the substitute standing in for the excused member")
    func quorumFromRoster() throws {
        let f = try MeetingFixture()
        let meeting = try f.secretary.meeting(f.meetingId)
        #expect(meeting.quorum.seats == 6)
        #expect(meeting.quorum.represented == 5)
        #expect(meeting.quorum.substitutes == 1)
        #expect(meeting.quorum.isQuorate)
        #expect(meeting.attendance.first { $0.name == "Elif Arslan" }?.standingInFor == "Mara Feld")
    }

    @Test("the secretary writes a TOP's minutes; the version moves on and the audit holds ids only")
    func saveItem() throws {
        let f = try MeetingFixture()
        let minutes = AgendaMinutesText.parse("""
            Frau Dr. Hartmann stellt den Vorentwurf vor.
            Beschluss 4/0/1: Der Beirat empfiehlt einen Platzspaziergang.
            Aufgabe: Rainer Thoma | Termin abstimmen | 2026-12-18
            """).minutes
        let receipt = try f.secretary.saveAgendaMinutes(f.items[2], minutes, expectedVersion: 1)
        #expect(receipt.version == 2)
        let item = try #require(try f.secretary.meeting(f.meetingId).item(number: 3))
        #expect(item.minutes == minutes)
        #expect(item.updatedBy == "cweber")
        let detail = try f.fixture.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit_event WHERE action = 'minutes.item.save'")
        }
        #expect(detail?.contains("Platzspaziergang") == false)
        #expect(try f.secretary.openActionItemsForTest().contains("Termin abstimmen"))
    }

    @Test("an edit by someone else in between is never overwritten silently")
    func conflict() throws {
        let f = try MeetingFixture()
        try f.fixture.store("ihartmann").saveAgendaMinutes(f.items[0], AgendaMinutes(result: "Ines' Fassung"), expectedVersion: 1)
        #expect {
            try f.secretary.saveAgendaMinutes(f.items[0], AgendaMinutes(result: "Claudias Fassung"), expectedVersion: 1)
        } throws: { error in
            guard case StoreError.conflict(.minutesItem(let top, let by, let at, _))? = error as? StoreError else { return false }
            return top == 1 && by == "Ines Hartmann" && at != nil
        }
        #expect(try f.secretary.meeting(f.meetingId).item(number: 1)?.minutes.result == "Ines' Fassung")
    }

    @Test("vote totals larger than the members present are refused")
    func votesCannotExceedPresent() throws {
        let f = try MeetingFixture()
        let minutes = AgendaMinutes(result: "", decisions: [AgendaMinutes.Decision(text: "X", votes: VoteTally(yes: 5, no: 1, abstain: 0))])
        #expect(throws: StoreError.refusal(.votes(top: 3, .moreThanPresent(total: 6, voters: 5)))) {
            try f.secretary.saveAgendaMinutes(f.items[2], minutes, expectedVersion: 1)
        }
    }

    @Test("only the secretary (or an admin) writes minutes")
    func viewerRefused() throws {
        let f = try MeetingFixture()
        #expect(throws: StoreError.self) {
            try f.fixture.store("viewer").saveAgendaMinutes(f.items[0], AgendaMinutes(result: "x"), expectedVersion: 1)
        }
    }

    @Test("final minutes are locked; later changes are amendments with author and date")
    func finalLockAndAmendments() throws {
        let f = try MeetingFixture()
        #expect(throws: StoreError.self) { try f.secretary.amendMinutes(f.meetingId, itemNumber: 1, text: "zu früh") }
        try f.secretary.saveAgendaMinutes(f.items[0], AgendaMinutes(result: "Begrüßt."), expectedVersion: 1)
        try f.secretary.finalizeMinutes(f.meetingId)
        let final = try f.secretary.meeting(f.meetingId)
        #expect(final.minutes.status == .final)
        #expect(final.minutes.finalizedBy == "cweber")
        // The quorum stays computed from attendance: finalising writes no second figure.
        #expect(final.minutes.quorumNote == "")
        #expect(throws: StoreError.self) {
            try f.secretary.saveAgendaMinutes(f.items[0], AgendaMinutes(result: "nachträglich"), expectedVersion: 2)
        }
        #expect(throws: StoreError.self) { try f.secretary.setAttendance(f.meetingId, memberId: 1, status: .absent) }
        #expect(throws: StoreError.self) { try f.secretary.finalizeMinutes(f.meetingId) }
        try f.fixture.store("cweber", offset: 3600).amendMinutes(f.meetingId, itemNumber: 1, text: "Auch Herr Albers wurde begrüßt.")
        let amended = try f.secretary.meeting(f.meetingId)
        #expect(amended.item(number: 1)?.minutes.result == "Begrüßt.")
        #expect(amended.amendments.count == 1)
        #expect(amended.amendments.first?.author == "Claudia Weber")
        #expect(amended.amendments.first?.itemNumber == 1)
        #expect(amended.amendments.first?.createdAt == Timestamps.string(Fixture.now.addingTimeInterval(3600)))
    }

    @Test("the export holds what results minutes contain; --public leaves out the non-public part")
    func exportContents() throws {
        let f = try MeetingFixture()
        try f.secretary.saveAgendaMinutes(f.items[1], AgendaMinutes(result: "Vertraulicher Personalvorgang."), expectedVersion: 1)
        try f.secretary.saveAgendaMinutes(f.items[2], AgendaMinutesText.parse("""
            Vorentwurf vorgestellt.
            Beschluss 4/0/1: Empfehlung eines Platzspaziergangs.
            Aufgabe: Rainer Thoma | Termin abstimmen | 2026-12-18
            """).minutes, expectedVersion: 1)
        try f.fixture.database.pool.write { db in
            try db.execute(sql: "UPDATE minutes SET private_notes = 'Nur intern', previous_approved = 1")
        }
        let meeting = try f.secretary.meeting(f.meetingId)
        let md = MinutesExport.render(meeting, format: .md, publicOnly: false)
        for expected in ["# Ergebnisprotokoll: 11. Sitzung des Beteiligungsbeirats", "**Datum:** 20.11.2026",
                         "**Ort:** Rathaus, Sitzungssaal 2", "**Beginn:** 18:00", "**Ende:** 20:15", "**Protokollführung:** Claudia Weber",
                         "Elif Arslan (in Vertretung für Mara Feld)", "**Entschuldigt:** Mara Feld", "**Abwesend:** Konrad Weiß",
                         "Stefan Albers (Bürgerinitiative)", "Beschlussfähig: 5 von 6 Sitzen", "genehmigt",
                         "## TOP 3: Stiftsplatz", "Beschluss Nr. 1: Empfehlung eines Platzspaziergangs. – mit 4:0:1 angenommen (Ja 4, Nein 0, Enthaltung 1)",
                         "Aufgabe: Rainer Thoma – Termin abstimmen (bis 18.12.2026)", "Vertraulicher Personalvorgang",
                         "Nur intern", "## Nächste Sitzung", "15.01.2027", "Status: Entwurf"] {
            #expect(md.contains(expected), "missing: \(expected)")
        }
        let published = MinutesExport.render(meeting, format: .md, publicOnly: true)
        #expect(!published.contains("Personalangelegenheit"))
        #expect(!published.contains("Vertraulicher"))
        #expect(!published.contains("Nur intern"))
        #expect(published.contains("nicht öffentliche Teil ist in dieser Fassung nicht enthalten"))
        #expect(published.contains("## TOP 3: Stiftsplatz"))
        let html = MinutesExport.render(meeting, format: .html, publicOnly: true)
        #expect(html.contains("<h2>TOP 3: Stiftsplatz</h2>"))
        let txt = MinutesExport.render(meeting, format: .txt, publicOnly: false, german: false)
        #expect(txt.contains("Quorate: 5 of 6 seats present or represented (1 by substitutes); 4 needed."))
    }

    @Test("text from people cannot become markup in the export")
    func exportEscapes() throws {
        let f = try MeetingFixture()
        try f.secretary.saveAgendaMinutes(f.items[0], AgendaMinutes(result: "<script>x</script> [link](http://a)"), expectedVersion: 1)
        let meeting = try f.secretary.meeting(f.meetingId)
        #expect(MinutesExport.render(meeting, format: .html, publicOnly: false).contains("&lt;script&gt;"))
        #expect(MinutesExport.render(meeting, format: .md, publicOnly: false).contains("\\[link\\](http://a)"))
    }
}

extension Store {
    /// What the open-actions list shows, as one string to search in.
    func openActionItemsForTest() throws -> String {
        try database.openActionItems().map { "\($0.who): \($0.what)" }.joined(separator: "\n")
    }
}

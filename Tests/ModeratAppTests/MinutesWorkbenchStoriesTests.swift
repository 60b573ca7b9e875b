import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
@testable import ModeratApp
import Testing

/// Issue 18 in the workbench: drafts in sight, one Esc, the finalise question with its
/// reason, every detail and substitute editable, an 80x24 screen that cuts nothing.
@Suite("Minutes in the workbench: drafts, Esc, finalising, details, substitutes, 80x24")
struct MinutesWorkbenchStoriesTests {
    func openDraftMeeting(_ h: ScreenHarness) {
        h.press(.character("5"))
        h.press(.enter)
    }

    func itemId(_ h: ScreenHarness, _ number: Int) throws -> Int64 {
        try #require(try h.ids("SELECT id FROM agenda_item WHERE meeting_id = 2 AND number = ?", [number]).first)
    }

    @Test("the secretary starts on the meetings screen, a moderator on the queue")
    func secretaryStartsOnMeetings() throws {
        let secretary = try ScreenHarness(account: ScreenHarness.secretary)
        #expect(secretary.titleLine.contains("Sitzungen"))
        #expect(secretary.screen.contains("10. Sitzung des Beteiligungsbeirats"))
        let moderator = try ScreenHarness(account: ScreenHarness.anna)
        #expect(moderator.titleLine.contains("Warteschlange"))
    }

    @Test("Enter on a TOP opens its text to read, not the editor, so the keys after it scroll or move instead of typing")
    func enterDoesNotType() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        h.press(.enter)
        #expect(h.statusLine.contains("e schreibt das Protokoll zu TOP 1"))
        h.press(.character("g"), .character("j"), .escape)
        #expect(h.app.screens.meetings.editor == nil)
        h.press(.character("g"), .character("j"), .character("j"), .character("j"))
        #expect(h.app.screens.meetings.editor == nil)
        #expect(h.app.screens.meetings.items.selected == 3)
        #expect(try h.int("SELECT COUNT(*) FROM draft") == 0)
    }

    @Test("a draft is marked in the TOP list, restored with its time, blocks finalising until it is discarded explicitly")
    func draftsInSight() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        h.press(.character("G"), .character("e"), .end)
        h.type(" Ergänzung im Entwurf.")
        h.press(.escape)
        #expect(h.statusLine.contains("Entwurf zu TOP 7 gesichert"))
        let mark = try #require(h.rows(containing: "Verschiedenes").first)
        #expect(h.row(mark).contains("Entwurf 15:00"))
        // Esc again goes back out of the meeting: one meaning everywhere.
        h.press(.character("e"))
        #expect(h.statusLine.contains("Entwurf von 15:00 wiederhergestellt"))
        h.press(.escape)
        h.press(.character("F"))
        #expect(h.statusLine.contains("Offene Entwürfe: TOP 7 (Claudia Weber, 15:00)"))
        #expect(try h.string("SELECT status FROM minutes WHERE meeting_id = 2") == "draft")
        h.press(.character("D"))
        #expect(h.screen.contains("Entwurf zu TOP 7 (Claudia Weber) verwerfen?\n y = ja   n, Esc, Enter = nein"), "\(h.screen)")
        h.press(.character("n"))
        #expect(h.statusLine.contains("Entwurf zu TOP 7 behalten."), "n is answered in words: \(h.statusLine)")
        #expect(try h.int("SELECT COUNT(*) FROM draft") == 1)
        h.press(.character("D"))
        h.press(.character("y"))
        #expect(h.statusLine.contains("Entwurf zu TOP 7 verworfen"))
        #expect(try h.int("SELECT COUNT(*) FROM draft") == 0)
        #expect(!h.row(mark).contains("Entwurf"))
        h.press(.character("F"))
        #expect(h.screen.contains("Protokoll „10. Sitzung des Beteiligungsbeirats“ endgültig machen?"), "\(h.screen)")
        h.press(.character("y"))
        #expect(try h.string("SELECT status FROM minutes WHERE meeting_id = 2") == "final")
    }

    @Test("finalising a meeting in the future with no one present asks with the reasons, and the key hint is visible at 80x24")
    func finaliseConcerns() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 24)
        let id = try h.store.createMeeting(NewMeeting(boardSlug: try h.store.database.rosterBoardSlug(nil), title: "12. Sitzung des Beteiligungsbeirats",
                                                      date: try #require(CalendarDay("2027-03-01"))))
        h.press(.character("5"))
        _ = h.app.screens.meetings.show(meetingId: id, h.app.context)
        h.press(.character("F"))
        #expect(h.screen.contains(" Sitzung erst am 01.03.2027; niemand anwesend; Sitzungsleitung fehlt;\n Protokollführung fehlt; Beginn fehlt; Ende fehlt."),
                "\(h.screen)")
        #expect(h.statusLine == " y = ja   n, Esc, Enter = nein")
        h.press(.character("n"))
        #expect(try h.string("SELECT status FROM minutes WHERE meeting_id = ?", [id]) == "draft")
    }

    @Test("at 80x24 the editor shows 'Entwurf gesichert' beside a long title")
    func savedVisibleAt80() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 24)
        openDraftMeeting(h)
        h.press(.character("g"), .character("j"), .character("e"))
        h.type("x")
        h.waitTick()
        #expect(h.row(1).contains("Entwurf gesichert"), "\(h.row(1))")
    }

    @Test("TOPs below the visible ones show a sign, and paging uses the visible rows")
    func moreTopsSign() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 40)
        for n in 1...30 { try h.store.addAgendaItem(meetingId: 2, title: "Zusätzlicher Punkt \(n)") }
        openDraftMeeting(h)
        #expect(h.screen.contains("▼"), "\(h.screen)")
        #expect(h.screen.contains("weitere"))
        h.press(.pageDown)
        #expect(h.app.screens.meetings.items.selected > 5)
    }

    @Test("the meeting header wraps at 80 columns instead of cutting names off (in full: i at 80x24, at once when tall)")
    func headerWraps() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 24)
        openDraftMeeting(h)
        h.press(.character("i"))
        let tall = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 40)
        openDraftMeeting(tall)
        let meeting = try h.store.meeting(2)
        for line in meeting.attendance where line.status == .present && line.standingInFor == nil {
            #expect(tall.screen.contains(line.name), "\(line.name) is cut off at 80x40")
            #expect(h.screen.contains(line.name), "\(line.name) is cut off")
        }
    }

    @Test("the details form sets chair, previous minutes and the next meeting; a contradicting quorum note is refused")
    func detailsForm() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        h.press(.character("d"))
        #expect(h.screen.contains("Kopfdaten und Abschluss des Protokolls"))
        h.press(.tab, .tab, .tab, .control("u"))  // past start and end, and the public session
        h.type("Dr. Helga Brenner")
        h.press(.tab, .tab)
        h.press(.right)  // the demo's "genehmigt" becomes "mit Änderungen genehmigt"
        h.press(.tab, .control("u"))
        h.type("2027-01-15")
        h.press(.tab, .control("u"))
        h.type("17:30")
        h.press(.tab, .control("u"))
        h.type("Rathaus")
        h.press(.enter)
        #expect(h.statusLine.contains("Kopfdaten gespeichert: „\(try h.store.meeting(2).title)“"), "\(h.statusLine)")
        #expect(try h.string("SELECT chair FROM meeting WHERE id = 2") == "Dr. Helga Brenner")
        #expect(try h.string("SELECT previous_approval FROM minutes WHERE meeting_id = 2") == "amended")
        #expect(try h.string("SELECT next_meeting_time || ' ' || next_meeting_place FROM meeting WHERE id = 2") == "17:30 Rathaus")
        h.press(.character("d"))
        for _ in 0..<9 { h.press(.tab) }
        h.press(.control("u"))
        h.type("Beschlussfähig mit 16")
        h.press(.enter)
        #expect(h.screen.contains("quorum-note: die Anmerkung zum Quorum darf"))
        h.press(.escape)
    }

    @Test("the distribution field says that ; separates its entries, and two entries typed so are kept as two")
    func distributionList() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        h.press(.character("d"))
        #expect(!h.screen.contains("; trennt Einträge"), "the hint belongs to the list fields only\n\(h.screen)")
        for _ in 0..<13 { h.press(.tab) }  // from the start time to the distribution
        #expect(h.screen.contains("│ Verteiler "), "\n\(h.screen)")
        #expect(h.screen.contains("; trennt Einträge · Tab nächstes Feld"), "\n\(h.screen)")
        #expect(h.statusLine.contains("; trennt Einträge"))
        h.press(.control("u"))
        h.type("Stadtrat; Presseamt")
        h.press(.enter)
        #expect(h.statusLine.contains("Kopfdaten gespeichert"))
        let meeting = try h.store.meeting(2)
        #expect(meeting.details.distribution == ["Stadtrat", "Presseamt"])
    }

    @Test("a substitute is recorded in the attendance; one for a member who is present is refused")
    func substituteInWorkbench() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        let meeting = try h.store.meeting(2)
        let absent = try #require(meeting.attendance.firstIndex { line in
            line.holdsSeat && line.status != .present && !meeting.attendance.contains { $0.standingInForId == line.memberId }
        })
        let present = try #require(meeting.attendance.firstIndex { $0.holdsSeat && $0.status == .present })
        h.press(.character("a"))
        for _ in 0..<present { h.press(.character("j")) }
        h.press(.character("v"))
        h.type("Robin Sand")
        h.press(.enter)
        #expect(h.screen.contains("Helga Brenner ist anwesend: vertreten wird nur"))
        h.press(.escape)
        h.press(.character("g"))
        for _ in 0..<absent { h.press(.character("j")) }
        h.press(.character("v"))
        let substitute = try #require(try h.string("""
            SELECT m.name FROM member m JOIN term t ON t.member_id = m.id WHERE t.role = 'substitute'
            AND m.id NOT IN (SELECT member_id FROM attendance WHERE meeting_id = 2) LIMIT 1
            """))
        h.type(substitute)
        h.press(.enter)
        #expect(h.statusLine.contains("\(substitute) vertritt \(meeting.attendance[absent].name)"))
        #expect(try h.int("SELECT COUNT(*) FROM attendance WHERE meeting_id = 2 AND standing_in_for = ?", [meeting.attendance[absent].memberId]) == 1)
        h.press(.escape)
    }

    @Test("in the minutes editor Ctrl-K is undone with Ctrl-/, and F3 finds a word")
    func undoAndSearch() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        h.press(.character("G"), .character("e"), .home, .control("k"))
        #expect(!h.screen.contains("Keine Wortmeldungen."))
        h.press(.control("_"))
        #expect(h.screen.contains("Keine Wortmeldungen."))
        h.press(.function(3))
        h.type("wort")
        h.press(.enter)
        #expect(h.app.screens.meetings.editor?.state.column == 6)
        h.press(.escape, .escape)
        #expect(h.app.screens.meetings.editor == nil)
    }

    @Test("the Actions screen says 'überfällig' in words, lists done items, and o reopens one")
    func actionsInWords() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        let overdue = try h.store.addAgendaItem(meetingId: 2, title: "Nachzügler")
        let item = try #require(try h.ids("SELECT id FROM agenda_item WHERE meeting_id = 2 AND number = ?", [overdue]).first)
        try h.store.saveAgendaMinutes(item, AgendaMinutesText.parse("Aufgabe: Claudia Weber | Längst fällig | 2020-01-01").minutes, expectedVersion: 1)
        h.press(.character("6"))
        let row = try #require(h.rows(containing: "Längst fällig").first)
        #expect(h.row(row).contains("überfällig"))
        // Meeting and TOP are read below the list, where the selected item is shown in full.
        let overdueIndex = try #require(h.app.screens.actions.table.content.rows.firstIndex { $0.cells.contains("Längst fällig") })
        h.press(.character("g"))
        for _ in 0..<overdueIndex { h.press(.character("j")) }
        #expect(h.screen.contains("TOP \(overdue): Nachzügler"), "\(h.screen)")
        let index = try #require(h.app.screens.actions.table.content.rows.firstIndex { $0.cells.contains { $0.hasPrefix("Netiquette und Moderationsregeln") } })
        h.press(.character("g"))
        for _ in 0..<index { h.press(.character("j")) }
        #expect(h.selectedRowText?.contains("erledigt") == true, "\(h.selectedRowText ?? "")")
        h.press(.character("o"))
        #expect(h.statusLine.contains("offen: Netiquette und Moderationsregeln"))
        #expect(try h.string("SELECT done_on FROM action_item WHERE what LIKE 'Netiquette und Moderationsregeln%'") == nil)
    }
}

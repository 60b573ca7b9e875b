import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
@testable import ModeratApp
import Testing

@Suite("Meeting setup: the secretary prepares a meeting in the workbench")
struct MeetingSetupStoriesTests {
    @Test("n opens a form that checks as you type; Enter creates the meeting, t adds TOP 1, g a guest")
    func createMeetingAndAddItem() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        let before = try h.int("SELECT COUNT(*) FROM meeting")
        h.press(.character("5"), .character("n"))
        #expect(h.screen.contains("Neue Sitzung"))
        h.press(.enter)   // nothing typed: refused, the form stays with the reason
        #expect(h.screen.contains("Der Titel fehlt."))
        #expect(try h.int("SELECT COUNT(*) FROM meeting") == before)
        h.type("12. Sitzung des Beteiligungsbeirats")
        #expect(!h.screen.contains("Der Titel fehlt."))
        h.press(.tab, .tab)
        h.type("Rathaus, Saal 2")
        h.press(.enter)
        #expect(h.statusLine.contains("angelegt"))
        let id = try #require(try h.ids("SELECT id FROM meeting WHERE title = '12. Sitzung des Beteiligungsbeirats'").first)
        #expect(try h.string("SELECT place FROM meeting WHERE id = ?", [id]) == "Rathaus, Saal 2")
        #expect(try h.string("SELECT status FROM minutes WHERE meeting_id = ?", [id]) == "draft")
        // Attendance starts as the roster on the day: every seat holder, absent.
        #expect(try h.int("SELECT COUNT(*) FROM attendance WHERE meeting_id = ?", [id]) > 0)
        #expect(try h.int("SELECT COUNT(*) FROM attendance WHERE meeting_id = ? AND status <> 'absent'", [id]) == 0)
        #expect(h.screen.contains("Protokoll: 12. Sitzung des Beteiligungsbeirats"))

        h.press(.character("t"))
        #expect(h.screen.contains("Neuer TOP"))
        h.type("Personalangelegenheit")
        h.press(.tab, .character(" "), .enter)
        #expect(h.statusLine.contains("TOP 1 angelegt"))
        #expect(try h.int("SELECT COUNT(*) FROM agenda_item WHERE meeting_id = ? AND number = 1 AND is_public = 0", [id]) == 1)
        #expect(h.screen.contains("Personalangelegenheit"))

        h.press(.character("+"))
        h.type("Stefan Albers")
        h.press(.tab)
        h.type("Bürgerinitiative")
        h.press(.enter)
        #expect(try h.string("SELECT affiliation FROM meeting_guest WHERE meeting_id = ? AND name = 'Stefan Albers'", [id]) == "Bürgerinitiative")
    }

    @Test("Esc closes the form and nothing is written; a viewer gets no form")
    func cancelAndViewer() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        let before = try h.int("SELECT COUNT(*) FROM meeting")
        h.press(.character("5"), .character("n"))
        h.type("Wird nichts")
        h.press(.escape)
        #expect(!h.screen.contains("Neue Sitzung"))
        #expect(try h.int("SELECT COUNT(*) FROM meeting") == before)

        let v = try ScreenHarness(account: ScreenHarness.viewer)
        v.press(.character("5"), .character("n"))
        #expect(!v.screen.contains("Neue Sitzung"))
    }

    @Test("d on the Actions screen marks the selected action item done (no command line needed)")
    func actionDone() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        let open = try h.int("SELECT COUNT(*) FROM action_item WHERE done_on IS NULL")
        try #require(open > 0)
        h.press(.character("6"), .character("d"))
        #expect(h.statusLine.contains("Erledigt"))
        #expect(try h.int("SELECT COUNT(*) FROM action_item WHERE done_on IS NULL") == open - 1)
        #expect(try h.int("SELECT COUNT(*) FROM audit_event WHERE action = 'action.done'") == 1)
    }
}

import Foundation
import ModeratCore
import ModeratStore
import Testing
import TerminalKit
@testable import ModeratApp

/// The advisory board roster on the Roster screen (tab 4), as an administrator and as a moderator.
@Suite("Roster stories")
struct RosterStoriesTests {
    /// Opens the Board tab and moves the cursor to the row showing `text`.
    func openRoster(_ h: ScreenHarness, selecting text: String? = nil) {
        h.press(.character("4"))
        guard let text else { return }
        var presses = 0
        while !(h.selectedRowText ?? "").contains(text), presses < 40 {
            h.press(.character("j"))
            presses += 1
        }
    }

    @Test("administrator fills the vacant delegated seat through the form and the vacancy count drops")
    func fillVacantSeat() throws {
        let h = try ScreenHarness()
        openRoster(h, selecting: "Beirat für Migration")
        #expect(h.screen.contains("1 Sitz unbesetzt"))
        let audited = try h.int("SELECT COUNT(*) FROM audit_event WHERE action = 'roster.term.add'")
        h.press(.character("a"))
        #expect(h.screen.contains("Amtszeit anlegen: Beirat für Migration und Integration"))
        h.type("Yasemin Kaya")
        #expect(h.screen.contains("neue Person"))
        h.press(.enter)
        #expect(h.screen.contains("0 Sitze unbesetzt"))
        #expect(h.statusLine.contains("Amtszeit für Yasemin Kaya angelegt"))
        #expect(try h.string("""
            SELECT m.delegating_body FROM term t JOIN member m ON m.id = t.member_id WHERE m.name = 'Yasemin Kaya'
            """) == "Beirat für Migration und Integration")
        #expect(try h.int("SELECT COUNT(*) FROM audit_event WHERE action = 'roster.term.add'") == audited + 1)
    }

    @Test("the form says what is wrong while typing and refuses a second chair")
    func formValidatesAsYouType() throws {
        let h = try ScreenHarness()
        openRoster(h, selecting: "Tobias Reuter")
        h.press(.character("e"))
        // Role field has the focus: deputy → chair.
        h.press(.left)
        #expect(h.screen.contains("Mehr als ein Vorsitz: Helga Brenner, Tobias Reuter"))
        h.press(.enter)
        #expect(try h.string("SELECT role FROM term t JOIN member m ON m.id = t.member_id WHERE m.name = 'Tobias Reuter'") == "deputy")
        // A typo in a date is named at once.
        h.press(.right, .tab, .backspace)
        #expect(h.screen.contains("Beginn: kein Datum (JJJJ-MM-TT)"))
        h.press(.escape)
        #expect(!h.screen.contains("Amtszeit bearbeiten"))
    }

    @Test("administrator ends a term that runs out and the seat shows vacant after it")
    func endTerm() throws {
        let h = try ScreenHarness()
        openRoster(h, selecting: "Walter Kessler")
        h.press(.character("x"))
        #expect(h.screen.contains("Amtszeit beenden: Walter Kessler"))
        h.press(.control("u"))
        h.type("2026-11-30")
        h.press(.enter)
        #expect(try h.string("SELECT ends_on FROM term t JOIN member m ON m.id = t.member_id WHERE m.name = 'Walter Kessler'") == "2026-11-30")
        #expect(h.statusLine.contains("Amtszeit endet am 30.11.2026"))
    }

    @Test("the roster shows warnings for terms ending within 60 days and private details only to admins")
    func warningsAndPrivacy() throws {
        let h = try ScreenHarness()
        openRoster(h, selecting: "Helga Brenner")
        #expect(h.screen.contains("12 Amtszeiten enden in 60 Tagen, zuerst Walter Kessler am 18.12.2026"))
        #expect(h.screen.contains("helga.brenner@example.org"))
        let moderator = try ScreenHarness(account: ScreenHarness.anna)
        openRoster(moderator, selecting: "Helga Brenner")
        #expect(!moderator.screen.contains("helga.brenner@example.org"))
    }

    @Test("a moderator sees the roster read-only: no form opens, the database is unchanged")
    func moderatorReadOnly() throws {
        let h = try ScreenHarness(account: ScreenHarness.anna, language: .en)
        openRoster(h, selecting: "Beirat für Migration")
        #expect(h.screen.contains("1 seat vacant · read-only"))
        let before = try h.totalAuditRows
        for key in ["a", "e", "x"] {
            h.press(.character(Character(key)))
            #expect(h.statusLine.contains("Not allowed: admins only (your role: moderator). Nothing was changed."))
            #expect(!h.screen.contains("Add a term"))
        }
        #expect(try h.totalAuditRows == before)
        // The help says which keys are not for this role, before anyone presses them.
        h.press(.character("?"))
        #expect(h.screen.contains("add a term to the seat (admins only) – not for your role"))
    }

    @Test("an administrator's help lists the roster keys as usable, naming who may use them")
    func adminHelp() throws {
        let h = try ScreenHarness(language: .en)
        openRoster(h)
        h.press(.character("?"))
        #expect(h.screen.contains("end the seat's term (admins only)"))
        #expect(!h.screen.contains("not for your role"))
    }
}

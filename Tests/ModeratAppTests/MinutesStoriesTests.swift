import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
@testable import ModeratApp
import Testing

@Suite("Meetings and minutes: the secretary's stories")
struct MinutesStoriesTests {
    /// Opens the Meetings tab and the newest meeting (the demo's 10th, minutes still a draft).
    func openDraftMeeting(_ h: ScreenHarness) {
        h.press(.character("5"))
        h.press(.enter)
    }

    /// The id of TOP `number` of the draft meeting.
    func itemId(_ h: ScreenHarness, _ number: Int) throws -> Int64 {
        try #require(try h.ids("SELECT id FROM agenda_item WHERE meeting_id = 2 AND number = ?", [number]).first)
    }

    @Test("the secretary opens a meeting and sees attendance, substitutes, quorum and the TOPs")
    func meetingOverview() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        #expect(h.screen.contains("Protokoll: 10. Sitzung des Beteiligungsbeirats · Entwurf"))
        #expect(h.screen.contains("Vertretung: Robin Sand für Paul Lindner"))
        #expect(h.screen.contains("Entschuldigt (2): Paul Lindner, Walter Kessler"))
        #expect(h.screen.contains("Beschlussfähig: 13 von 16 Sitzen (1 vertreten), nötig 9"))
        #expect(h.screen.contains("Auswertung der Online-Kommentierung der Leitlinien"))
        #expect(h.screen.contains("nicht öffentlich"))
        // The selected TOP's minutes show below the list, decisions with their votes and outcome.
        h.press(.character("j"), .character("j"))
        #expect(h.screen.contains("Beschluss 12/1/0 angenommen: Der Beirat bildet eine Arbeitsgruppe"))
    }

    @Test("what the secretary typed survives a dropped connection and is saved with Ctrl-S")
    func draftSurvivesRestart() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        h.press(.character("G"), .character("e"))
        #expect(h.screen.contains("TOP 7 bearbeiten: Verschiedenes"))
        h.press(.end)
        h.type(" Herr Reuter dankt allen.")
        h.waitTick()
        let key = "agenda:\(try itemId(h, 7))"
        #expect(try h.string("SELECT text FROM draft WHERE owner = 'cweber' AND key = ?", [key])?.hasSuffix("Herr Reuter dankt allen.") == true)

        try h.restart()  // no saveDrafts: as if the SSH connection dropped
        openDraftMeeting(h)
        h.press(.character("G"), .character("e"))
        #expect(h.statusLine.contains("Entwurf von 15:00 wiederhergestellt"))
        #expect(h.screen.contains("Herr Reuter dankt allen."))
        h.press(.control("s"))
        #expect(h.statusLine.contains("TOP 7 gespeichert"))
        #expect(try h.string("SELECT result FROM agenda_item WHERE id = ?", [try itemId(h, 7)]) == "Keine Wortmeldungen. Herr Reuter dankt allen.")
        #expect(try h.int("SELECT COUNT(*) FROM draft WHERE key = ?", [key]) == 0)
    }

    @Test("typing without a pause still saves the draft every two seconds")
    func autosaveWhileTyping() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        h.press(.character("G"), .character("e"), .end)
        h.type(" Eins")
        #expect(try h.int("SELECT COUNT(*) FROM draft WHERE owner = 'cweber'") == 0)
        h.clock.advance(by: 2.5)
        h.type(" zwei")
        // The first key after two seconds saved what was there, without an idle tick.
        #expect(try h.string("SELECT text FROM draft WHERE owner = 'cweber'")?.contains("Eins") == true)
        // Leaving the editor (a change of focus) saves too.
        h.type(" drei")
        h.press(.escape)
        #expect(try h.string("SELECT text FROM draft WHERE owner = 'cweber'")?.hasSuffix("zwei drei") == true)
    }

    @Test("an edit by someone else in between is shown, never overwritten silently")
    func conflictIsShown() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        h.press(.character("G"), .character("e"), .end)
        h.type(" Meine Ergänzung.")
        let other = try h.otherStore(ScreenHarness.account)
        let item = try #require(try other.meeting(2).item(number: 7))
        try other.saveAgendaMinutes(item.id, AgendaMinutes(result: "Fassung der Kollegin."), expectedVersion: item.version)

        h.press(.control("s"))
        #expect(h.app.status?.text == "TOP 7 wurde von tester um 15:01 geändert, seit Sie ihn bearbeiten; nichts wurde überschrieben.", "\(h.screen)")
        #expect(h.screen.contains("Fassung der Kollegin."))
        #expect(h.screen.contains("Strg-R übernimmt die andere"))
        #expect(try h.string("SELECT result FROM agenda_item WHERE id = ?", [item.id]) == "Fassung der Kollegin.")
        // Having seen it, Ctrl-S again is a choice, not a silent overwrite.
        h.press(.control("s"))
        #expect(try h.string("SELECT result FROM agenda_item WHERE id = ?", [item.id]) == "Keine Wortmeldungen. Meine Ergänzung.")
    }

    @Test("decisions with more votes than members present are refused and the text stays")
    func tooManyVotes() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        h.press(.character("G"), .character("e"), .end)
        h.type("\nBeschluss 10/5/0: Zu viele Stimmen.")
        h.press(.control("s"))
        // In the session's language (German here), as the store's typed refusal is worded.
        #expect(h.statusLine.contains(": 15 Stimmen, aber nur 13 stimmberechtigte Mitglieder anwesend; nichts wurde gespeichert."), "\(h.statusLine)")
        #expect(h.screen.contains("Zu viele Stimmen."))
    }

    @Test("the secretary marks the minutes final; after that e records an amendment")
    func finalThenAmendment() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        h.press(.character("F"))
        #expect(h.screen.contains("Protokoll „10. Sitzung des Beteiligungsbeirats“ endgültig machen?"), "\(h.screen)")
        #expect(h.statusLine.contains("y = ja   n, Esc, Enter = nein"))
        h.press(.character("j"))
        #expect(try h.string("SELECT status FROM minutes WHERE meeting_id = 2") == "draft", "j moves; it never confirms")
        h.press(.character("F"))
        h.press(.character("y"))
        #expect(h.screen.contains("endgültig (gesperrt"))
        #expect(try h.string("SELECT status FROM minutes WHERE meeting_id = 2") == "final")
        h.press(.character("e"))
        #expect(h.screen.contains("Nachtrag zu TOP 1"))
        h.type("Herr Albers wurde ebenfalls begrüßt.")
        h.press(.control("s"))
        #expect(h.statusLine.contains("Nachtrag zu TOP 1 festgehalten"))
        #expect(try h.string("SELECT author FROM minutes_amendment WHERE meeting_id = 2") == "cweber")
        #expect(h.screen.contains("Herr Albers wurde ebenfalls begrüßt."))
    }

    @Test("$EDITOR (Ctrl-E) edits the TOP and its text comes back into the draft")
    func externalEditor() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, editor: FakeEditor(appendedLine: "Aufgabe: Claudia Weber | Plakat drucken | 2026-12-10"))
        openDraftMeeting(h)
        h.press(.character("G"), .character("e"), .control("e"))
        #expect(h.editor.calls.first == "Keine Wortmeldungen.")
        h.press(.control("s"))
        #expect(try h.string("SELECT what FROM action_item a JOIN agenda_item i ON i.id = a.agenda_item_id WHERE i.meeting_id = 2 AND i.number = 7") == "Plakat drucken")
    }

    @Test("attendance is set from the meeting's roster lines; quorum follows")
    func attendance() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        openDraftMeeting(h)
        h.press(.character("a"))
        h.press(.character("x"))  // Helga Brenner, the first line, absent
        #expect(h.statusLine.contains("Helga Brenner: abwesend"))
        #expect(h.screen.contains("Beschlussfähig: 12 von 16"))
        h.press(.escape)
    }

    @Test("a viewer may read minutes but not write them: every writing key of Meetings and Actions says why, nothing changes",
          arguments: [Language.de, .en])
    func viewerCannotWrite(language: Language) throws {
        // Wide enough that the help overlay's lines are not wrapped.
        let h = try ScreenHarness(account: ScreenHarness.viewer, language: language, width: 160)
        let says = language == .de
            ? "Nicht erlaubt: nur Schriftführung und Administration (Ihre Rolle: Lesen). Nichts wurde geändert."
            : "Not allowed: secretaries and admins only (your role: viewer). Nothing was changed."
        let audits = try h.totalAuditRows
        h.press(.character("5"))
        h.press(.character("n"))
        #expect(h.statusLine.trimmingCharacters(in: .whitespaces) == says, "n on the list of meetings")
        h.press(.enter)
        for key in ["e", "F", "a", "t", "+", "d", "D"] {
            h.press(.character(Character(key)))
            #expect(h.statusLine.trimmingCharacters(in: .whitespaces) == says, "\(key) in an open meeting")
            #expect(h.app.screens.meetings.editor == nil && h.app.screens.meetings.form == nil
                    && h.app.screens.meetings.attendance == nil && h.app.screens.meetings.confirming == nil)
        }
        h.press(.character("?"))
        let locked = h.t(.permission(.notForYou))
        let final = try #require(h.screen.split(separator: "\n").first { $0.contains(h.t(.keyHelp(.meetings(.keyFinal)))) })
        #expect(final.contains(locked), "\(final)")
        h.press(.escape, .escape)
        h.press(.character("6"))
        for key in ["d", "o"] {
            h.press(.character(Character(key)))
            #expect(h.statusLine.trimmingCharacters(in: .whitespaces) == says, "\(key) on Actions")
        }
        #expect(try h.string("SELECT status FROM minutes WHERE meeting_id = 2") == "draft")
        #expect(try h.totalAuditRows == audits)
    }

    @Test("the Actions screen lists action items across meetings, open ones first")
    func actionsScreen() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary)
        h.press(.character("6"))
        #expect(h.screen.contains("Offene Aufgaben: 6, davon 2 überfällig"))
        #expect(h.screen.contains("Termin für den Platzspazier"))
        let rows = h.app.screens.actions.table.content.rows
        let open = try #require(rows.firstIndex { $0.cells.contains { $0.hasPrefix("Termin für den Platzspaziergang") } })
        let done = try #require(rows.firstIndex { $0.cells.contains { $0.hasPrefix("Netiquette und Moderationsregeln") } })
        #expect(open < done)
    }
}

import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

extension ScreenHarness {
    /// The last `rows` rows of the screen joined into one line, as a person reads a message
    /// wrapped over them.
    func bottomText(rows: Int) -> String {
        ((height - rows)..<height).map { row($0).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}

/// The secretary's screens at the sizes the README promises (issue 15): an open meeting shows
/// TOPs and text at 60x16, titles take the width left, nothing is drawn over a row's text, a
/// question before something final is read in full, and the editor's hints say what the keys do.
@Suite("The secretary's screens at 80x24 and 60x16")
struct SecretaryScreensStoriesTests {
    func openDraftMeeting(_ h: ScreenHarness) {
        h.press(.character("5"))
        h.press(.enter)
    }

    @Test("at 60x16 an open meeting shows a short header, several TOPs and the selected TOP's text; i shows every name")
    func smallMeeting() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 60, height: 16)
        openDraftMeeting(h)
        #expect(h.screen == ScreenCaptures60x16.meeting, "\n\(h.screen)")
        let meeting = try h.store.meeting(2)
        let present = meeting.attendance.filter { $0.status == .present && $0.standingInFor == nil }.map(\.name)
        #expect(!present.allSatisfy { h.screen.contains($0) }, "the names wait for i")
        h.press(.character("i"))
        let all = h.screen.replacingOccurrences(of: "\n ", with: " ")
        for name in present { #expect(all.contains(name), "\(name) after i:\n\(h.screen)") }
        h.press(.character("i"))
        #expect(h.screen == ScreenCaptures60x16.meeting, "i again: the short header")
    }

    @Test("at 80x24 a TOP's title takes the width left; the 'more' sign has a line of its own and hides no text")
    func topTitlesAndMoreSign() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 24)
        for n in 1...5 { try h.store.addAgendaItem(meetingId: 2, title: "Zusätzlicher Punkt \(n)") }
        openDraftMeeting(h)
        let items = try h.store.meeting(2).items
        var shown = 0
        for item in items {
            guard let y = h.rows(containing: "  \(item.number) ").first(where: { h.row($0).hasPrefix("  \(item.number) ") }) else { continue }
            shown += 1
            let line = h.row(y)
            #expect(line.contains(item.title) || line.contains(String(item.title.prefix(40)) ), "TOP \(item.number) cut short: \(line)")
            #expect(line.contains(item.title) || line.contains("…"), "a cut title ends in …: \(line)")
            #expect(!line.contains("▼"), "the sign is not drawn over a row: \(line)")
        }
        #expect(shown >= 5)
        let sign = try #require(h.rows(containing: "▼").first)
        #expect(h.row(sign).hasPrefix("────"), "on the rule above the text: \(h.row(sign))")
        #expect(h.row(sign).contains("▼ \(items.count - shown) weitere"))
    }

    @Test("the meetings list gives the title the width left and shows the place below, at 80x24 and 60x16")
    func meetingsList() throws {
        for (width, height) in [(80, 24), (60, 16)] {
            let h = try ScreenHarness(account: ScreenHarness.secretary, width: width, height: height)
            h.press(.character("5"))
            let row = try #require(h.rows(containing: "Entwurf").first)
            #expect(h.row(row).contains("10. Sitzung des Beteiligungs"), "\(width)x\(height): \(h.row(row))")
            #expect(h.screen.contains("Stadtteilzentrum Grübentälchen, Mehrzweckraum"), "the place in full below:\n\(h.screen)")
        }
        let wide = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 24)
        wide.press(.character("5"))
        #expect(wide.screen.contains("10. Sitzung des Beteiligungsbeirats "), "uncut at 80:\n\(wide.screen)")
    }

    @Test("the question before finalising is shown in full at 60x16 and 80x24; n keeps the draft, y finalises")
    func finalQuestionInFull() throws {
        for (width, height) in [(60, 16), (80, 24)] {
            let h = try ScreenHarness(account: ScreenHarness.secretary, width: width, height: height)
            openDraftMeeting(h)
            h.press(.character("F"))
            let question = h.t(.meetings(.work(.finalize(.question(title: "10. Sitzung des Beteiligungsbeirats", [])))))
            #expect(h.bottomText(rows: 4).contains(question + " " + h.t(.decision(.yesNo))), "\(width)x\(height):\n\(h.screen)")
            if width == 60 { #expect(h.screen == SecretaryScreensStoriesTests.finalQuestion60x16, "\n\(h.screen)") }
            h.press(.character("n"))
            #expect(try h.string("SELECT status FROM minutes WHERE meeting_id = 2") == "draft")
            #expect(!h.screen.contains("Nachträge."), "the question is gone after the answer")
            #expect(h.statusLine.contains("Protokoll bleibt Entwurf (nicht endgültig): „10. Sitzung"),
                    "n is answered in words: \(h.statusLine)")
            h.press(.character("F"), .character("y"))
            #expect(try h.string("SELECT status FROM minutes WHERE meeting_id = 2") == "final")
            #expect(h.statusLine.contains("Endgültig und gesperrt: Protokoll „10. Sitzung"), "y names the minutes: \(h.statusLine)")
        }
    }

    @Test("at 60x16 Enter shows a TOP's whole text with its amendments; j scrolls, e writes, Esc goes back to the TOPs")
    func readTopInFull() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 60, height: 16)
        let item = try #require(try h.store.meeting(2).item(number: 3))
        let lines = (1...20).map { "Satz \($0) der Aussprache zu den Kommentaren." }
        _ = try h.store.saveAgendaMinutes(item.id, AgendaMinutes(result: lines.joined(separator: "\n")), expectedVersion: item.version)
        openDraftMeeting(h)
        h.press(.character("j"), .character("j"))
        #expect(!h.screen.contains("Satz 20"), "the pane below the list shows the start only")
        h.press(.enter)
        #expect(h.row(1).contains("TOP 3: Auswertung der Online-Kommentierung"), "\(h.screen)")
        #expect(h.row(1).contains("▼"), "says that more follows: \(h.row(1))")
        h.press(.character("G"))
        #expect(h.screen.contains("Satz 20 der Aussprache"), "\(h.screen)")
        h.press(.character("j"), .character("j"))
        #expect(h.app.screens.meetings.editor == nil && h.app.screens.meetings.items.selected == 2, "j scrolls, never moves or types")
        h.press(.escape)
        #expect(h.screen.contains("TOP Titel"), "back on the TOP list:\n\(h.screen)")
        h.press(.enter, .character("e"))
        #expect(h.app.screens.meetings.editor != nil, "e in the reader writes")
        #expect(h.row(1).contains("…"), "the editor's heading cuts with …: \(h.row(1))")
        #expect(h.bottomText(rows: 14).contains(h.t(.meetings(.editorFormat))), "the line format in full:\n\(h.screen)")
        #expect(h.statusLine.trimmingCharacters(in: .whitespaces) == "Strg-S speichern  Esc zurück (Entwurf bleibt)", "whole hints: \(h.statusLine)")
    }

    @Test("a new meeting takes its start and end; without them, or with the start only ('ab 18:00 Uhr'), the header shows no '?'; a bad time is refused in the form")
    func newMeetingTimes() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 60, height: 16)
        h.press(.character("5"), .character("n"))
        h.type("11. Sitzung")
        h.press(.tab, .tab)
        h.type("Rathaus")
        h.press(.tab)
        h.type("18.30")
        #expect(h.screen.contains("Beginn: keine Uhrzeit (HH:MM, leer: offen)."), "\(h.screen)")
        h.press(.enter)
        #expect(try h.int("SELECT COUNT(*) FROM meeting WHERE title = '11. Sitzung'") == 0, "nothing written with a bad time")
        h.press(.backspace, .backspace, .backspace)
        h.type(":30")
        h.press(.tab)
        h.type("21:00")
        h.press(.enter)
        #expect(h.screen.contains("18:30–21:00 Uhr · Rathaus"), "\(h.screen)")
        #expect(h.screen.contains("Noch keine TOPs: t legt einen an."))
        h.press(.escape, .character("n"))
        h.type("12. Sitzung")
        h.press(.enter)
        #expect(!h.screen.contains("?–?"), "no times, no question marks:\n\(h.screen)")
        h.press(.escape, .character("n"))
        h.type("13. Sitzung")
        h.press(.tab, .tab, .tab)
        h.type("18:00")
        h.press(.enter)
        #expect(h.screen.contains("ab 18:00 Uhr"), "only the start set: 'ab 18:00 Uhr'\n\(h.screen)")
        #expect(!h.screen.contains("?"), "no question mark for the missing end:\n\(h.screen)")
    }

    @Test("attendance at 60x16: p sets and moves on, the keys and the member's line are readable in full; a misspelt substitute gets names")
    func attendanceRollCall() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 60, height: 16)
        openDraftMeeting(h)
        let lines = try h.store.meeting(2).attendance
        h.press(.character("a"), .character("x"), .character("x"))
        #expect(try h.store.meeting(2).attendance.prefix(2).allSatisfy { $0.status == .absent }, "x x: the first two members")
        #expect(h.app.screens.meetings.attendance?.selected == 2)
        #expect(h.bottomText(rows: 5).contains("v Vertretung · z Zeiten · Esc zurück"), "\(h.screen)")
        #expect(h.screen.contains("\(lines[2].name): Anwesend"))
        h.press(.character("v"))
        h.type("Robin")
        h.press(.enter)
        #expect(h.screen.contains("Gemeint: Robin Sand?"), "\(h.screen)")
    }

    @Test("at 60x16 the details form scrolls to the focused field (Shift-Tab to Anlagen shows it) and marks hidden rows")
    func detailsFormScrolls() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 60, height: 16)
        openDraftMeeting(h)
        h.press(.character("d"))
        #expect(!h.screen.contains("Anlagen"), "15 fields, 11 rows")
        #expect(h.screen.contains("▼"))
        h.press(.backTab)
        h.type("Präsentation")
        let row = try #require(h.rows(containing: "Anlagen").first, "\(h.screen)")
        #expect(h.row(row).contains("Präsentation"))
        #expect(h.screen.contains("▲"))
    }

    @Test("the Actions list gives what is to be done the width left; meeting, TOP and done date are read below")
    func actionsWhat() throws {
        for (width, height, shown) in [(80, 24, "Stellungnahme der Wirtschaftsförder"), (60, 16, "Stellungnahme")] {
            let h = try ScreenHarness(account: ScreenHarness.secretary, width: width, height: height)
            h.press(.character("6"))
            let row = try #require(h.rows(containing: "überfällig").first { $0 > 2 })
            #expect(h.row(row).contains(shown), "\(width)x\(height): \(h.row(row))")
        }
    }

    @Test("the minutes editor's hints say that Esc keeps the draft, with Strg in German and Ctrl in English")
    func editorHints() throws {
        let de = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 24)
        openDraftMeeting(de)
        de.press(.character("e"))
        #expect(de.statusLine.contains("Strg-S speichern  Esc zurück (Entwurf bleibt)  Strg-E externer Editor"), "\(de.statusLine)")
        de.type("Ein Satz im Entwurf.")
        de.press(.escape)
        #expect(try de.string("SELECT text FROM draft WHERE owner = 'cweber'")?.contains("Ein Satz im Entwurf.") == true, "Esc kept the draft")
        let en = try ScreenHarness(account: ScreenHarness.secretary, language: .en, width: 80, height: 24)
        openDraftMeeting(en)
        en.press(.character("e"))
        #expect(en.statusLine.contains("Ctrl-S save  Esc back (draft kept)  Ctrl-E external editor"), "\(en.statusLine)")
        en.press(.escape)
        let help = en.app.screens.meetings.helpLines(en.context).map { "\($0.keys) \($0.description)" }
        #expect(help.contains("Esc back to the meeting; the draft stays, marked on its TOP"), "help says the same: \(help)")
    }
}

extension SecretaryScreensStoriesTests {
    static let finalQuestion60x16 = #"""
 moderat  1  2  3  4  5 Sitzungen  6  7  8
 Protokoll: 10. Sitzung des Beteiligungsbeirats · Entwurf
 07.11.2026, 18:30–21:00 Uhr · Stadtteilzentrum Grübentälc…
 Anwesend 13 (1 Vertretung) · entschuldigt 2 · abwesend 1
 beschlussfähig (13/16, nötig 9) · Gäste 1 · i: alle Namen
  TOP Titel
  1   Begrüßung, Feststellung der Beschlussfähigkeit…
  2   Genehmigung des Protokolls der 9. Sitzung
  3   Auswertung der Online-Kommentierung der Leitli…
  4   Vorhabenliste: Umgestaltung Stiftsplatz – Bete…
───────────────────────────────────────────── ▼ 3 weitere ──
 Die Vorsitzende begrüßt die Anwesenden. Die
 Beschlussfähigkeit wird festgestellt. TOP 6 wird auf
 Protokoll „10. Sitzung des Beteiligungsbeirats“ endgültig
 machen? Danach nur noch Nachträge.
 y = ja   n, Esc, Enter = nein
"""#

    @Test("a motion voted down reads as rejected on screen, in the TOP's text and in the reader, not as a decision")
    func rejectedMotionOnScreen() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 24)
        openDraftMeeting(h)
        h.press(.character("G"), .character("e"), .ctrlEnd)
        h.press(.enter)
        h.type("Beschluss 3/9/1: Die Sitzungen finden künftig im Rathaus statt.")
        h.press(.control("s"))
        #expect(h.app.screens.meetings.editor == nil, "saved: \(h.statusLine)")
        let stored = try #require(try h.string("SELECT minutes_text FROM agenda_item WHERE meeting_id = 2 AND number = 7"))
        #expect(stored.contains("Beschluss 3/9/1: Die Sitzungen"), "the stored text stays as written: \(stored)")
        let line = try #require(h.rows(containing: "Die Sitzungen finden").first)
        #expect(h.row(line).contains("Beschluss 3/9/1 abgelehnt: Die Sitzungen finden künftig im Rathaus statt."), "\(h.screen)")
        h.press(.enter)
        #expect(h.screen.contains("Beschluss 3/9/1 abgelehnt: Die Sitzungen finden künftig im Rathaus statt."), "reader:\n\(h.screen)")
    }
}

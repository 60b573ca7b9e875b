import Foundation
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
            let question = h.t(.meetings(.work(.confirmFinal("10. Sitzung des Beteiligungsbeirats"))))
            #expect(h.bottomText(rows: 3).contains(question), "\(width)x\(height):\n\(h.screen)")
            if width == 60 { #expect(h.screen == SecretaryScreensStoriesTests.finalQuestion60x16, "\n\(h.screen)") }
            h.press(.character("n"))
            #expect(try h.string("SELECT status FROM minutes WHERE meeting_id = 2") == "draft")
            #expect(!h.screen.contains("Nachträge."), "the question is gone after the answer")
            h.press(.character("F"), .character("y"))
            #expect(try h.string("SELECT status FROM minutes WHERE meeting_id = 2") == "final")
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
  1   Begrüßung, Feststellung der Beschlussfähigkeit …
  2   Genehmigung des Protokolls der 9. Sitzung
  3   Auswertung der Online-Kommentierung der Leitlin…
  4   Vorhabenliste: Umgestaltung Stiftsplatz – Betei…
───────────────────────────────────────────── ▼ 3 weitere ──
 Die Vorsitzende begrüßt die Anwesenden. Die
 Beschlussfähigkeit wird festgestellt. TOP 6 wird auf
 Antrag von Herrn Reuter ergänzt.
 Endgültig machen? (y/n) „10. Sitzung des
 Beteiligungsbeirats“ – danach nur Nachträge.
"""#
}

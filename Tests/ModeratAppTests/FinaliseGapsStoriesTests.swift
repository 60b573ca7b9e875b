import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
@testable import ModeratApp
import Testing

/// The secretary's day as the lead walked it: a new meeting with two TOPs, a roll call, the
/// minutes of one TOP, then `F`. Finalising cannot be taken back, so the question names every
/// gap a reader of the published minutes would see (no chair, no minute-taker, no start or
/// end time, a TOP without any text) beside the date in the future, in full at 80x24 and at the
/// README's minimum, with the one yes/no hint every question shares.
@Suite("Finalising names every gap of the minutes first")
struct FinaliseGapsStoriesTests {
    /// "12. Sitzung" on 10.12.2026 (after the harness's today, 27.11.2026): TOP 1 without
    /// text, TOP 2 written, one member present; no chair, minute-taker or start time.
    func newMeeting(_ h: ScreenHarness, title: String = "12. Sitzung des Beteiligungsbeirats",
                    topTitles: [String] = ["Begrüßung", "Radverkehrskonzept Innenstadt"],
                    written: Set<Int> = [2], present: Bool = true) throws -> Int64 {
        let id = try h.store.createMeeting(NewMeeting(boardSlug: try h.store.database.rosterBoardSlug(nil),
                                                      title: title,
                                                      date: try #require(CalendarDay("2026-12-10")), place: "Rathaus, Saal 2"))
        for title in topTitles { _ = try h.store.addAgendaItem(meetingId: id, title: title) }
        let meeting = try h.store.meeting(id)
        for item in meeting.items where written.contains(item.number) {
            _ = try h.store.saveAgendaMinutes(item.id, AgendaMinutes(result: "Die Verwaltung stellt das Konzept vor."),
                                              expectedVersion: item.version)
        }
        if present, let first = meeting.attendance.first {
            try h.store.setAttendance(id, memberId: first.memberId, status: .present)
        }
        h.press(.character("5"))
        _ = h.app.screens.meetings.show(meetingId: id, h.app.context)
        return id
    }

    func status(_ h: ScreenHarness, _ id: Int64) throws -> String? {
        try h.string("SELECT status FROM minutes WHERE meeting_id = ?", [id])
    }

    @Test("F names the future date, the missing chair, minute-taker, start and end time and TOP 1 without text; the whole 80x24 screen")
    func everyGapAt80x24() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 24)
        let id = try newMeeting(h)
        h.press(.character("F"))
        #expect(h.screen == Self.question80x24, "\n\(h.screen)")
        h.press(.character("n"))
        #expect(try status(h, id) == "draft")
        // Filling the gaps leaves only what cannot be filled before the day: the date.
        var change = MeetingDetailsChange()
        change.chair = "Helga Brenner"
        change.minuteTaker = "Claudia Weber"
        try h.store.updateMeetingDetails(id, change)
        h.app.screens.meetings.reload(h.app.context)
        h.press(.character("F"))
        #expect(h.lastRows(4) == [
            " Sitzung erst am 10.12.2026; Beginn fehlt; Ende fehlt; TOP 1 „Begrüßung“ ohne",
            " Text. Protokoll „12. Sitzung des Beteiligungsbeirats“ trotzdem endgültig",
            " machen? Danach nur noch Nachträge.",
            " y = ja   n, Esc, Enter = nein",
        ], "\n\(h.screen)")
        h.press(.character("y"))
        #expect(try status(h, id) == "final")
    }

    @Test("the gaps Beginn and Ende are closed in d: the typed times show in the header and F no longer names them; an end before the start is refused")
    func timesInDetails() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 24)
        let id = try newMeeting(h)
        h.press(.character("d"))
        h.type("12:00")
        h.press(.tab)
        h.type("11:00")
        h.press(.enter)
        #expect(h.screen.contains("end: die Sitzung kann nicht enden, bevor sie beginnt"), "\n\(h.screen)")
        #expect(try h.string("SELECT COALESCE(starts_at, '') || COALESCE(ends_at, '') FROM meeting WHERE id = ?", [id]) == "")
        h.press(.backTab, .control("u"))
        h.type("9:30")
        h.press(.enter)
        #expect(h.statusLine.contains("Kopfdaten gespeichert"), "\n\(h.screen)")
        #expect(h.row(2) == " 10.12.2026, 09:30–11:00 Uhr · Rathaus, Saal 2", "\n\(h.screen)")
        h.press(.character("F"))
        #expect(h.lastRows(4) == [
            " Sitzung erst am 10.12.2026; Sitzungsleitung fehlt; Protokollführung fehlt; TOP",
            " 1 „Begrüßung“ ohne Text. Protokoll „12. Sitzung des Beteiligungsbeirats“",
            " trotzdem endgültig machen? Danach nur noch Nachträge.",
            " y = ja   n, Esc, Enter = nein",
        ], "\n\(h.screen)")
    }

    @Test("at the README's minimum, 60x16, the question with every gap and its key hint is on screen in full")
    func everyGapAt60x16() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 60, height: 16)
        _ = try newMeeting(h)
        h.press(.character("F"))
        #expect(h.screen == Self.question60x16, "\n\(h.screen)")
    }

    @Test("every gap, a long meeting title and 15 empty TOPs with long titles: three by title, cut with …, the rest as number ranges; all of it and the hint on a 60x16 screen")
    func manyEmptyTops() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 60, height: 16)
        var titles = (1...15).map { "Bericht der Arbeitsgruppe \($0) zur Fortschreibung der Leitlinien" }
        titles.insert("Verschiedenes", at: 11)
        _ = try newMeeting(h, title: "12. ordentliche Sitzung des Beteiligungsbeirats der Stadt für Bürgerbeteiligung",
                           topTitles: titles, written: [12], present: false)
        h.press(.character("F"))
        let question = "Sitzung erst am 10.12.2026; niemand anwesend; Sitzungsleitung fehlt; Protokollführung fehlt; Beginn fehlt; Ende fehlt; "
            + "TOP 1 „Bericht der Arbeitsgrup…“, TOP 2 „Bericht der Arbeitsgrup…“, TOP 3 „Bericht der Arbeitsgrup…“ "
            + "und TOP 4–11, 13–16 ohne Text. "
            + "Protokoll „12. ordentliche Sitzung des Beteiligung…“ trotzdem endgültig machen? Danach nur noch Nachträge."
        let rows = TextLayout.wrap(question, width: 58).count
        #expect(h.lastRows(rows + 1).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                == question + " y = ja   n, Esc, Enter = nein", "\n\(h.screen)")
        #expect(h.screen.contains("Protokoll: 12. ordentliche"), "the meeting's heading is still in sight:\n\(h.screen)")
    }

    @Test("in English the question names the same gaps")
    func english() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, language: .en, width: 100, height: 30)
        _ = try newMeeting(h)
        h.press(.character("F"))
        #expect(h.lastRows(4) == [
            " The meeting is only on 2026-12-10; no chair; no minute-taker; no start time; no end time; TOP 1",
            " “Begrüßung” without any text. Mark the minutes of “12. Sitzung des Beteiligungsbeirats” final",
            " anyway? Only amendments after that.",
            " y = yes   n, Esc, Enter = no",
        ], "\n\(h.screen)")
    }

    @Test("a meeting with nothing missing asks plainly, naming the minutes")
    func nothingMissing() throws {
        let h = try ScreenHarness(account: ScreenHarness.secretary, width: 80, height: 24)
        h.press(.character("5"), .enter)
        h.press(.character("F"))
        #expect(h.lastRows(3) == [
            " Protokoll „10. Sitzung des Beteiligungsbeirats“ endgültig machen? Danach nur",
            " noch Nachträge.",
            " y = ja   n, Esc, Enter = nein",
        ], "\n\(h.screen)")
    }
}

extension ScreenHarness {
    /// The last `count` rows of the screen, the status line last (trailing spaces trimmed).
    func lastRows(_ count: Int) -> [String] {
        ((height - count)..<height).map { row($0) }
    }
}

extension FinaliseGapsStoriesTests {
    static let question80x24 = #"""
 moderat  1  2  3  4  5 Sitzungen  6  7  8
 Protokoll: 12. Sitzung des Beteiligungsbeirats · Entwurf
 10.12.2026 · Rathaus, Saal 2
 Anwesend 1 · entschuldigt 0 · abwesend 14 · i: alle Namen
 NICHT beschlussfähig (1/16, nötig 9)
  TOP Titel
  1   Begrüßung                                             0 Beschl. · 0 Aufg.
  2   Radverkehrskonzept Innenstadt                         0 Beschl. · 0 Aufg.






────────────────────────────────────────────────────────────────────────────────





 Sitzung erst am 10.12.2026; Sitzungsleitung fehlt; Protokollführung fehlt;
 Beginn fehlt; Ende fehlt; TOP 1 „Begrüßung“ ohne Text. Protokoll „12. Sitzung
 des Beteiligungsbeirats“ trotzdem endgültig machen? Danach nur noch Nachträge.
 y = ja   n, Esc, Enter = nein
"""#

    static let question60x16 = #"""
 moderat  1  2  3  4  5 Sitzungen  6  7  8
 Protokoll: 12. Sitzung des Beteiligungsbeirats · Entwurf
 10.12.2026 · Rathaus, Saal 2
 Anwesend 1 · entschuldigt 0 · abwesend 14 · i: alle Namen
 NICHT beschlussfähig (1/16, nötig 9)
  TOP Titel
  1   Begrüßung
  2   Radverkehrskonzept Innenstadt


 Sitzung erst am 10.12.2026; Sitzungsleitung fehlt;
 Protokollführung fehlt; Beginn fehlt; Ende fehlt; TOP 1
 „Begrüßung“ ohne Text. Protokoll „12. Sitzung des
 Beteiligungsbeirats“ trotzdem endgültig machen? Danach nur
 noch Nachträge.
 y = ja   n, Esc, Enter = nein
"""#
}

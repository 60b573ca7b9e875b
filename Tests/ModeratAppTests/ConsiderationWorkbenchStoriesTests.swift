import Foundation
import GRDB
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// The second round of the Abwägung in the workbench: outcomes in the queue and the comment
/// view, agreeing with the meeting and TOP picked, leaving a group, passages chosen by sentence.
@Suite("Consideration workbench stories")
struct ConsiderationWorkbenchStoriesTests {
    typealias Stories = ConsiderationStoriesTests

    /// Shows the approved comments in the queue (the story's come first: they are the oldest).
    static func showApproved(_ h: ScreenHarness) {
        h.press(.character("1"))
        h.press(.character(":"))
        h.type("state approved")
        h.press(.enter)
    }

    /// The queue row of comment `id`, as the screen shows it.
    static func queueRow(_ h: ScreenHarness, _ id: Int64) -> String? {
        h.queueRows.first { row in row.split(separator: " ").contains { $0 == "#\(id)" || $0 == "\(id)" } || h.selectedCommentId == id }
    }

    @Test("The queue shows a comment's outcome in a column that fits at 100, 80 and 60 columns; the comment view names outcome, state, passage and group",
          arguments: [(100, 30), (80, 24), (60, 16)])
    func outcomesShown(size: (Int, Int)) throws {
        let bodies = ["Die Vorhabenliste sollte jeden Monat erscheinen.",
                      "Erstens sind die Fristen zu kurz. Zweitens fehlt ein Zwischenbericht.",
                      "Kommentare bitte schneller prüfen (1).", "Kommentare bitte schneller prüfen (2).",
                      "Noch nicht abgewogen."]
        let h = try ScreenHarness(width: size.0, height: size.1, prepare: Stories.addApproved(bodies, code: "C1"))
        let ids = try h.ids("SELECT id FROM comment WHERE external_id LIKE 'story-C1-%' ORDER BY id")
        try h.store.consider(.comment(ids[0]), outcome: .adopted, rationale: "", expectedVersion: 0)
        let group = try h.store.joinGroup([ids[2], ids[3]])
        try h.store.consider(.group(group), outcome: .covered, rationale: "", expectedVersion: 0)

        Self.showApproved(h)
        let wide = size.0 >= 100
        let rows = h.queueRows
        func rowOf(_ id: Int64) -> String { rows.first { $0.contains(String(bodies[ids.firstIndex(of: id) ?? 0].prefix(12))) } ?? "" }
        #expect(rowOf(ids[0]).contains(wide ? "übernommen" : "übern."), "\(h.screen)")
        #expect(rowOf(ids[2]).contains(wide ? "bereits ber." : "bereits"), "\(h.screen)")
        #expect(!rowOf(ids[4]).contains("übern") && !rowOf(ids[4]).contains("bereits"), "\(h.screen)")
        #expect(h.row(2).contains(h.t(.consideration(.work(.queueColumn(wide: wide))))), "the column is headed: \(h.row(2))")
        // The text column keeps room to read.
        #expect(rowOf(ids[4]).contains("Noch nicht"), "\(h.screen)")

        h.app.apply(.openComment(ids[2]))
        h.press(.control("l"))
        // Where the line does not fit, its short form keeps the state whole.
        let groupLine = size.0 >= 80 ? "Gruppe G\(group) mit #\(ids[3]): bereits berücksichtigt · Entwurf"
            : "G\(group) mit #\(ids[3]): bereits ber. · Entwurf"
        #expect(h.screen.contains(groupLine), "\(h.screen)")
        h.press(.escape)
        h.app.apply(.openComment(ids[0]))
        h.press(.control("l"))
        #expect(h.screen.contains("Abwägung"), "\(h.screen)")
        #expect(h.screen.contains("übernommen · Entwurf"), "\(h.screen)")
    }

    @Test("A comment split into passages with different outcomes shows 'versch.' in the queue and each passage with its section in the comment view")
    func passagesInQueueAndCommentView() throws {
        let body = "Erstens sind die Fristen zu kurz.\n\nZweitens fehlt ein Zwischenbericht."
        let h = try ScreenHarness(width: 80, height: 24, prepare: Stories.addApproved([body], code: "C1"))
        let id = try #require(try h.ids("SELECT id FROM comment WHERE external_id = 'story-C1-0'").first)
        let passages = try h.store.splitIntoParagraphs(id)
        try h.store.consider(.passage(passages[0]), outcome: .adopted, rationale: "", expectedVersion: 0)
        try h.store.consider(.passage(passages[1]), outcome: .notAdopted, rationale: "", expectedVersion: 0)
        Self.showApproved(h)
        #expect(h.queueRows.contains { $0.contains("Erstens") && $0.contains("versch.") }, "\(h.screen)")
        h.app.apply(.openComment(id))
        h.press(.control("l"))
        #expect(h.screen.contains("Passage \(id).1: übernommen · Entwurf"), "\(h.screen)")
        #expect(h.screen.contains("Passage \(id).2: nicht übernommen · Entwurf"), "\(h.screen)")
        h.press(.character("M"))
        #expect(h.statusLine.contains(h.t(.consideration(.work(.noMeetingNamed)))), "no agreed passage names a meeting yet")

        // Agreed at a meeting: the comment view names day and TOP, and M opens those minutes.
        let meeting = try #require(try h.ids("SELECT id FROM meeting ORDER BY date DESC, id DESC LIMIT 1").first)
        let date = try #require(try h.string("SELECT date FROM meeting WHERE id = ?", [meeting]))
        try h.store.agreeConsideration(.passage(passages[1]), meetingId: meeting, agendaNumber: 1, expectedVersion: 1)
        h.press(.escape)
        h.resize(width: 120, height: 30)
        h.app.apply(.openComment(id))
        h.press(.control("l"))
        #expect(h.screen.contains("Passage \(id).2: nicht übernommen · beschlossen (\(DayFormat.german(date)), TOP 1)"), "\(h.screen)")
        h.press(.character("M"))
        #expect(h.app.current == .meetings && h.app.screens.meetings.meeting?.id == meeting)
    }

    @Test("B agrees a consideration at a meeting and TOP picked from those that exist, M opens those minutes, R reopens it; audit rows as the CLI's")
    func agreeAndReopen() throws {
        let h = try ScreenHarness(width: 80, height: 24, prepare: Stories.addApproved(["Die Vorhabenliste sollte jeden Monat erscheinen."], code: "C1"))
        let id = try #require(try h.ids("SELECT id FROM comment WHERE external_id = 'story-C1-0'").first)
        let meeting = try #require(try h.ids("SELECT id FROM meeting ORDER BY date DESC, id DESC LIMIT 1").first)
        let title = try #require(try h.string("SELECT title FROM meeting WHERE id = ?", [meeting]))
        let top = try h.int("SELECT COALESCE(MIN(number), 0) FROM agenda_item WHERE meeting_id = ?", [meeting])
        #expect(top > 0, "the demo's latest meeting has an agenda")
        try Stories.openConsideration(h, "C1")
        try Stories.select(h, String(id))
        h.press(.character("B"))
        #expect(h.statusLine.contains(h.t(.consideration(.chooseOutcomeFirst))))
        h.press(.character("u"))
        h.press(.character("B"))
        #expect(h.screen.contains(h.t(.consideration(.work(.pickMeeting)))), "\(h.screen)")
        #expect(h.screen.contains(title), "the meetings that exist are offered")
        h.press(.enter)
        #expect(h.screen.contains("TOP \(top)"), "then the TOPs of that meeting:\n\(h.screen)")
        h.press(.enter)
        #expect(h.statusLine.contains(h.t(.consideration(.work(.agreed(number: String(id)))))), "\(h.statusLine)")
        #expect(try h.table("SELECT state, meeting_id, agenda_number, version FROM consideration WHERE comment_id = ?", [id])
                == [["agreed", String(meeting), String(top), "2"]])
        #expect(try h.int("SELECT COUNT(*) FROM audit_event WHERE action = 'consideration.agree' AND actor = ? AND detail LIKE ? AND detail LIKE ?",
                          [ScreenHarness.account, "%\"meeting\":\"\(meeting)\"%", "%\"top\":\"\(top)\"%"]) == 1)
        let link = try #require(h.rows(containing: h.t(.consideration(.work(.minutesLink)))).first, "the detail names where it was agreed:\n\(h.screen)")
        #expect(h.row(link).contains("TOP \(top)"))
        let start = try #require(Array(h.row(link)).firstIndex(of: "▸"))
        #expect(h.buffer[start, link].style == h.style(.tag).adding(.underline), "the link line is underlined")

        h.press(.character("M"))
        #expect(h.app.current == .meetings, "M opens the Meetings tab")
        #expect(h.app.screens.meetings.meeting?.id == meeting)
        #expect(h.screen.contains(title), "\(h.screen)")

        h.press(.character("2"))
        try Stories.select(h, String(id))
        h.press(.character("u"))
        #expect(h.app.status?.text == "Die Abwägung von Beitrag \(id) hat die Arbeitsgruppe beschlossen; bitte vor dem Ändern wieder öffnen. "
            + "Nichts wurde geändert.", "an agreed consideration is not changed: \(h.statusLine)")
        h.press(.character("R"))
        #expect(h.statusLine.contains(h.t(.consideration(.work(.reopened(number: String(id)))))))
        #expect(try h.table("SELECT state, meeting_id IS NULL, version FROM consideration WHERE comment_id = ?", [id]) == [["draft", "1", "3"]])
        #expect(try h.int("SELECT COUNT(*) FROM audit_event WHERE action = 'consideration.reopen' AND actor = ?", [ScreenHarness.account]) == 1)
        h.press(.character("M"))
        #expect(h.statusLine.contains(h.t(.consideration(.work(.noMeetingNamed)))))
    }

    @Test("A viewer may open the minutes link but neither agree nor reopen nor take a comment out of a group")
    func viewerMayNotAgree() throws {
        let h = try ScreenHarness(account: ScreenHarness.viewer, prepare: Stories.addApproved(["Ein Beitrag."], code: "C1"))
        let id = try #require(try h.ids("SELECT id FROM comment WHERE external_id = 'story-C1-0'").first)
        let admin = try h.otherStore(ScreenHarness.account, secondsLater: 0)
        try admin.consider(.comment(id), outcome: .noted, rationale: "", expectedVersion: 0)
        h.press(.control("l"))
        try Stories.openConsideration(h, "C1")
        try Stories.select(h, String(id))
        for key in ["B", "R", "L"] {
            h.press(.character(Character(key)))
            #expect(h.statusLine.contains(h.t(.consideration(.mayNotWrite))), "\(key): \(h.statusLine)")
        }
        #expect(try h.string("SELECT state FROM consideration WHERE comment_id = ?", [id]) == "draft")
    }

    @Test("L takes a comment out of its group after a question naming the comment and the group; n keeps it")
    func leaveGroup() throws {
        let bodies = (1...3).map { "Kommentare sollten innerhalb von zwei Werktagen geprüft werden (\($0))." }
        let h = try ScreenHarness(width: 80, height: 24, prepare: Stories.addApproved(bodies, code: "C2"))
        let ids = try h.ids("SELECT id FROM comment WHERE external_id LIKE 'story-C2-%' ORDER BY id")
        let group = try h.store.joinGroup(ids)
        try Stories.openConsideration(h, "C2")
        try Stories.select(h, "G\(group)")
        h.press(.character("L"))
        #expect(h.screen.contains("#\(ids[0])") && h.screen.contains("#\(ids[2])"), "the members are offered:\n\(h.screen)")
        h.press(.enter)
        let question = h.t(.consideration(.work(.confirmLeave(comment: ids[0], group: group, others: [ids[1], ids[2]]))))
        #expect(h.bottomText(rows: 4).contains(question + " " + h.t(.decision(.yesNo))), "asked in full, with the one key hint:\n\(h.screen)")
        h.press(.character("n"))
        #expect(try h.int("SELECT COUNT(*) FROM consideration_group_member WHERE group_id = ?", [group]) == 3, "n keeps it in the group")
        h.press(.character("L"))
        h.press(.enter)
        h.press(.character("y"))
        #expect(h.statusLine.contains(h.t(.consideration(.work(.left(comment: ids[0], group: group, dissolved: false))))), "\(h.statusLine)")
        #expect(try h.ids("SELECT comment_id FROM consideration_group_member WHERE group_id = ? ORDER BY comment_id", [group]) == [ids[1], ids[2]])
        #expect(try h.int("SELECT COUNT(*) FROM audit_event WHERE action = 'group.leave' AND actor = ? AND entity_id = ?",
                          [ScreenHarness.account, String(group)]) == 1)
        try Stories.select(h, String(ids[0]))
    }

    @Test("P in the comment view: one comment split by sentences into two passages with different sections and outcomes; its text stays as it was")
    func splitBySentences() throws {
        let body = "Zur Vorhabenliste: bitte auch die Kosten nennen. Zur Anregung: 250 Unterschriften sind zu viele."
        let h = try ScreenHarness(width: 80, height: 24, prepare: Stories.addApproved([body], code: "C1"))
        let id = try #require(try h.ids("SELECT id FROM comment WHERE external_id = 'story-C1-0'").first)
        h.app.apply(.openComment(id))
        h.press(.control("l"))
        h.press(.character("P"))
        #expect(h.screen.contains(h.t(.consideration(.work(.passageTitle(from: 1, to: 1, of: 2))))), "\(h.screen)")
        #expect(h.screen.contains("▶ Zur Vorhabenliste"), "\(h.screen)")
        h.press(.character("j"))
        #expect(h.screen.contains("▶ Zur Anregung"), "\(h.screen)")
        h.press(.enter)
        #expect(h.screen.contains(h.t(.consideration(.work(.pickSection("\(id).2…"))))), "\(h.screen)")
        h.type("C2")
        h.press(.enter)
        #expect(h.statusLine.contains(h.t(.consideration(.work(.splitOff(number: "\(id).2", code: "C2"))))), "\(h.statusLine)")
        #expect(try h.table("""
            SELECT p.number, s.code, p.start_at, p.end_at FROM passage p JOIN section s ON s.id = p.section_id
            WHERE p.comment_id = ? ORDER BY p.number
            """, [id]) == [["1", "C1", "0", "49"], ["2", "C2", "49", String(body.count)]])
        #expect(try h.int("SELECT COUNT(*) FROM audit_event WHERE action = 'passage.split' AND actor = ? AND entity_id = ?",
                          [ScreenHarness.account, String(id)]) == 1)
        h.press(.escape)

        try Stories.openConsideration(h, "C1")
        try Stories.select(h, "\(id).1")
        h.press(.character("u"))
        h.press(.escape)
        try Stories.openConsideration(h, "C2")
        try Stories.select(h, "\(id).2")
        h.press(.character("n"))
        #expect(try h.table("""
            SELECT p.number, s.code, k.outcome FROM passage p JOIN section s ON s.id = p.section_id
            JOIN consideration k ON k.passage_id = p.id WHERE p.comment_id = ? ORDER BY p.number
            """, [id]) == [["1", "C1", "adopted"], ["2", "C2", "not-adopted"]])
        #expect(try h.string("SELECT body FROM comment WHERE id = ?", [id]) == body)

        h.app.apply(.openComment(id))
        h.press(.control("l"))
        #expect(h.screen.contains("Passage \(id).1 (C1): übernommen · Entwurf"), "\(h.screen)")
        #expect(h.screen.contains("Passage \(id).2 (C2): nicht übernommen · Entwurf"), "\(h.screen)")
    }

    @Test("Choosing every sentence is refused: a passage is a part of the comment")
    func wholeTextRefused() throws {
        let h = try ScreenHarness(width: 80, height: 24, prepare: Stories.addApproved(["Erster Satz. Zweiter Satz."], code: "C1"))
        let id = try #require(try h.ids("SELECT id FROM comment WHERE external_id = 'story-C1-0'").first)
        h.app.apply(.openComment(id))
        h.press(.control("l"))
        h.press(.character("P"))
        h.press(.character("v"))
        h.press(.character("j"))
        h.press(.enter)
        #expect(h.statusLine.contains(h.t(.consideration(.work(.wholeText)))), "\(h.statusLine)")
        #expect(try h.int("SELECT COUNT(*) FROM passage WHERE comment_id = ?", [id]) == 0)
    }
}

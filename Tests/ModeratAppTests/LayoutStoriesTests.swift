import Foundation
import GRDB
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// What a moderator sees when text does not fit, when keys come fast, and when a comment is a
/// reply (issue 15's "What is wrong now", the layout and small items).
@Suite("Layout stories")
struct LayoutStoriesTests {
    @Test("Esc and j typed fast (one packet over SSH, read as Alt-j) close the comment and move down")
    func escapeThenKeyTogether() throws {
        let h = try ScreenHarness(width: 80, height: 24)
        let ids = try h.pendingIds(limit: 3)
        h.press(.enter)
        #expect(h.row(1).contains("#\(ids[0])"))
        h.press(.alt("j"))
        #expect(h.app.comment == nil, "the comment view is closed:\n\(h.screen)")
        #expect(h.selectedCommentId == ids[1], "and the cursor went down one row")
    }

    @Test("a long public answer in the comment view ends in … at 80 columns")
    func longAnswerCut() throws {
        let answer = "Vielen Dank für Ihren Hinweis. Die Verwaltung prüft den Vorschlag und berichtet im nächsten Beirat darüber ausführlich."
        let h = try ScreenHarness(width: 80, height: 24) { database in
            try database.pool.write { db in
                try db.execute(sql: "UPDATE comment SET public_answer = ? WHERE id = (SELECT MIN(id) FROM comment WHERE state = 'pending')",
                               arguments: [answer])
            }
        }
        h.press(.enter)
        let y = try #require(h.rows(containing: h.t(.metaAnswer)).first, "\(h.screen)")
        let shown = h.row(y)
        #expect(shown.hasSuffix("…"), "cut with an ellipsis: \(shown)")
        #expect(shown.contains("Vielen Dank für Ihren Hinweis."))
    }

    @Test("at 200 columns the body wraps at the reading width")
    func readingWidth() throws {
        let h = try ScreenHarness(width: 200, height: 30) { database in
            try database.pool.write { db in
                try db.execute(sql: "UPDATE comment SET body = ? WHERE id = (SELECT MIN(id) FROM comment WHERE state = 'pending')",
                               arguments: [String(repeating: "Ein langer Satz über die Beteiligung der Stadt. ", count: 12)])
            }
        }
        h.press(.enter)
        let body = (0..<h.height).map(h.row).filter { $0.contains("Ein langer Satz") }
        #expect(body.count >= 5, "the body wraps over several rows:\n\(h.screen)")
        for line in body {
            #expect(DisplayWidth.of(line) <= CommentLayout.readingWidth + 1, "a body row of \(DisplayWidth.of(line)) columns: \(line)")
        }
    }

    @Test("a reply shows its parent's first line, and p opens the parent")
    func replyParent() throws {
        let h = try ScreenHarness(width: 80, height: 24)
        let reply = try #require(h.app.screens.queue.window.rows.first { $0.isReply })
        let parent = try #require(try h.ids("SELECT parent_id FROM comment WHERE id = ?", [reply.id]).first)
        let parentLine = try #require(try h.string("SELECT body FROM comment WHERE id = ?", [parent]))
            .split(separator: "\n").first.map(String.init) ?? ""
        h.select(comment: reply.id)
        h.press(.enter)
        let y = try #require(h.rows(containing: h.t(.metaParent)).first, "the parent is named:\n\(h.screen)")
        #expect(h.row(y).contains("#\(parent)"))
        #expect(h.row(y).contains(String(parentLine.prefix(20))), "its first line: \(h.row(y))")
        h.press(.character("p"))
        #expect(h.row(1).contains("#\(parent) "), "p opened the parent: \(h.row(1))")
    }

    @Test("the dashboard's weekly chart keeps a bar for a week without comments")
    func dashboardEmptyWeek() throws {
        let h = try ScreenHarness(width: 80, height: 24) { database in
            // Week 44 emptied: its comments moved to week 43.
            try database.pool.write { db in
                try db.execute(sql: """
                    UPDATE comment SET created_at = strftime('%Y-%m-%dT%H:%M:%SZ', created_at, '-7 days')
                    WHERE strftime('%Y-W%W', created_at) = '2026-W44'
                    """)
            }
        }
        h.press(.character("7"))
        let title = try #require(h.rows(containing: h.t(.dashboardPerWeek)).first, "\(h.screen)")
        let bars = h.row(title + 1).trimmingCharacters(in: .whitespaces).prefix { "▁▂▃▄▅▆▇█".contains($0) }
        #expect(h.row(title + 2).contains("2026-W40 … 2026-W47"), "\(h.row(title + 2))")
        #expect(bars.count == 8, "eight weeks, eight bars: \(h.row(title + 1))")
    }
}

extension LayoutStoriesTests {
    @Test("a decision on marks, some of them filtered out of sight, says how many are not on screen")
    func marksOutOfSight() throws {
        let h = try ScreenHarness(width: 80, height: 24)
        let ids = try h.pendingIds(limit: 2)
        h.press(.character(" "))            // marks the first, the cursor goes to the second
        #expect(h.selectedCommentId == ids[1])
        h.press(.character(":"))
        h.type("author")                    // only the second one's author: the first mark is out of sight
        h.press(.enter)
        h.press(.character(" "))
        h.press(.character("a"))
        let question = h.t(.screen(.markedOutOfSight(1)))
        #expect(h.screen.contains("dabei. 1 davon ist in"), "the question says it:\n\(h.screen)")
        #expect(question == "1 davon ist in dieser Ansicht nicht zu sehen.")
        h.press(.character("n"))
        #expect(try h.state(of: ids[0]) == "pending", "n decides nothing")
    }

    @Test("at 80 columns a split comment's agreed passages are cut with …, never bare")
    func passageOutcomesCut() throws {
        let h = try ScreenHarness(width: 80, height: 24)
        let id = try #require(try h.ids("SELECT p.comment_id FROM passage p JOIN consideration c ON c.passage_id = p.id LIMIT 1").first)
        h.press(.character(":"))
        h.type("state all")
        h.press(.enter)
        h.select(comment: id)
        h.press(.enter)
        // "Passage 28.1 (D2): …" in full, "28.1 (D2): teilweise · beschlossen (…)" where that does not fit.
        let rows = h.rows(containing: "\(id).").filter { h.row($0).contains("·") }
        #expect(!rows.isEmpty, "the passages are listed:\n\(h.screen)")
        for y in rows {
            let line = h.row(y)
            #expect(line.hasSuffix("…") || line.hasSuffix(")"), "row \(y): \(line)")
        }
    }

    @Test("a rejected comment's short state reads \"abgel.\", an abbreviation, not a cut word")
    func rejectedShort() throws {
        let h = try ScreenHarness(width: 80, height: 24)
        h.press(.character(":"))
        h.type("state abgelehnt")
        h.press(.enter)
        #expect(h.row(3).hasPrefix("▶ abgel. "), "\(h.row(3))")
    }
}

extension LayoutStoriesTests {
    @Test("M on a comment nobody has considered says so, not that \"this consideration names no meeting\"")
    func minutesWithoutConsideration() throws {
        let h = try ScreenHarness(width: 80, height: 24)
        let id = try #require(h.selectedCommentId)
        let considered = try h.int("SELECT COUNT(*) FROM consideration WHERE comment_id = ?", [id])
        try #require(considered == 0, "the demo's first pending comment has no consideration")
        h.press(.enter)
        h.press(.character("M"))
        #expect(h.statusLine.contains(h.t(.screen(.noConsiderationYet(try h.label(id))))), "said: \(h.statusLine)")
        #expect(!h.statusLine.contains(h.t(.consideration(.work(.noMeetingNamed)))))
    }
}

extension LayoutStoriesTests {
    @Test("at the minimum size the reason picker's hints keep the way out: \"… Esc abbrechen\"")
    func pickerHintsKeepEscape() throws {
        let h = try ScreenHarness(width: 60, height: 16)
        h.press(.enter)
        h.press(.character("r"))
        #expect(h.statusLine.hasSuffix("…  Esc abbrechen"), "status: \(h.statusLine)")
        // The demo has seven reasons, so the number keys go to 7, not 9.
        #expect(h.statusLine.hasPrefix(" 1–7 wählt"), "whole hints before the cut: \(h.statusLine)")
    }
}

extension LayoutStoriesTests {
    @Test("Esc leaves a search and keeps the marks behind it; a second Esc clears them and says how many")
    func escapeKeepsMarksBehindSearch() throws {
        let h = try ScreenHarness(width: 80, height: 24)
        h.press(.character(" "))
        h.press(.character("/"))
        h.type("casino")
        h.press(.enter)
        #expect(h.app.screens.queue.filter.search == "casino")
        #expect(h.app.screens.queue.marks.count == 1)
        h.press(.escape)
        #expect(h.app.screens.queue.filter.search == nil, "the search is gone")
        #expect(h.app.screens.queue.marks.count == 1, "the mark out of sight was not dropped")
        h.press(.escape)
        #expect(h.app.screens.queue.marks.isEmpty)
        #expect(h.statusLine.contains(h.t(.screen(.marksCleared(1)))), "said: \(h.statusLine)")
        #expect(h.t(.screen(.marksCleared(1))) == "1 Markierung aufgehoben")
    }
}

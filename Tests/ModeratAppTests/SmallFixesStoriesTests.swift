import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// The small ones of issue 15, each as a user meets it.
@Suite("Small fixes stories")
struct SmallFixesStoriesTests {
    func command(_ h: ScreenHarness, _ text: String) {
        h.press(.character(":"))
        h.type(text)
        h.press(.enter)
    }

    @Test("a queue of one comment says \"1 Beitrag\"")
    func oneComment() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        let author = try #require(try h.string("SELECT a.display_name FROM comment c JOIN author a ON a.id = c.author_id WHERE c.id = ?", [id]))
        let count = try h.int("SELECT COUNT(*) FROM comment c JOIN author a ON a.id = c.author_id WHERE a.display_name = ? AND c.state = 'pending'", [author])
        try #require(count == 1, "the demo's first author wrote one pending comment")
        command(h, "author")
        #expect(h.queueHeading.contains(": 1 Beitrag"), "heading: \(h.queueHeading)")
        #expect(!h.queueHeading.contains("1 Beiträge"))
    }

    @Test(":to 31.2.2026 is refused; :to on the day DST ends includes the whole day")
    func toDay() throws {
        let h = try ScreenHarness()
        command(h, "to 31.2.2026")
        #expect(h.messageLog.last == h.t(.filterArgument("to", "31.2.2026")), "said: \(h.messageLog)")
        #expect(!h.cells(in: h.height - 1, styled: .error).isEmpty, "shown as an error")
        #expect(h.app.screens.queue.filter.createdBefore == nil)
        // 25.10.2026 has 25 hours in Berlin: the day ends at 26.10. 00:00 CET = 25.10. 23:00 UTC.
        command(h, "to 25.10.2026")
        let end = try #require(h.app.screens.queue.filter.createdBefore)
        #expect(Timestamps.string(end) == "2026-10-25T23:00:00Z")
    }

    @Test("the weekly chart has one bar for each week, empty weeks too")
    func weeksWithoutGaps() {
        let filled = WeekSeries.filled([(week: "2026-W40", count: 3), (week: "2026-W43", count: 1)])
        #expect(filled.map(\.week) == ["2026-W40", "2026-W41", "2026-W42", "2026-W43"])
        #expect(filled.map(\.count) == [3, 0, 0, 1])
        // Week 00 of a year is the last week of the year before: one bar, not two.
        let turn = WeekSeries.filled([(week: "2025-W52", count: 2), (week: "2026-W00", count: 1), (week: "2026-W01", count: 4)])
        #expect(turn.map(\.count) == [3, 4])
    }
}

extension SmallFixesStoriesTests {
    @Test(": Tab lists the candidates and completes arguments (states, sections)")
    func commandCompletion() throws {
        let h = try ScreenHarness()
        h.press(.character(":"))
        h.type("s")
        h.press(.tab)
        #expect(h.row(h.height - 2).contains("search") && h.row(h.height - 2).contains("state"), "candidates: \(h.row(h.height - 2))")
        h.type("tate z")
        h.press(.tab)
        #expect(h.statusLine.contains(":state zurückgestellt"), "the state is completed: \(h.statusLine)")
        h.press(.enter)
        #expect(h.app.screens.queue.filter.states == [.held])
        h.press(.character(":"))
        h.type("section c")
        h.press(.tab)
        #expect(h.row(h.height - 2).contains("C1") && h.row(h.height - 2).contains("C2"), "section candidates: \(h.row(h.height - 2))")
        h.type("1")
        h.press(.enter)
        #expect(h.app.screens.queue.filter.sectionId != nil)
    }
}

extension SmallFixesStoriesTests {
    @Test("a click selects the row under the mouse, also below the read-only banner")
    func clickUnderBanner() throws {
        for account in [ScreenHarness.account, "stranger"] {
            let h = try ScreenHarness(account: account)
            let ids = try h.pendingIds(limit: 5)
            let row = try #require(h.app.screens.queue.window.rows.first { $0.id == ids[3] })
            let y = try #require(h.rows(containing: String(row.firstLine.prefix(25))).first)
            h.send(.mouse(MouseEvent(kind: .click, x: 10, y: y)))
            #expect(h.selectedCommentId == ids[3], "\(account): clicked row \(y)")
        }
    }
}

extension SmallFixesStoriesTests {
    @Test("at the minimum size a long help line wraps instead of being cut, and scrolling reaches it")
    func helpWraps() throws {
        let h = try ScreenHarness(width: 60, height: 16)
        h.press(.character("?"))
        var seen = h.screen
        for _ in 0..<60 {
            h.press(.character("j"))
            seen += "\n" + h.screen
        }
        #expect(seen.contains(":reset"), "the end of the filter commands' help line can be read")
        #expect(seen.contains(":messages"), "the command list at the end is reached")
    }
}

extension SmallFixesStoriesTests {
    @Test("a : filter says the whole filter on the status line, and the message log keeps it")
    func filterSaidInFull() throws {
        let h = try ScreenHarness(width: 60, height: 16)
        command(h, "state all")
        command(h, "answered ja")
        command(h, "from 1.10.2026")
        let description = h.app.screens.queue.filterDescription(h.app.context)
        #expect(h.messageLog.last == description)
        h.press(.character("M"))
        #expect(h.screen.contains("alle · ≥ 2026-10-01 · beantwortet · älteste zuerst"), "the log shows the whole filter:\n\(h.screen)")
    }
}

import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// Issue 15: marks are the user's whatever the list shows; a search starts empty; clearing a
/// search or filter keeps the cursor; screen 2's jump starts from a clean filter.
@Suite("Marks and search stories")
struct MarksAndSearchStoriesTests {

    func search(_ h: ScreenHarness, _ text: String) {
        h.press(.character("/"))
        h.type(text)
        h.press(.enter)
    }

    @Test("marks survive a search: the heading says how many are marked and how many shown")
    func marksSurviveSearch() throws {
        let h = try ScreenHarness()
        h.press(.character(" "), .character(" "), .character(" "))
        #expect(h.queueHeading.contains(h.t(.marked(3, visible: 3))))
        let marked = h.app.screens.queue.marks.map(\.id)
        let body = try #require(try h.string("SELECT body FROM comment WHERE id = ?", [marked[1]]))
        let word = try #require(Folding.words(body).first { $0.count >= 8 })
        search(h, word)
        #expect(h.app.screens.queue.marks.map(\.id) == marked, "the marks are still there")
        let shown = h.app.screens.queue.window.rows.filter { marked.contains($0.id) }.count
        #expect(shown >= 1 && shown < 3, "the search shows some of them")
        #expect(h.queueHeading.contains(h.t(.marked(3, visible: shown))), "heading: \(h.queueHeading)")
    }

    @Test("/ starts empty, ↑ brings back the earlier term, and a new term does not append to the old")
    func searchStartsEmpty() throws {
        let h = try ScreenHarness()
        search(h, "casino")
        h.press(.character("/"))
        #expect(h.searchLine.trimmingCharacters(in: .whitespaces) == h.t(.searchPrompt).trimmingCharacters(in: .whitespaces),
                "the search line is empty: \(h.searchLine)")
        h.type("kredit")
        h.press(.enter)
        #expect(h.app.screens.queue.filter.search == "kredit")
        h.press(.character("/"), .up, .up)
        #expect(h.searchLine.contains("casino"), "↑↑ recalls the first term: \(h.searchLine)")
        h.press(.down)
        #expect(h.searchLine.contains("kredit"))
    }

    @Test("clearing a search with Esc keeps the cursor on the same comment")
    func clearingKeepsCursor() throws {
        let h = try ScreenHarness()
        let pending = try h.pendingIds(limit: 400)
        let target = pending[250]
        let body = try #require(try h.string("SELECT body FROM comment WHERE id = ?", [target]))
        let word = try #require(Folding.words(body).first { $0.count >= 9 })
        search(h, word)
        h.select(comment: target)
        #expect(h.selectedCommentId == target)
        h.press(.escape)
        #expect(h.app.screens.queue.filter.search == nil)
        #expect(h.selectedCommentId == target, "the cursor stays on the comment, not back on top")
    }

    @Test("a jump from a section on screen 2 starts from a clean filter")
    func sectionJumpCleanFilter() throws {
        let h = try ScreenHarness()
        search(h, "zzzkeinwortzzz")
        #expect(h.queueRows.isEmpty || h.screen.contains(h.t(.queueEmpty)))
        h.press(.character("2"))
        h.press(.enter)
        #expect(h.app.screens.queue.filter.search == nil, "the earlier search is gone")
        #expect(!h.app.screens.queue.window.rows.isEmpty, "the section's comments are listed")
    }

    @Test("q with marks set asks before quitting; n stays, y quits")
    func quitAsks() throws {
        let h = try ScreenHarness()
        h.press(.character(" "), .character("q"))
        #expect(!h.app.shouldQuit)
        #expect(h.screen.contains(String(h.t(.decision(.quitQuestion(marks: 1, draft: false))).prefix(20))))
        h.press(.character("n"))
        #expect(!h.app.shouldQuit)
        h.press(.character("q"), .character("y"))
        #expect(h.app.shouldQuit)
    }

    @Test("help lists the : commands and G reaches its last line")
    func helpListsCommandsAndScrolls() throws {
        let h = try ScreenHarness(width: 80, height: 24)
        h.press(.character("?"))
        #expect(!h.screen.contains(":undo"))
        h.press(.character("G"))
        #expect(h.screen.contains(":undo"), "the last lines name the commands:\n\(h.screen)")
    }
}

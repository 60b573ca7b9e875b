import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// Narrowing the queue with `:` commands: state, process, author, date range, answered.
@Suite("Queue filter stories")
struct QueueFilterStoriesTests {
    /// Types a command line and presses Enter.
    func command(_ h: ScreenHarness, _ text: String) {
        h.press(.character(":"))
        h.type(text)
        h.press(.enter)
    }

    @Test("moderator narrows the queue to held comments of one process and sees the count the database holds")
    func stateAndProcess() throws {
        let h = try ScreenHarness()
        command(h, "state held")
        command(h, "process leitlinien")
        let expected = try h.int("""
            SELECT COUNT(*) FROM comment c JOIN process p ON p.id = c.process_id
            WHERE c.state = 'held' AND p.slug = 'leitlinien'
            """)
        #expect(expected > 0)
        #expect(h.queueHeading.contains("zurückgestellt"))
        #expect(h.queueHeading.contains("leitlinien"))
        #expect(h.queueHeading.contains(": \(expected) "))
        for y in h.queueRowRange where !h.row(y).isEmpty {
            #expect(h.row(y).contains("zurück"), "row \(y): \(h.row(y))")
        }
    }

    @Test("answered comments of a date range: the count is the database's; :reset brings the pending queue back")
    func answeredInRange() throws {
        let h = try ScreenHarness()
        command(h, "state all")
        command(h, "answered ja")
        command(h, "from 1.10.2026")
        command(h, "to 2026-10-31")
        let expected = try h.int("""
            SELECT COUNT(*) FROM comment WHERE COALESCE(public_answer, '') <> ''
            AND created_at >= '2026-09-30T22:00:00Z' AND created_at < '2026-10-31T23:00:00Z'
            """)
        #expect(h.queueHeading.contains("beantwortet"))
        #expect(h.queueHeading.contains(": \(expected) "), "\(h.queueHeading)")
        command(h, "reset")
        let pending = try h.int("SELECT COUNT(*) FROM comment WHERE state = 'pending'")
        #expect(h.queueHeading.contains(": \(pending) "))
    }

    @Test("':author' without a name keeps only the selected comment's author")
    func authorOfSelectedRow() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        let author = try #require(try h.string("SELECT a.display_name FROM comment c JOIN author a ON a.id = c.author_id WHERE c.id = ?", [id]))
        command(h, "author")
        let expected = try h.int("SELECT COUNT(*) FROM comment c JOIN author a ON a.id = c.author_id WHERE c.state = 'pending' AND a.display_name = ?", [author])
        #expect(h.queueHeading.contains(": \(expected) "))
        for y in h.queueRowRange where !h.row(y).isEmpty {
            #expect(h.row(y).contains(String(author.prefix(14))), "row \(y): \(h.row(y))")
        }
    }

    @Test("a filter the workbench does not understand is an error and changes nothing")
    func badArgument() throws {
        let h = try ScreenHarness()
        let before = h.queueHeading
        command(h, "section Z9")
        #expect(h.statusLine.contains(":section"))
        #expect(h.statusLine.contains("Z9"))
        #expect(h.queueHeading == before)
    }
}

import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// The guideline sections and the queue filtered to one of them.
@Suite("Sections stories")
struct SectionsStoriesTests {
    @Test("Enter on a section shows the queue of the comments tagged to it")
    func filterBySection() throws {
        let h = try ScreenHarness()
        h.press(.character("2"))
        #expect(h.screen.contains(h.t(.sectionsHeader)))
        #expect(h.currentTab == " 2 " + h.t(.screenTitle(.sections)) + " ")

        // Down to C1 Vorhabenliste.
        var presses = 0
        while !(h.selectedRowText ?? "").contains("C1"), presses < 30 {
            h.press(.character("j"))
            presses += 1
        }
        let selected = try #require(h.selectedRowText)
        #expect(selected.contains("Vorhabenliste"))
        let sectionId = try h.int("SELECT id FROM section WHERE code = 'C1'")
        let tagged = try h.int("SELECT COUNT(*) FROM comment_section WHERE section_id = ?", [sectionId])
        let taggedPending = try h.int("""
            SELECT COUNT(*) FROM comment_section cs JOIN comment c ON c.id = cs.comment_id
            WHERE cs.section_id = ? AND c.state = 'pending'
            """, [sectionId])
        #expect(selected.contains(" \(taggedPending) "), "the sections list counts pending comments per section")

        h.press(.enter)
        // Back on the queue, filtered to C1 across every state.
        #expect(h.currentTab == " 1 " + h.t(.screenTitle(.queue)) + " ")
        #expect(h.queueHeading.contains("§ C1"))
        #expect(h.queueHeading.contains(": \(tagged) "))
        #expect(tagged > 0)
        let shown = h.queueRowRange.filter { !h.row($0).isEmpty }
        #expect(shown.count == min(tagged, h.queueRowRange.count))
        for y in shown {
            let codes = h.column(h.t(.column(.sections)), row: y, width: 8)
            #expect(codes.split(separator: ",").contains("C1"), "row \(y) is not tagged C1: \(h.row(y))")
        }
        // And the rows behind them are the tagged comments, every state included.
        let ids = Set(h.app.screens.queue.window.rows.map(\.id))
        let taggedIds = Set(try h.ids("SELECT comment_id FROM comment_section WHERE section_id = ?", [sectionId]))
        #expect(ids.isSubset(of: taggedIds))
        let states = Set(try h.table("SELECT DISTINCT state FROM comment WHERE id IN (SELECT comment_id FROM comment_section WHERE section_id = ?)", [sectionId]).map { $0[0] })
        #expect(states.count > 1, "C1 holds decided comments too, so the filter must show every state")
    }
}

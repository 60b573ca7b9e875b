import Foundation
import GRDB
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// Tagging comments to guideline sections through the picker, one at a time and in bulk, and
/// what the Sections screen shows of it.
@Suite("Guidelines tagging stories")
struct GuidelinesTaggingStoriesTests {
    /// The codes the comment is tagged to, sorted.
    static func codes(_ h: ScreenHarness, _ comment: Int64) throws -> [String] {
        try h.table("""
            SELECT s.code FROM comment_section cs JOIN section s ON s.id = cs.section_id WHERE cs.comment_id = ? ORDER BY s.code
            """, [comment]).map { $0[0] }
    }

    /// The first pending comment, with its tags taken off, selected in the queue.
    static func untaggedFirst(_ h: ScreenHarness) throws -> Int64 {
        let id = try #require(try h.pendingIds(limit: 1).first)
        try h.store.setTags(id, sectionIds: [])
        h.waitTick()
        h.select(comment: id)
        return id
    }

    @Test("moderator tags a comment to two sections by typing their ids in the picker")
    func tagTwoByTyping() throws {
        let h = try ScreenHarness()
        let id = try Self.untaggedFirst(h)
        h.press(.character("t"))
        #expect(h.screen.contains(h.t(.sectionPickerTitle)))
        #expect(h.screen.contains(h.t(.noSection)))
        h.type("b1")
        #expect(h.screen.contains("B1  Formen der Beteiligung"))
        #expect(!h.screen.contains("C1  Vorhabenliste"), "typing filters by id")
        h.press(.character(" "))
        h.press(.backspace, .backspace)
        h.type("vorhaben")
        #expect(h.screen.contains("C1  Vorhabenliste"), "typing filters by title too")
        #expect(!h.screen.contains("B2  Qualitätskriterien"))
        h.press(.character(" "), .enter)
        #expect(h.statusLine.contains(h.t(.tagsApplied(1))))
        #expect(try Self.codes(h, id) == ["B1", "C1"])
        #expect(try h.auditCount(id, action: "comment.tag") >= 1)
    }

    @Test("the picker shows the current tags chosen; Space takes one off")
    func untagOne() throws {
        let h = try ScreenHarness()
        let id = try Self.untaggedFirst(h)
        let b1 = Int64(try h.int("SELECT id FROM section WHERE code = 'B1'"))
        let c1 = Int64(try h.int("SELECT id FROM section WHERE code = 'C1'"))
        try h.store.setTags(id, sectionIds: [b1, c1])
        h.waitTick()
        h.press(.character("t"))
        // Chosen, wherever it stands (a suggested section leads the list, marked ★).
        #expect(h.rows(containing: "B1  Formen der Beteiligung").contains { h.row($0).contains("[x]") })
        h.type("C1")
        h.press(.character(" "), .enter)
        #expect(try Self.codes(h, id) == ["B1"])
    }

    @Test("\"(kein Abschnitt)\" takes every tag off the comment")
    func noSection() throws {
        let h = try ScreenHarness()
        let id = try Self.untaggedFirst(h)
        try h.store.setTags(id, sectionIds: [Int64(try h.int("SELECT id FROM section WHERE code = 'D3'"))])
        h.waitTick()
        h.press(.character("t"))
        h.type("kein")
        h.press(.character(" "), .enter)
        #expect(try Self.codes(h, id).isEmpty)
    }

    @Test("moderator adds a section to three marked comments at once; their other tags stay")
    func bulkAdd() throws {
        let h = try ScreenHarness()
        let ids = Array(try h.pendingIds(limit: 3))
        let before = try ids.map { try Self.codes(h, $0) }
        h.select(comment: ids[0])
        h.press(.character(" "), .character(" "), .character(" "))
        h.press(.character("t"))
        #expect(h.screen.contains(String(h.t(.decision(.confirmMarked(nil, count: 3, cursor: try h.label(try #require(h.selectedCommentId)),
                                                                       cursorMarked: false))).prefix(30))), "several comments ask first")
        h.press(.character("y"))
        h.type("G1")
        h.press(.character(" "), .enter)
        #expect(h.statusLine.contains(h.t(.tagsApplied(3))))
        for (id, old) in zip(ids, before) {
            #expect(try Self.codes(h, id) == Array(Set(old + ["G1"])).sorted())
        }
    }

    @Test("\"(kein Abschnitt)\" on marked comments takes every tag off all of them")
    func bulkClear() throws {
        let h = try ScreenHarness()
        let ids = Array(try h.pendingIds(limit: 3))
        let g1 = Int64(try h.int("SELECT id FROM section WHERE code = 'G1'"))
        try h.store.addTags(ids, sectionIds: [g1])
        h.waitTick()
        h.select(comment: ids[0])
        h.press(.character(" "), .character(" "), .character(" "))
        h.press(.character("t"), .character("y"))
        h.type("kein")
        h.press(.character(" "), .enter)
        #expect(h.statusLine.contains(h.t(.tagsCleared(3))))
        for id in ids { #expect(try Self.codes(h, id).isEmpty) }
    }

    @Test("the Sections screen shows the selected section's text and its comments, and its counts follow tagging")
    func sectionsScreen() throws {
        let h = try ScreenHarness()
        let id = try Self.untaggedFirst(h)
        h.press(.character("2"))
        var presses = 0
        while !(h.selectedRowText ?? "").contains("B1"), presses < 30 {
            h.press(.character("j"))
            presses += 1
        }
        let b1 = try h.int("SELECT id FROM section WHERE code = 'B1'")
        let pendingBefore = try h.int("""
            SELECT COUNT(*) FROM comment_section cs JOIN comment c ON c.id = cs.comment_id WHERE cs.section_id = ? AND c.state = 'pending'
            """, [b1])
        #expect(h.selectedRowText?.contains(" \(pendingBefore) ") == true)
        #expect(h.screen.contains(h.t(.sectionText) + " · B1"))
        #expect(h.screen.contains("Beteiligung reicht von der Information"), "the section's text")
        let total = try h.int("SELECT COUNT(*) FROM comment_section WHERE section_id = ?", [b1])
        #expect(h.screen.contains(h.t(.sectionComments(code: "B1", count: total))))
        let newestPending = try #require(try h.string("""
            SELECT substr(c.body, 1, 20) FROM comment_section cs JOIN comment c ON c.id = cs.comment_id
            WHERE cs.section_id = ? AND c.state = 'pending' ORDER BY c.created_at DESC, c.id DESC LIMIT 1
            """, [b1]))
        #expect(h.screen.contains(newestPending.split(separator: "\n").first.map(String.init) ?? newestPending),
                "open comments are listed first")

        h.press(.character("1"))
        h.select(comment: id)
        h.press(.character("t"))
        h.type("b1")
        h.press(.character(" "), .enter)
        h.press(.character("2"))
        #expect(h.selectedRowText?.contains("B1") == true, "the cursor stays on B1")
        #expect(h.selectedRowText?.contains(" \(pendingBefore + 1) ") == true)
        #expect(h.screen.contains(h.t(.sectionComments(code: "B1", count: total + 1))))
    }
}

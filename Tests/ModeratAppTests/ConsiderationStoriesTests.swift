import Foundation
import GRDB
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// The working group's moderator weighs the comments of one section on the sections screen.
@Suite("Consideration stories")
struct ConsiderationStoriesTests {
    /// Approved comments tagged to `code`, written before every demo comment so they come first.
    static func addApproved(_ bodies: [String], code: String) -> (ModeratDatabase) throws -> Void {
        { database in
            try database.pool.write { db in
                let process = try Int64.fetchOne(db, sql: "SELECT id FROM process WHERE slug = 'leitlinien'") ?? 0
                let section = try Int64.fetchOne(db, sql: "SELECT id FROM section WHERE process_id = ? AND code = ?", arguments: [process, code]) ?? 0
                for (index, body) in bodies.enumerated() {
                    let at = String(format: "2026-09-01T10:%02d:00Z", index)
                    try db.execute(sql: """
                        INSERT INTO comment(source, external_id, process_id, body, created_at, imported_at, state)
                        VALUES ('test', ?, ?, ?, ?, ?, 'approved')
                        """, arguments: ["story-\(code)-\(index)", process, body, at, at])
                    try db.execute(sql: "INSERT INTO comment_section(comment_id, section_id) VALUES (?, ?)",
                                   arguments: [db.lastInsertedRowID, section])
                }
            }
        }
    }

    /// Opens the sections screen on `code` and its consideration view.
    static func openConsideration(_ h: ScreenHarness, _ code: String) throws {
        h.press(.character("2"))
        var presses = 0
        while !(h.selectedRowText ?? "").hasPrefix("  " + code + " ") && !(h.selectedRowText ?? "").contains(" \(code) "), presses < 40 {
            h.press(.character("j"))
            presses += 1
        }
        h.press(.character("a"))
        #expect(h.screen.contains(h.t(.consideration(.heading(code: code, title: try #require(try h.string("SELECT title FROM section WHERE code = ?", [code])))))))
    }

    /// "12 von 40 abgewogen" as the heading shows it.
    static func progress(_ h: ScreenHarness) -> (Int, Int)? {
        let heading = h.row(1)
        guard let range = heading.range(of: #"(\d+) von (\d+) abgewogen"#, options: .regularExpression) else { return nil }
        let numbers = heading[range].split(separator: " ").compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    /// Moves down until the selected row starts with `number`.
    static func select(_ h: ScreenHarness, _ number: String) throws {
        h.press(.character("g"))
        var presses = 0
        while !(h.selectedRowText ?? "").contains(" \(number) "), presses < 60 {
            h.press(.character("j"))
            presses += 1
        }
        #expect((h.selectedRowText ?? "").contains(" \(number) "), "no row \(number) in\n\(h.screen)")
    }

    @Test("Considering a comment: the unconsidered come first, one key writes the outcome, the progress figure moves, Ctrl-S saves the rationale")
    func considerOne() throws {
        let h = try ScreenHarness(prepare: Self.addApproved(["Die Vorhabenliste sollte jeden Monat erscheinen."], code: "C1"))
        let id = try #require(try h.ids("SELECT id FROM comment WHERE external_id = 'story-C1-0'").first)
        try Self.openConsideration(h, "C1")
        let before = try #require(Self.progress(h))
        #expect(before.0 < before.1)
        #expect((h.selectedRowText ?? "").contains(" \(id) "), "the oldest unconsidered comment is selected first")
        h.press(.character("u"))
        #expect(h.statusLine.contains(h.t(.consideration(.written("übernommen")))))
        let after = try #require(Self.progress(h))
        #expect(after.0 == before.0 + 1 && after.1 == before.1)
        #expect(try h.string("SELECT outcome FROM consideration WHERE comment_id = ?", [id]) == "adopted")
        #expect(try h.string("SELECT m.account FROM consideration k JOIN moderator m ON m.id = k.written_by WHERE k.comment_id = ?", [id]) == ScreenHarness.account)

        try Self.select(h, String(id))
        h.press(.character("e"))
        h.type("Wird vierteljährlich aktualisiert.")
        h.press(.control("s"))
        #expect(h.statusLine.contains(h.t(.consideration(.rationaleSaved))))
        #expect(try h.string("SELECT rationale FROM consideration WHERE comment_id = ?", [id]) == "Wird vierteljährlich aktualisiert.")
        #expect(try h.int("SELECT version FROM consideration WHERE comment_id = ?", [id]) == 2)

        // The comment view shows what became of the comment.
        h.app.apply(.openComment(id))
        h.press(.control("l"))
        #expect(h.rows(containing: "Abwägung").contains { h.row($0).contains("übernommen · Entwurf") }, "\(h.screen)")
        #expect(try h.int("SELECT COUNT(*) FROM audit_event WHERE action = 'consideration.write' AND actor = ? AND detail LIKE ?",
                          [ScreenHarness.account, "%\"target\":\"comment:\(id)\"%"]) == 2)
    }

    @Test("Splitting a comment into two passages with different sections and outcomes; its text stays as it was")
    func splitIntoPassages() throws {
        let body = "Zur Vorhabenliste: bitte auch die Kosten nennen.\n\nZur Anregung: 250 Unterschriften sind zu viele."
        let h = try ScreenHarness(prepare: Self.addApproved([body], code: "C1"))
        let id = try #require(try h.ids("SELECT id FROM comment WHERE external_id = 'story-C1-0'").first)
        try Self.openConsideration(h, "C1")
        let before = try #require(Self.progress(h))
        h.press(.character("P"))
        #expect(h.statusLine.contains(h.t(.consideration(.split(2)))))
        #expect(try #require(Self.progress(h)).1 == before.1 + 1, "one comment became two passages")

        try Self.select(h, "\(id).2")
        h.press(.character(">"))
        #expect(h.statusLine.contains(h.t(.consideration(.moved(number: "\(id).2", code: "C2")))))
        try Self.select(h, "\(id).1")
        h.press(.character("u"))
        h.press(.escape)

        try Self.openConsideration(h, "C2")
        try Self.select(h, "\(id).2")
        h.press(.character("n"))

        let passages = try h.table("""
            SELECT p.number, s.code, k.outcome FROM passage p JOIN section s ON s.id = p.section_id
            JOIN consideration k ON k.passage_id = p.id WHERE p.comment_id = ? ORDER BY p.number
            """, [id])
        #expect(passages == [["1", "C1", "adopted"], ["2", "C2", "not-adopted"]])
        #expect(try h.string("SELECT body FROM comment WHERE id = ?", [id]) == body)
    }

    @Test("Three comments with the same concern are joined into one group with one consideration")
    func joinGroup() throws {
        let bodies = (1...3).map { "Kommentare sollten innerhalb von zwei Werktagen geprüft werden (\($0))." }
        let h = try ScreenHarness(prepare: Self.addApproved(bodies, code: "C2"))
        let ids = try h.ids("SELECT id FROM comment WHERE external_id LIKE 'story-C2-%' ORDER BY id")
        try Self.openConsideration(h, "C2")
        let before = try #require(Self.progress(h))
        for id in ids {
            try Self.select(h, String(id))
            h.press(.character(" "))
        }
        h.press(.character("J"))
        let group = try #require(try h.ids("SELECT group_id FROM consideration_group_member WHERE comment_id = ?", [ids[0]]).first)
        #expect(h.statusLine.contains(h.t(.consideration(.joined(group, count: 3)))))
        #expect(try #require(Self.progress(h)).1 == before.1 - 2, "three comments are one thing to consider now")
        try Self.select(h, "G\(group)")
        h.press(.character("b"))
        #expect(try h.ids("SELECT comment_id FROM consideration_group_member WHERE group_id = ? ORDER BY comment_id", [group]) == ids)
        #expect(try h.string("SELECT outcome FROM consideration WHERE group_id = ?", [group]) == "covered")
        let after = try #require(Self.progress(h))
        #expect(after.0 == before.0 + 1)
    }

    @Test("A viewer reads the consideration view but cannot write")
    func viewerReads() throws {
        let h = try ScreenHarness(account: ScreenHarness.viewer)
        try Self.openConsideration(h, "C1")
        let before = try h.int("SELECT COUNT(*) FROM consideration")
        h.press(.character("u"))
        #expect(h.statusLine.contains(h.t(.consideration(.mayNotWrite))))
        #expect(try h.int("SELECT COUNT(*) FROM consideration") == before)
    }
}

import Foundation
import GRDB
import ModeratStore
import Testing

/// The real binary in tmux: a moderator tags a comment to two sections through the picker and
/// sees the Sections screen's counts follow.
@Suite("guidelines tagging end to end", .serialized, .requires(.tmux), .beyondSmokeSet)
struct GuidelinesTaggingEndToEndTests {
    /// The four counts (pending, approved, rejected, answered) on the screen row of a section.
    static func counts(_ screen: [String], code: String) -> [Int]? {
        guard let row = screen.first(where: { $0.split(separator: " ").first.map(String.init) == code
            || $0.trimmingCharacters(in: .whitespaces).hasPrefix(code + " ") }) else { return nil }
        let numbers = row.split(separator: " ").suffix(4).compactMap { Int($0) }
        return numbers.count == 4 ? numbers : nil
    }

    static func pendingTagged(_ database: ModeratDatabase, _ code: String) throws -> Int {
        try database.pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM comment_section cs JOIN comment c ON c.id = cs.comment_id
                JOIN section s ON s.id = cs.section_id WHERE s.code = ? AND c.state = 'pending'
                """, arguments: [code]) ?? -1
        }
    }

    @Test("moderator tags a comment to B1 and C2 through the picker and the section counts go up")
    func tagTwoSections() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        let db = workspace.databaseURL
        let demo = try await ModeratLaunch.run(database: db, arguments: ["demo", "--no-tui"], workspace: workspace,
                                               timeout: .seconds(120))
        #expect(demo.succeeded, "\(demo.stderr)")

        // The queue opens on the oldest pending comment; take its tags off so the test knows them.
        let database = try ModeratDatabase.open(path: db.path)
        let first = try #require(try await database.pool.write { db -> Int64? in
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM comment WHERE state = 'pending' ORDER BY created_at, id LIMIT 1")
            try db.execute(sql: "DELETE FROM comment_section WHERE comment_id = ?", arguments: [id])
            return id
        })
        let before = (b1: try Self.pendingTagged(database, "B1"), c2: try Self.pendingTagged(database, "C2"))

        let tmux = try await ModeratLaunch.inTmux(database: db, arguments: ["--lang", "en"], width: 100, height: 30,
                                                  workspace: workspace)
        do {
            try await tmux.waitFor(text: "Queue")
            try await tmux.sendKeys("2")
            var screen = try await tmux.waitFor(text: "Guideline sections")
            #expect(Self.counts(screen, code: "B1")?.first == before.b1, "\(screen.dump)")
            #expect(Self.counts(screen, code: "C2")?.first == before.c2, "\(screen.dump)")

            try await tmux.sendKeys("1")
            try await tmux.waitFor(text: "oldest first")
            try await tmux.sendKeys("t")
            try await tmux.waitFor(text: "Tag sections")
            try await tmux.type("b1")
            try await tmux.waitFor(absenceOf: "C2  Anregung")
            try await tmux.sendKeys("Space", "BSpace", "BSpace")
            try await tmux.type("c2")
            try await tmux.waitFor(text: "[ ]   C2  Anregung")
            try await tmux.sendKeys("Space", "Enter")
            try await tmux.waitFor(text: "Sections set")

            try await tmux.sendKeys("2")
            screen = try await tmux.waitFor("B1 and C2 counted one more pending comment") { screen in
                Self.counts(screen, code: "B1")?.first == before.b1 + 1 && Self.counts(screen, code: "C2")?.first == before.c2 + 1
            }
            let tags = try await database.pool.read { db in
                try String.fetchAll(db, sql: """
                    SELECT s.code FROM comment_section cs JOIN section s ON s.id = cs.section_id WHERE cs.comment_id = ? ORDER BY s.code
                    """, arguments: [first])
            }
            #expect(tags == ["B1", "C2"])
            try await tmux.sendKeys("q")
            #expect(try await tmux.waitForExit() == 0)
        } catch {
            await tmux.kill()
            throw error
        }
        await tmux.kill()
    }
}

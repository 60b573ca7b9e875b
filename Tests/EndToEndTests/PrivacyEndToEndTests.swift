import Foundation
import GRDB
import Testing

/// forget-author and purge with the real binary on the demo database, which has lived a
/// little (imports, decisions, page splits): old copies of rows sit in the unused parts of
/// pages there, which a hand-made test database does not have.
@Suite("Privacy end to end", .serialized, .requires(.tmux), .beyondSmokeSet)
struct PrivacyEndToEndTests {
    /// How often `text` occurs in the bytes of the database file and its -wal.
    static func occurrences(_ text: String, in database: URL) throws -> Int {
        let needle = Data(text.utf8)
        var n = 0
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: database.path + suffix) {
            let data = try Data(contentsOf: URL(fileURLWithPath: database.path + suffix))
            var start = data.startIndex
            while let found = data.range(of: needle, in: start..<data.endIndex) {
                n += 1
                start = found.upperBound
            }
        }
        return n
    }

    @Test("A moderator is refused; the admin erases the author of a comment the moderator has on screen: her queue shows the pseudonym, and the name and e-mail are in no byte of the files")
    func forgetAuthorWhileTheQueueIsOpen() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        // The author of one of the first comments of the queue (on the moderator's screen) who left an e-mail address.
        let firstIds = try await DemoDatabase.queue(db, limit: 5, workspace: workspace).map(\.id)
        let (name, contact) = try DemoDatabase.read(db) { db -> (String, String) in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT a.display_name, a.contact FROM comment c JOIN author a ON a.id = c.author_id
                WHERE c.id IN (\(firstIds.map(String.init).joined(separator: ", "))) AND a.contact IS NOT NULL
                  AND (SELECT count(*) FROM author b WHERE b.display_name = a.display_name) = 1
                ORDER BY c.created_at, c.id LIMIT 1
                """))
            return (row["display_name"], row["contact"])
        }
        #expect(try Self.occurrences(name, in: db) > 0 && Self.occurrences(contact, in: db) > 0)

        let refused = try await ModeratLaunch.run(database: db, arguments: ["forget-author", name, "--lang", "en"],
                                                  environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        #expect(refused.status == 1 && refused.stderr.contains("admins only"), "\(refused.stderr)")

        let tmux = try await ModeratLaunch.inTmux(database: db, arguments: ["--lang", "en"],
                                                  environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        try await tmux.waitFor(text: name)

        let erased = try await ModeratLaunch.run(database: db, arguments: ["forget-author", name, "--lang", "en"], workspace: workspace)
        #expect(erased.status == 0, "\(erased.stderr)")
        #expect(erased.stdout.contains("erased author #") && erased.stdout.contains("write-ahead log emptied"), "\(erased.stdout)")
        #expect(try Self.occurrences(name, in: db) == 0)
        #expect(try Self.occurrences(name.lowercased(), in: db) == 0)
        #expect(try Self.occurrences(contact, in: db) == 0)
        // The open workbench did not keep the WAL from being emptied, and shows the change.
        try await tmux.waitFor(text: "Gelöschte Perso")
        #expect(!(try await tmux.capture().joined(separator: "\n").contains(name)))
        try await tmux.sendKeys("q")
        #expect(try await tmux.waitForExit() == 0)
        await tmux.kill()
    }

    @Test("purge --rejected-older-than 0 removes every rejected body from the bytes of the files; the counts stay")
    func purge() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        // A rejected body no other comment shares, so its bytes can only come from it.
        let body = try DemoDatabase.read(db) { db in
            try #require(try String.fetchOne(db, sql: """
                SELECT body FROM comment c WHERE state = 'rejected' AND length(body) > 40
                  AND NOT EXISTS (SELECT 1 FROM comment o WHERE o.id <> c.id AND instr(o.body, c.body) > 0) ORDER BY id LIMIT 1
                """))
        }
        let counts = { try DemoDatabase.read(db) { try String.fetchAll($0, sql: "SELECT state || n FROM comment_count ORDER BY state") } }
        let before = try counts()
        let result = try await ModeratLaunch.run(database: db, arguments: ["purge", "--rejected-older-than", "0", "--lang", "en"], workspace: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("purged "), "\(result.stdout)")
        #expect(try Self.occurrences(body, in: db) == 0)
        #expect(try counts() == before)
        let check = try await ModeratLaunch.run(database: db, arguments: ["check"], workspace: workspace)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}

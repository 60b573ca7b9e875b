import Foundation
import GRDB
import Testing

/// Issue 21: the .db file is complete after every exit. People copy the .db alone; a finished
/// moderat must not leave its data in the -wal beside it.
@Suite("the database file after every exit", .serialized, .requires(.tmux), .beyondSmokeSet)
struct DatabaseFileEndToEndTests {
    /// A copy of the .db file alone, as `cp x.db` makes it (no -wal, no -shm), opened read-only.
    static func copyAlone(_ db: URL, workspace: TempWorkspace, name: String) throws -> DatabaseQueue {
        let copy = workspace.path(name)
        try FileManager.default.copyItem(at: db, to: copy)
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: copy.path, configuration: config)
    }

    static func walSize(_ db: URL) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: db.path + "-wal"))?[.size] as? NSNumber)?.int64Value ?? 0
    }

    static func count(_ queue: DatabaseQueue, _ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try queue.read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? -1 }
    }

    static func text(_ queue: DatabaseQueue, _ sql: String, _ arguments: StatementArguments = []) throws -> String? {
        try queue.read { try String.fetchOne($0, sql: sql, arguments: arguments) }
    }

    @Test("after `demo --no-tui`, a workbench session, an import and a decision, the .db copied without its -wal holds each of them, and the -wal is empty")
    func completeAfterEveryExit() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace(prefix: "mod-dbf")
        let db = workspace.databaseURL

        // 1. The demo, built without the workbench.
        let demo = try await ModeratLaunch.run(database: db, arguments: ["demo", "--no-tui"], workspace: workspace)
        #expect(demo.succeeded, "\(demo.stderr)")
        #expect(Self.walSize(db) == 0, "the demo left \(Self.walSize(db)) bytes in the -wal")
        let afterDemo = try Self.copyAlone(db, workspace: workspace, name: "after-demo.db")
        let comments = try Self.count(afterDemo, "SELECT count(*) FROM comment")
        #expect(comments > 500, "the copy holds \(comments) comments")
        #expect(try Self.text(afterDemo, "PRAGMA integrity_check") == "ok")

        // 2. A workbench session: Anna approves the first pending comment and quits.
        let first = try #require(try await DemoDatabase.queue(db, limit: 2, workspace: workspace).first)
        let tmux = try await ModeratLaunch.inTmux(database: db, arguments: ["--lang", "en"],
                                                  environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        try await tmux.waitForSettled("the queue") { $0.last?.hasPrefix(" Enter open") == true }
        try await tmux.sendKeys("a")
        try await tmux.waitFor(text: ": approved")
        try await tmux.sendKeys("q")
        #expect(try await tmux.waitForExit() == 0)
        #expect(Self.walSize(db) == 0)
        let afterSession = try Self.copyAlone(db, workspace: workspace, name: "after-session.db")
        #expect(try Self.text(afterSession, "SELECT state FROM comment WHERE id = ?", [first.id]) == "approved")

        // 3. An import of 40 comments from the platform.
        let export = workspace.path("decidim.csv")
        try DecidimExportFile.write(rows: 40, to: export)
        let imported = try await ModeratLaunch.run(database: db, arguments: ["import", "decidim", export.path], workspace: workspace)
        #expect(imported.succeeded, "\(imported.stderr)")
        #expect(Self.walSize(db) == 0)
        let afterImport = try Self.copyAlone(db, workspace: workspace, name: "after-import.db")
        #expect(try Self.count(afterImport, "SELECT count(*) FROM comment") == comments + 40)

        // 4. A decision from the command line.
        let second = try #require(try await DemoDatabase.queue(db, limit: 1, workspace: workspace).first)
        let decided = try await ModeratLaunch.run(database: db, arguments: ["decide", String(second.id), "approve"],
                                                  environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        #expect(decided.succeeded, "\(decided.stderr)")
        #expect(Self.walSize(db) == 0)
        let afterDecision = try Self.copyAlone(db, workspace: workspace, name: "after-decision.db")
        #expect(try Self.text(afterDecision, "SELECT state FROM comment WHERE id = ?", [second.id]) == "approved")
        #expect(try Self.text(afterDecision, "PRAGMA integrity_check") == "ok")
    }

    @Test("a backup restored as the README says (the copy in place, the old -wal and -shm removed) opens with the backup's content")
    func restoreBesideAnOldLog() async throws {
        let workspace = try TempWorkspace(prefix: "mod-rst")
        let db = try await DemoDatabase.copy(into: workspace)
        let backup = workspace.path("backup.db")
        let saved = try await ModeratLaunch.run(database: db, arguments: ["backup", backup.path], workspace: workspace)
        #expect(saved.succeeded, "\(saved.stderr)")
        let first = try #require(try await DemoDatabase.queue(db, limit: 1, workspace: workspace).first)
        let decided = try await ModeratLaunch.run(database: db, arguments: ["decide", String(first.id), "approve"],
                                                  environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        #expect(decided.succeeded, "\(decided.stderr)")

        // The restore: nobody has the file open; the copy replaces the .db, its -wal and -shm go.
        let fm = FileManager.default
        for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: db.path + suffix) }
        try fm.copyItem(at: backup, to: db)
        let check = try await ModeratLaunch.run(database: db, arguments: ["check"], workspace: workspace)
        #expect(check.succeeded, "\(check.stdout)\(check.stderr)")
        #expect(try DemoDatabase.read(db) { try String.fetchOne($0, sql: "SELECT state FROM comment WHERE id = ?", arguments: [first.id]) } == "pending")
    }
}

import Foundation
import GRDB

/// The German demo database (`moderat demo --no-tui`) for workbench stories. It is built once
/// per test process and copied into each test's workspace, so a story starts in ~10 ms
/// instead of the demo's ~0.5 s, and stories never share a file.
///
///     let db = try await DemoDatabase.copy(into: workspace)
///     let first = try await DemoDatabase.queue(db, workspace: workspace).first!
///     let state = try DemoDatabase.read(db) { try String.fetchOne($0, sql: "SELECT state FROM comment WHERE id = 1") }
enum DemoDatabase {
    /// One pending comment as `moderat queue --format json` lists it.
    struct QueueEntry: Decodable, Sendable {
        let id: Int64
        let version: Int64
        let author: String
        let state: String
        let first_line: String
    }

    private actor Template {
        private var building: Task<URL, Error>?
        /// Keeps the template's directory alive for the whole test process.
        private var workspace: TempWorkspace?

        func url() async throws -> URL {
            if let building { return try await building.value }
            let workspace = try TempWorkspace(prefix: "mod-demo")
            self.workspace = workspace
            let task = Task<URL, Error> {
                let db = workspace.path("demo.db")
                let result = try await ModeratLaunch.run(database: db, arguments: ["demo", "--no-tui"], workspace: workspace)
                guard result.succeeded else { throw E2EError.commandFailed(result) }
                return db
            }
            building = task
            return try await task.value
        }
    }

    private static let template = Template()

    /// A fresh copy of the demo database at `workspace.databaseURL` (file name `moderat.db`).
    @discardableResult
    static func copy(into workspace: TempWorkspace) async throws -> URL {
        let source = try await template.url()
        let target = workspace.databaseURL
        let fm = FileManager.default
        for suffix in ["", "-wal"] where fm.fileExists(atPath: source.path + suffix) {
            try fm.copyItem(atPath: source.path + suffix, toPath: target.path + suffix)
        }
        return target
    }

    /// The first `limit` comments of the queue (pending, oldest first), as the CLI lists them:
    /// the same order as the workbench's queue screen.
    static func queue(_ database: URL, limit: Int = 3, workspace: TempWorkspace) async throws -> [QueueEntry] {
        let result = try await ModeratLaunch.run(
            database: database, arguments: ["queue", "--limit", String(limit), "--format", "json"], workspace: workspace)
        guard result.succeeded else { throw E2EError.commandFailed(result) }
        return try JSONDecoder().decode([QueueEntry].self, from: Data(result.stdout.utf8))
    }

    /// Reads the database directly (WAL: never blocks the workbench processes using it).
    static func read<T>(_ database: URL, _ body: (Database) throws -> T) throws -> T {
        try queue(database).read(body)
    }

    /// Writes to the database directly, e.g. to plant a comment before the workbench starts.
    static func write<T>(_ database: URL, _ body: (Database) throws -> T) throws -> T {
        try queue(database).write(body)
    }

    private static func queue(_ database: URL) throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(5)
        return try DatabaseQueue(path: database.path, configuration: config)
    }
}

import Foundation
import GRDB
import ModeratCore
@testable import ModeratStore

/// A temporary database with a tiny, hand-made data set; removed when the fixture goes away.
final class Fixture: @unchecked Sendable {
    let directory: URL
    let path: String
    let database: ModeratDatabase
    /// A fixed "now" (Friday 27.11.2026, 15:00 in Berlin) so times in messages are predictable.
    static let now = Date(timeIntervalSince1970: 1_795_788_000)  // 2026-11-27T14:00:00Z
    static let admin = "anna"

    /// A copy of the freshly set-up database.
    convenience init() throws {
        try self.init(copyOf: Self.setUp.get())
    }

    /// A new database, migrated and set up, built once per test run and copied for each fixture
    /// (`builtOnce`).
    private static let setUp = builtOnce { try Fixture(settingUp: ()) }

    private init(settingUp: Void) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("moderat-store-\(UUID().uuidString)", isDirectory: true)
        path = directory.appendingPathComponent("test.db").path
        database = try ModeratDatabase.open(path: path, create: true)
        try Setup.initialize(database, account: Self.admin, displayName: "Anna Beispiel", now: Self.now)
    }

    /// A copy of another fixture's file (checkpointed into its main file), opened as it is.
    init(copyOf other: Fixture) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("moderat-store-\(UUID().uuidString)", isDirectory: true)
        path = directory.appendingPathComponent("test.db").path
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: other.path, toPath: path)
        database = try ModeratDatabase.open(path: path)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The store as `account` sees it, with the clock at `now` (plus `offset` seconds).
    func store(_ account: String = Fixture.admin, offset: TimeInterval = 0) -> Store {
        Store(database: database, account: account, clock: { Fixture.now.addingTimeInterval(offset) })
    }

    /// A second, independent opening of the same file (another moderat process, as far as
    /// SQLite is concerned).
    func reopen() throws -> ModeratDatabase {
        try ModeratDatabase.open(path: path)
    }

    @discardableResult
    func moderator(_ account: String, _ name: String, role: Role = .moderator) throws -> Int64 {
        try insert("INSERT INTO moderator(account, display_name, role, created_at) VALUES (?, ?, ?, ?)",
                   [account, name, role.rawValue, Timestamps.string(Self.now)])
    }

    @discardableResult
    func process(_ slug: String = "leitlinien") throws -> Int64 {
        try insert("INSERT INTO process(slug, title, created_at) VALUES (?, ?, ?)",
                   [slug, "Prozess \(slug)", Timestamps.string(Self.now)])
    }

    @discardableResult
    func section(_ process: Int64, _ code: String, title: String? = nil) throws -> Int64 {
        try insert("INSERT INTO section(process_id, code, ordinal, title) VALUES (?, ?, 0, ?)",
                   [process, code, title ?? "Abschnitt \(code)"])
    }

    @discardableResult
    func author(_ name: String) throws -> Int64 {
        try insert("INSERT INTO author(source, external_id, display_name) VALUES ('test', ?, ?)", [UUID().uuidString, name])
    }

    /// A comment `minutesAgo` minutes before `now`.
    @discardableResult
    func comment(_ process: Int64, author: Int64? = nil, body: String = "Ein Kommentar", minutesAgo: Int = 60,
                 state: CommentState = .pending, parent: Int64? = nil, answer: String? = nil) throws -> Int64 {
        let created = Timestamps.string(Self.now.addingTimeInterval(Double(-minutesAgo) * 60))
        return try database.pool.write { db in
            // Cached: compiling an INSERT into comment compiles its triggers too, which costs
            // more than the row, and tests write comments one by one by the hundred.
            try db.cachedStatement(sql: """
                INSERT INTO comment(source, external_id, process_id, author_id, parent_id, body, created_at, imported_at, state, public_answer)
                VALUES ('test', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [UUID().uuidString, process, author, parent, body, created, created, state.rawValue, answer])
            return db.lastInsertedRowID
        }
    }

    /// Many comments in one transaction (one commit instead of thousands), each as
    /// (body, minutes ago, state), as `comment` would write them one by one.
    func comments(_ process: Int64, _ rows: [(body: String, minutesAgo: Int, state: CommentState)]) throws {
        try database.pool.write { db in
            // One statement for all rows: compiling an INSERT into comment compiles its triggers
            // too, which costs far more than running it.
            let insert = try db.cachedStatement(sql: """
                INSERT INTO comment(source, external_id, process_id, body, created_at, imported_at, state)
                VALUES ('test', ?, ?, ?, ?, ?, ?)
                """)
            for row in rows {
                let created = Timestamps.string(Self.now.addingTimeInterval(Double(-row.minutesAgo) * 60))
                try insert.execute(arguments: [UUID().uuidString, process, row.body, created, created, row.state.rawValue])
            }
        }
    }

    func tag(_ comment: Int64, _ section: Int64) throws {
        try insert("INSERT INTO comment_section(comment_id, section_id) VALUES (?, ?)", [comment, section])
    }

    @discardableResult
    func insert(_ sql: String, _ arguments: StatementArguments = []) throws -> Int64 {
        try database.pool.write { db in
            try db.execute(sql: sql, arguments: arguments)
            return db.lastInsertedRowID
        }
    }

    func int(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try database.pool.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }

    func version(_ comment: Int64) throws -> Int {
        try int("SELECT version FROM comment WHERE id = ?", [comment])
    }

    func state(_ comment: Int64) throws -> String {
        try database.pool.read { db in try String.fetchOne(db, sql: "SELECT state FROM comment WHERE id = ?", arguments: [comment]) ?? "" }
    }
}

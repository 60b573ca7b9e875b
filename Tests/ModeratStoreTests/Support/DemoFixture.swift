import Foundation
import GRDB
import ModeratCore
@testable import ModeratStore
@testable import ModeratSamples

/// A fresh temporary database filled with the demo; removed when it goes away.
final class DemoFixture: @unchecked Sendable {
    static let now = Date(timeIntervalSince1970: 1_795_788_000)  // 2026-11-27T14:00:00Z
    static let account = "demo-admin"

    let directory: URL
    let database: ModeratDatabase
    let summary: DemoSummary

    init(account: String = DemoFixture.account, now: Date = DemoFixture.now, seed: UInt64 = DemoDatabase.defaultSeed) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("moderat-demo-\(UUID().uuidString)", isDirectory: true)
        database = try ModeratDatabase.open(path: directory.appendingPathComponent("demo.db").path, create: true)
        summary = try DemoDatabase.populate(database, currentAccount: account, now: now, seed: seed)
    }

    private init(copying template: DemoFixture) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("moderat-demo-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("demo.db").path
        try FileManager.default.copyItem(atPath: template.directory.appendingPathComponent("demo.db").path, toPath: path)
        database = try ModeratDatabase.open(path: path)
        summary = template.summary
    }

    /// The demo with the default account, clock and seed, built once per test run and copied
    /// for each test (building takes seconds; `deterministic` checks a fresh build equals it).
    private static let template = builtOnce { try DemoFixture() }

    /// A fresh copy of the default demo.
    static func copy() throws -> DemoFixture {
        try DemoFixture(copying: template.get())
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    func int(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try database.pool.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? -1 }
    }

    func strings(_ sql: String, _ arguments: StatementArguments = []) throws -> [String] {
        try database.pool.read { db in try String.fetchAll(db, sql: sql, arguments: arguments) }
    }

    /// Every row of the tables the demo writes, as text, in id order.
    func dump() throws -> [String] {
        let tables = ["moderator", "reason", "project", "process", "section", "author", "comment", "comment_section",
                      "board", "seat_group", "seat", "member", "term", "meeting", "attendance", "meeting_guest",
                      "agenda_item", "agenda_decision", "action_item", "minutes", "minutes_amendment", "audit_event"]
        return try database.pool.read { db in
            try tables.flatMap { table in
                // The audit chain is keyed with the database's random privacy salt, so it differs.
                let columns = table == "audit_event" ? "id, at, actor, action, entity, entity_id, detail" : "*"
                return try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY 1, 2").map { "\(table): \($0)" }
            }
        }
    }
}

extension DemoFixture: BuiltOnceDatabase {}

/// The demo filled in after the usual first-run setup, as `anna` (`Fixture.admin`), who is its
/// administrator: the Beteiligungsbeirat's roster, the roles' accounts. Each call copies one
/// such database built per test run (building it takes seconds, copying a file does not).
func rosterFixture() throws -> Fixture {
    try Fixture(copyOf: demoAfterSetup.get())
}

private let demoAfterSetup = builtOnce {
    let f = try Fixture()
    _ = try DemoDatabase.populate(f.database, currentAccount: Fixture.admin, now: Fixture.now)
    return f
}

import Foundation
import GRDB
import Testing
@testable import ModeratStore

/// A read-only command on a database an older moderat made: where the account may write the
/// file, moderat upgrades it first and answers; where it may not, it says the database needs
/// an upgrade and how (exit 74), in the language asked for, instead of SQLite's "no such table".
@Suite("A read-only command on an older database", .serialized, .beyondSmokeSet)
struct OlderSchemaEndToEndTests {
    /// A database at migration 001 with one admin, in a folder everyone may enter.
    static func oldDatabase(in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("alt.db")
        let queue = try DatabaseQueue(path: file.path)
        try Migrations.migrator.migrate(queue, upTo: "001-initial")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO moderator(account, display_name, role, created_at) VALUES ('anna', 'Anna Admin', 'admin', '2026-01-01T00:00:00Z')")
        }
        try queue.close()
        return file
    }

    static func applied(_ file: URL) throws -> Int {
        let queue = try DatabaseQueue(path: file.path)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") ?? -1 }
    }

    @Test("`users list` on a writable database at migration 001 upgrades it first and lists its users (exit 0)")
    func upgradesWhereWritable() async throws {
        let workspace = try TempWorkspace()
        let file = try Self.oldDatabase(in: workspace.root)
        let result = try await ModeratLaunch.run(database: file, arguments: ["users", "list", "--format", "json", "--lang", "en"],
                                                 environment: ["MODERAT_ACCOUNT": "anna"], workspace: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"account\" : \"anna\""), "\(result.stdout)")
        #expect(try Self.applied(file) == ModeratDatabase.knownMigrations.count)
    }

    @Test("`users list` on a database at migration 001 this account may only read: needs an upgrade, says how, exit 74, file unchanged",
          arguments: [
              ("en", "made by an older moderat and needs an upgrade (schema migrations not applied: MISSING); moderat upgrades it when "
                  + "an account that may write the file runs it, for example the administrator with `moderat users list --db DB`. "
                  + "The database was not changed."),
              ("de", "von einem älteren moderat angelegt und muss aktualisiert werden (fehlende Schema-Migrationen: MISSING); moderat "
                  + "aktualisiert sie, wenn ein Konto mit Schreibrecht auf die Datei es aufruft, etwa die Verwaltung mit "
                  + "`moderat users list --db DB`. Die Datenbank wurde nicht verändert."),
          ])
    func refusedWhereReadOnly(lang: String, says: String) async throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), getuid() == 0 else {
            let message = "needs root and setpriv (util-linux) to run moderat as an account that may only read the file"
            if E2EEnvironment.isRequired { throw E2EError("\(message); MODERAT_REQUIRE_E2E=1 makes this a failure") }
            try Test.cancel(Comment(rawValue: "skipped: \(message)"))
        }
        let shared = URL(fileURLWithPath: "/tmp/moderat-e2e-older-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(at: shared) }
        let file = try Self.oldDatabase(in: shared)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let before = try Data(contentsOf: file)
        let result = try await ProcessRunner.run(
            ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
                + (try await ModeratLaunch.argv(database: file, arguments: ["users", "list", "--lang", lang])),
            environment: ["PATH": "/usr/bin:/bin", "HOME": shared.path, "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no"],
            currentDirectory: shared, timeout: .seconds(30))
        let missing = ModeratDatabase.knownMigrations.dropFirst().joined(separator: ", ")
        #expect(result.status == 74)
        #expect(result.stderr == "moderat: \(file.path): "
            + says.replacingOccurrences(of: "MISSING", with: missing).replacingOccurrences(of: "DB", with: file.path) + "\n")
        #expect(result.stdout.isEmpty)
        #expect(try Data(contentsOf: file) == before)
    }
}

import Foundation
import GRDB
import Testing
@testable import ModeratStore

/// A database an older moderat made, opened read-only: the store cannot migrate it, says so
/// with a typed error instead of SQLite's "no such table", and leaves the file as it was.
@Suite("A read-only database of an older schema")
struct OlderSchemaTests {
    @Test("opened read-only, a file at migration 001 lists what it lacks and is refused as olderSchema (exit 74), unchanged; a writable open migrates it")
    func readOnlyOlderSchema() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("moderat-older-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.db").path
        do {
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator.migrate(queue, upTo: "001-initial")
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let lacking = Array(ModeratDatabase.knownMigrations.dropFirst())
        #expect(lacking.contains("003-privacy"), "a later table's migration is among them")

        let readOnly = try ModeratDatabase.open(path: path, readOnly: true)
        #expect(readOnly.missingMigrations == lacking)
        #expect(throws: StoreError.olderSchema(path: path, missingMigrations: lacking)) {
            try readOnly.requireCurrentSchema()
        }
        #expect(StoreError.olderSchema(path: path, missingMigrations: lacking).exitCode == 74)
        readOnly.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        let writable = try ModeratDatabase.open(path: path)
        #expect(writable.missingMigrations.isEmpty)
        try writable.requireCurrentSchema()
        #expect(try writable.appliedMigrations() == ModeratDatabase.knownMigrations)
    }
}

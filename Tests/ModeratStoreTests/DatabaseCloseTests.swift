import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// Issue 21: when moderat is done with a database, the .db file alone holds everything.
@Suite("Closing the database leaves the .db complete")
struct DatabaseCloseTests {
    static func size(_ path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? -1
    }

    /// The comments in a copy of the .db made without its -wal and -shm.
    static func commentsInCopyAlone(_ fixture: Fixture, name: String) throws -> Int {
        let copy = fixture.directory.appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: copy)
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: copy, configuration: config).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM comment") ?? -1 }
    }

    @Test("The last one to close copies the log into the .db and empties it, keeping the -wal and -shm files where they are")
    func lastCloseEmptiesTheLog() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        for _ in 0..<20 { try fixture.comment(process) }
        #expect(Self.size(fixture.path + "-wal") > 0, "the writes went to the log first")
        fixture.database.close()
        fixture.database.close()  // a second close does nothing
        #expect(Self.size(fixture.path + "-wal") == 0)
        #expect(FileManager.default.fileExists(atPath: fixture.path + "-shm"))
        #expect(try Self.commentsInCopyAlone(fixture, name: "copy.db") == 20)
    }

    @Test("Closing while another process still reads copies what it can into the .db; the other one's later close empties the log")
    func closeWhileAnotherIsOpen() throws {
        let fixture = try Fixture()
        let other = try fixture.reopen()
        let process = try fixture.process()
        for _ in 0..<5 { try fixture.comment(process) }
        fixture.database.close()
        #expect(try Self.commentsInCopyAlone(fixture, name: "first.db") == 5)
        #expect(try other.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM comment") } == 5)
        other.close()
        #expect(Self.size(fixture.path + "-wal") == 0)
    }

    @Test("A database let go without close() is closed on deinitialisation, the read-only watcher before the writer")
    func deinitCloses() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("moderat-close-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("let-go.db").path
        do {
            let database = try ModeratDatabase.open(path: path, create: true)
            try Setup.initialize(database, account: "anna", displayName: "Anna Beispiel", now: Fixture.now)
            #expect(Self.size(path + "-wal") > 0)
        }
        #expect(Self.size(path + "-wal") == 0)
        var config = Configuration()
        config.readonly = true
        let copy = directory.appendingPathComponent("copy.db").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try DatabaseQueue(path: copy, configuration: config).read {
            try String.fetchOne($0, sql: "SELECT account FROM moderator")
        } == "anna")
    }
}

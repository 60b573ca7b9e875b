import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("When the database misbehaves, nothing is half-written and the error says why")
struct FaultStoreTests {
    @Test("A decision on a read-only database is refused as read-only and changes nothing")
    func readOnlyRefusesWrites() throws {
        let fixture = try Fixture()
        let comment = try fixture.comment(try fixture.process())
        let readOnly = try ModeratDatabase.open(path: fixture.path, readOnly: true)
        let store = Store(database: readOnly, account: Fixture.admin, clock: { Fixture.now })
        #expect(throws: StoreError.readOnly(path: fixture.path, reason: nil)) {
            try store.decide(comment, .approve, expectedVersion: 1)
        }
        #expect(try fixture.int("SELECT COUNT(*) FROM comment WHERE state = 'pending'") == 1)
        #expect(StoreError.readOnly(path: "x.db", reason: .fileNotWritable).description
                == "x.db: the database is read-only (the file is not writable for this account); nothing was changed")
    }

    @Test("A decision waits while another program holds the write lock and goes through once it lets go")
    func lockWaitSucceeds() throws {
        let fixture = try Fixture()
        let comment = try fixture.comment(try fixture.process())
        let other = try Self.holdWriteLock(fixture.path)
        // A plain thread, not a Task: the decision below blocks its thread while it waits,
        // and on two cores Swift's task pool may have no other thread to run the release.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.6) {
            try? other.inDatabase { db in try db.execute(sql: "COMMIT") }
        }
        let started = Date()
        try fixture.store().decide(comment, .approve, expectedVersion: 1)
        #expect(Date().timeIntervalSince(started) >= 0.5)
        #expect(try fixture.int("SELECT COUNT(*) FROM comment WHERE state = 'approved'") == 1)
    }

    @Test("A lock held longer than the limit fails clearly, and nothing was changed")
    func lockWaitTimesOut() throws {
        let fixture = try Fixture()
        let comment = try fixture.comment(try fixture.process())
        let other = try Self.holdWriteLock(fixture.path)
        fixture.database.lockWait.limit = 1
        do {
            try fixture.store().decide(comment, .approve, expectedVersion: 1)
            Issue.record("the decision went through a held lock")
        } catch let error as StoreError {
            #expect(error == .locked(path: fixture.path, seconds: 1, gaveUp: false))
            #expect(error.description.hasSuffix("the database stayed locked by another program for 1 s; nothing was changed"))
            #expect(error.exitCode == 75)
        }
        try other.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(try fixture.int("SELECT COUNT(*) FROM comment WHERE state = 'pending'") == 1)
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event WHERE action LIKE '%approve%'") == 0)
    }

    @Test("Whoever watches the wait can give up, and the error says so")
    func lockWaitGivenUp() throws {
        let fixture = try Fixture()
        let comment = try fixture.comment(try fixture.process())
        let other = try Self.holdWriteLock(fixture.path)
        fixture.database.lockWait.watcher = { elapsed in
            usleep(20_000)
            return elapsed > 0.2 ? .giveUp : .keepWaiting
        }
        #expect(throws: StoreError.locked(path: fixture.path, seconds: 0, gaveUp: true)) {
            try fixture.store().decide(comment, .approve, expectedVersion: 1)
        }
        #expect(fixture.database.lockWait.failures.count == 1)
        try other.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(try fixture.int("SELECT COUNT(*) FROM comment WHERE state = 'pending'") == 1)
    }

    @Test("A file that is not a database is refused by name, unchanged, with how to restore it")
    func notADatabase() throws {
        let fixture = try Fixture()
        let path = fixture.directory.appendingPathComponent("notes.db").path
        let garbage = Data(String(repeating: "Protokoll der Sitzung, kein SQLite.\n", count: 200).utf8)
        try garbage.write(to: URL(fileURLWithPath: path))
        do {
            _ = try ModeratDatabase.open(path: path)
            Issue.record("a text file opened as a database")
        } catch let error as StoreError {
            guard case .notADatabase(let named, let damage) = error else { throw error }
            #expect(named == path)
            #expect(damage == .notSQLite)
            #expect(damage.description == "the file is not an SQLite database")
            #expect(error.description.contains("moderat did not change the file"))
            #expect(error.description.contains("moderat backup") && error.description.contains(".recover"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test("Damaged pages in the middle of a copy show up in the check as a problem, with the restore advice")
    func damagedPages() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        try fixture.comments(process, (0..<400).map { (String(repeating: "Beitrag \($0) ", count: 20), 60, .pending) })
        let copy = fixture.directory.appendingPathComponent("copy.db").path
        try fixture.database.backup(to: copy)
        let handle = try #require(FileHandle(forUpdatingAtPath: copy))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        handle.write(Data(repeating: 0xA5, count: 3 * 4096))
        try handle.close()
        let damaged = try Data(contentsOf: URL(fileURLWithPath: copy))

        do {
            let report = try ModeratDatabase.open(path: copy, readOnly: true).check()
            #expect(!report.isOK)
            #expect(report.text.contains("The database file is damaged. moderat did not change it"))
            #expect(report.text.contains("sqlite3 \(copy) .recover | sqlite3 rescued.db"))
        } catch let error as StoreError {
            guard case .notADatabase(let named, _) = error else { throw error }
            #expect(named == copy)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == damaged)
    }

    @Test("A copy cut short is refused when opened, by name and with what happened, and no log is left beside it")
    func truncatedCopy() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        try fixture.comments(process, (0..<200).map { (String(repeating: "Beitrag \($0) ", count: 20), 60, .pending) })
        let copy = fixture.directory.appendingPathComponent("copy.db").path
        try fixture.database.backup(to: copy)
        let whole = try Data(contentsOf: URL(fileURLWithPath: copy))
        let cut = whole.prefix(whole.count * 3 / 4)
        try cut.write(to: URL(fileURLWithPath: copy))
        #expect(throws: StoreError.notADatabase(path: copy, .cutShort(size: Int64(cut.count), expected: Int64(whole.count)))) {
            try ModeratDatabase.open(path: copy)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == cut)
        #expect(!FileManager.default.fileExists(atPath: copy + "-wal") && !FileManager.default.fileExists(atPath: copy + "-shm"))
    }

    @Test("Opening needs no lock; the pool's first use waits for another program's lock, and whoever watches is told from the start")
    func openingWaitsVisibly() throws {
        // As after a checkpoint emptied the log: opening the pool's writer then writes (GRDB
        // makes the log non-empty), so it needs the lock a script has just taken. Opening
        // itself reads on one read-only connection and does not wait (issue 16).
        let fixture = try Fixture()
        let path = fixture.path
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: config)
        try other.inDatabase { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            try db.execute(sql: "BEGIN IMMEDIATE")
        }
        let seen = Seen()
        let database = try ModeratDatabase.open(path: path, lockWatcher: { elapsed in
            seen.record(elapsed)
            usleep(20_000)
            return elapsed > 0.2 ? .giveUp : .keepWaiting
        })
        #expect(seen.count == 0)
        #expect(throws: StoreError.locked(path: path, seconds: 0, gaveUp: true)) {
            try database.openConnections()
        }
        #expect(seen.count >= 5)
        try other.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        try database.openConnections()
        #expect(database.connectionsOpened >= 3)
    }

    @Test("Damage only in an index is told apart from damaged rows: the data is intact and REINDEX repairs it")
    func indexOnlyDamageInWords() {
        let summary = IntegritySummary(lines: ["*** in database main ***", "row 12 missing from index comment_created",
                                               "wrong # of entries in index comment_created"], names: [:])
        #expect(summary.onlyIndexes)
        #expect(summary.lines(path: "m.db") == [
            "SQLite found 2 problem(s) affecting the index(es) comment_created.",
            "Only indexes are damaged; the data itself is intact. After a copy of the file, `sqlite3 m.db REINDEX` rebuilds them; then run `moderat check` again.",
        ])
        let rows = IntegritySummary(lines: ["Tree 17 page 90 cell 3: invalid page number 4000"], names: [17: ("comment", false)])
        #expect(!rows.onlyIndexes)
        #expect(rows.lines(path: "m.db").first == "SQLite found 1 problem(s) affecting the data of comment.")
    }

    @Test("A disk that runs full during an import rolls the whole import back")
    func diskFullDuringImport() throws {
        let fixture = try Fixture()
        try fixture.process()
        let file = try Self.decidimExport(rows: 3000, in: fixture)
        let before = try fixture.int("SELECT COUNT(*) FROM comment")
        // The importing connection may not grow the file: SQLite reports SQLITE_FULL as on a full disk.
        try fixture.database.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 4)")
        }
        #expect(throws: StoreError.diskFull(path: fixture.path)) {
            try fixture.store().importComments(ImportOptions(path: file, format: .decidim))
        }
        #expect(try fixture.int("SELECT COUNT(*) FROM comment") == before)
        #expect(try fixture.database.check().isOK)
        #expect(StoreError.diskFull(path: "x.db").description == "x.db: the disk is full; nothing was changed")
    }

    /// Another program's connection inside BEGIN IMMEDIATE: it holds the write lock until COMMIT or ROLLBACK.
    static func holdWriteLock(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        return queue
    }

    /// A Decidim export of `rows` long comments.
    static func decidimExport(rows: Int, in fixture: Fixture) throws -> String {
        var lines = ["id;created_at;body/de;body/en;locale;author/id;author/name;alignment;depth;commentable_id;commentable_type;root_commentable_url"]
        for i in 0..<rows {
            let body = "Beitrag \(i): " + String(repeating: "Die Leitlinien brauchen klare Fristen. ", count: 12)
            lines.append("\(5000 + i);2024-05-13T10:21:07+02:00;\(body);;de;\(i);Person \(i);1;0;12;Decidim::Proposals::Proposal;https://example.org/processes/leitlinien/f/3/proposals/12")
        }
        let path = fixture.directory.appendingPathComponent("export.csv").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// Counts the calls of a Sendable callback.
final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var calls = 0
    var count: Int { lock.withLock { calls } }
    func record(_: TimeInterval) { lock.withLock { calls += 1 } }
}

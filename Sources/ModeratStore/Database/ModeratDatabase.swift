import Foundation
import GRDB
import ModeratCore

/// The moderat database: one SQLite file in WAL mode that several people may have open.
public final class ModeratDatabase: Sendable {
    public let path: String
    /// The connection pool: concurrent reads, one writer, busy timeout set.
    public let pool: DatabasePool
    public let isReadOnly: Bool
    /// One connection kept open for `dataVersion()`: PRAGMA data_version only reports other
    /// connections' commits relative to the same connection's previous answer.
    let watcher: DatabaseQueue

    /// How long a writer waits for another process's lock before giving up.
    public static let busyTimeout: TimeInterval = 5

    /// Opens (and with `create`, creates) the database and brings its schema up to date.
    /// A database from a newer moderat is refused before anything is written.
    public static func open(path: String, create: Bool = false, readOnly: Bool = false) throws -> ModeratDatabase {
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        if !exists {
            guard create else { throw StoreError.missingFile(path: path) }
            try createFile(at: path)
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration(readOnly: readOnly))
        } catch let error as DatabaseError {
            throw StoreError.notADatabase(path: path, reason: error.message ?? "\(error)")
        }
        try migrate(pool, path: path, readOnly: readOnly)
        // Opened after migrating so it never sees a half-made schema; read-only because it
        // only ever asks PRAGMA data_version.
        let watcher: DatabaseQueue
        do {
            watcher = try DatabaseQueue(path: path, configuration: configuration(readOnly: true))
        } catch let error as DatabaseError {
            throw StoreError.io(path: path, reason: "cannot open a change watcher: \(error.message ?? "\(error)")")
        }
        return ModeratDatabase(path: path, pool: pool, watcher: watcher, isReadOnly: readOnly)
    }

    init(path: String, pool: DatabasePool, watcher: DatabaseQueue, isReadOnly: Bool) {
        self.path = path
        self.pool = pool
        self.watcher = watcher
        self.isReadOnly = isReadOnly
    }

    static func configuration(readOnly: Bool) -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.prepareDatabase { db in
            // Overwrite deleted content (forgotten authors, purged bodies) instead of leaving it in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        return config
    }

    /// Creates an empty file readable and writable by owner and group only (0660), so the
    /// moderators' group can share it and nobody else can read it. SQLite gives its -wal and
    /// -shm files the same mode.
    static func createFile(at path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o770])
        } catch {
            throw StoreError.cannotCreate(path: path, reason: "cannot create directory \(dir): \(error.localizedDescription)")
        }
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o660)
        guard fd >= 0 else {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        // The umask may have taken group bits away; 0660 is the point of the exercise.
        fchmod(fd, 0o660)
        close(fd)
    }

    static func migrate(_ pool: DatabasePool, path: String, readOnly: Bool) throws {
        let migrator = Migrations.migrator
        let unknown = try pool.read { db in
            try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
        }
        if !unknown.isEmpty {
            throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
        }
        if readOnly { return }
        do {
            try migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError.io(path: path, reason: "schema migration failed, nothing changed: \(error.message ?? "\(error)")")
        }
    }

    /// The schema migrations applied to this file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try Migrations.migrator.appliedIdentifiers(db).sorted() }
    }

    /// The migrations this moderat knows.
    public static var knownMigrations: [String] { Migrations.known }
}

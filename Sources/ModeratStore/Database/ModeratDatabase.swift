import Foundation
import GRDB
import ModeratCore

/// The moderat database: one SQLite file in WAL mode that several people may have open.
public final class ModeratDatabase: Sendable {
    public let path: String
    /// The connection pool: concurrent reads, one writer, busy timeout set.
    public let pool: DatabasePool
    public let isReadOnly: Bool
    /// Why the file opened read-only although writing was asked for; nil when writable or
    /// when the caller asked for read-only itself.
    public let readOnlyReason: ReadOnlyReason?
    /// The schema migrations this moderat knows that the file lacks; only a read-only open
    /// leaves any (it cannot migrate), and reads of what they make would fail.
    public let missingMigrations: [String]
    /// How writes wait for other programs' locks (the workbench shows the wait).
    public let lockWait: LockWait
    /// One connection kept open for `dataVersion()`: PRAGMA data_version only reports other
    /// connections' commits relative to the same connection's previous answer.
    let watcher: DatabaseQueue
    private let closer = ConnectionCloser()
    /// False for a second view of another instance's connections (tests): that one closes them.
    private let ownsConnections: Bool

    /// How long a backup's destination waits for a lock (the main file waits via `lockWait`).
    public static let busyTimeout: TimeInterval = 5

    /// Opens (and with `create`, creates) the database and brings its schema up to date.
    /// A database from a newer moderat is refused before anything is written. A file this
    /// account cannot write opens read-only (see `readOnlyReason`); a file that is not a
    /// database or is damaged is refused with `StoreError.notADatabase`, unchanged.
    /// `lockWatcher` watches lock waits from the start: opening itself may wait for a writer.
    public static func open(path: String, create: Bool = false, readOnly asked: Bool = false,
                            lockWatcher: (@Sendable (TimeInterval) -> LockWait.Decision)? = nil) throws -> ModeratDatabase {
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        if !exists {
            guard create else { throw StoreError.missingFile(path: path) }
            try createFile(at: path)
        }
        if let truncation = FileHeader.truncation(path: path) {
            throw StoreError.notADatabase(path: path, truncation)
        }
        let sidecars = SidecarFiles(path: path)
        do {
            return try openChecked(path: path, readOnly: asked, lockWatcher: lockWatcher)
        } catch let error as StoreError {
            // A refused file is left as it was found, without a log SQLite made beside it.
            if case .notADatabase = error { sidecars.removeNew() }
            throw error
        }
    }

    private static func openChecked(path: String, readOnly asked: Bool,
                                    lockWatcher: (@Sendable (TimeInterval) -> LockWait.Decision)?) throws -> ModeratDatabase {
        let readOnlyReason = asked ? nil : ReadOnlyReason.detect(path: path)
        let readOnly = asked || readOnlyReason != nil
        let lockWait = LockWait(watcher: lockWatcher)
        let (pool, location) = try openPool(path: path, readOnly: readOnly, lockWait: lockWait, readOnlyReason: readOnlyReason)
        let missing = try migrate(pool, path: path, readOnly: readOnly, lockWait: lockWait)
        // Opened after migrating so it never sees a half-made schema; read-only because it
        // only ever asks PRAGMA data_version.
        let watcher: DatabaseQueue
        do {
            watcher = try DatabaseQueue(path: location, configuration: configuration(readOnly: true, lockWait: lockWait))
        } catch let error as DatabaseError {
            throw StoreError.file(path: path, .changeWatcher(system: error.message ?? "\(error)"))
        }
        return ModeratDatabase(path: path, pool: pool, watcher: watcher, isReadOnly: readOnly,
                               readOnlyReason: readOnlyReason, missingMigrations: missing, lockWait: lockWait)
    }

    init(path: String, pool: DatabasePool, watcher: DatabaseQueue, isReadOnly: Bool,
         readOnlyReason: ReadOnlyReason? = nil, missingMigrations: [String] = [], lockWait: LockWait = LockWait(),
         ownsConnections: Bool = true) {
        self.path = path
        self.missingMigrations = missingMigrations
        self.pool = pool
        self.watcher = watcher
        self.isReadOnly = isReadOnly
        self.readOnlyReason = readOnlyReason
        self.lockWait = lockWait
        self.ownsConnections = ownsConnections
    }

    deinit { if ownsConnections { close() } }

    /// Closes every connection so that, when this process is the last one on the file, the
    /// .db alone holds everything and the write-ahead log is empty. Idempotent; the database
    /// cannot be used afterwards. Also run on deinitialisation, so every way out of a command
    /// that releases the database leaves the file complete.
    public func close() {
        closer.close(pool: pool, watcher: watcher, writable: !isReadOnly)
    }

    /// The pool and the name it was opened by. A read-only WAL file needs its -shm beside
    /// it; where SQLite can neither find nor create one (read-only folder or mount, and no
    /// writer has it open) the file is opened immutable, which needs no -shm.
    static func openPool(path: String, readOnly: Bool, lockWait: LockWait,
                         readOnlyReason: ReadOnlyReason? = nil) throws -> (DatabasePool, String) {
        let config = configuration(readOnly: readOnly, lockWait: lockWait)
        do {
            do {
                let pool = try DatabasePool(path: path, configuration: config)
                guard readOnly else { return (pool, path) }
                try pool.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
                return (pool, path)
            } catch let error as DatabaseError
                        where readOnly && [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode.primaryResultCode) {
                // The first pool is gone by now (it was local to the block above).
                let immutable = immutableURI(path)
                return (try DatabasePool(path: immutable, configuration: config), immutable)
            }
        } catch let error as DatabaseError {
            throw storeError(error, path: path, lockWait: lockWait, readOnlyReason: readOnlyReason)
        }
    }

    /// SQLite's URI for opening a file that nobody can change ("file:/a%20b.db?immutable=1").
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    static func configuration(readOnly: Bool, lockWait: LockWait) -> Configuration {
        var config = Configuration()
        // Not SQLite's own timeout: the wait must let the workbench draw and the user give up.
        config.busyMode = .callback { tries in lockWait.shouldRetry(numberOfTries: tries) }
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.prepareDatabase { db in
            // Overwrite deleted content (forgotten authors, purged bodies) instead of leaving it in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try DatabaseClosing.prepare(db)
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
            throw StoreError.file(path: path, .cannotCreateDirectory(dir, system: error.localizedDescription))
        }
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o660)
        guard fd >= 0 else {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        // The umask may have taken group bits away; 0660 is the point of the exercise.
        fchmod(fd, 0o660)
        Glibc.close(fd)
    }

    /// Brings the schema up to date; read-only, returns the migrations left out instead.
    static func migrate(_ pool: DatabasePool, path: String, readOnly: Bool, lockWait: LockWait) throws -> [String] {
        let migrator = Migrations.migrator
        let applied: Set<String>
        do {
            applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
        } catch let error as DatabaseError {
            let failure = storeError(error, path: path, lockWait: lockWait, readOnlyReason: nil)
            if case .locked = failure { throw failure }
            throw StoreError.notADatabase(path: path, damage(error))
        }
        let unknown = applied.subtracting(migrator.migrations).sorted()
        if !unknown.isEmpty {
            throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
        }
        // Up to date (the usual start): the one read above was all; migrating would take the
        // writer's lock and parse the schema on the writer connection before the first frame.
        if applied.isSuperset(of: migrator.migrations) { return [] }
        if readOnly { return migrator.migrations.filter { !applied.contains($0) } }
        do {
            try migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw storeError(error, path: path, lockWait: lockWait, readOnlyReason: nil,
                             context: FileProblem.migrationFailed(system:))
        }
        return []
    }

    /// Refuses a database whose schema is behind this moderat's (see `missingMigrations`)
    /// with `StoreError.olderSchema`, before a read meets a table that is not there yet.
    public func requireCurrentSchema() throws {
        guard !missingMigrations.isEmpty else { return }
        throw StoreError.olderSchema(path: path, missingMigrations: missingMigrations)
    }

    /// The schema migrations applied to this file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try Migrations.migrator.appliedIdentifiers(db).sorted() }
    }

    /// The migrations this moderat knows.
    public static var knownMigrations: [String] { Migrations.known }
}

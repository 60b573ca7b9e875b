import Foundation
import GRDB
import ModeratCore

/// The moderat database: one SQLite file in WAL mode that several people may have open.
public final class ModeratDatabase: Sendable {
    public let path: String
    /// The connection pool: concurrent reads, one writer, busy timeout set. Opened on first
    /// use (a start draws its first frame from `watcher` alone, see `read`); throws the store
    /// error opening it met.
    public var pool: DatabasePool {
        get throws {
            do {
                return try lazyPool.get()
            } catch let error as DatabaseError {
                throw storeError(error)
            }
        }
    }
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
    /// connections' commits relative to the same connection's previous answer. It is also
    /// the one connection opening makes: the migration check and, until the pool is open,
    /// every `read` run on it.
    let watcher: DatabaseQueue
    private let lazyPool: LazyPool
    private let connections: ConnectionCount
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
        let connections = ConnectionCount()
        let config = configuration(readOnly: readOnly, lockWait: lockWait, connections: connections)
        let fail = { (error: DatabaseError) in storeError(error, path: path, lockWait: lockWait, readOnlyReason: readOnlyReason) }
        // The usual start opens one read-only connection, the watcher, and checks the schema
        // on it; the pool (a writer and readers, each parsing the schema again) waits until
        // something needs it. A writable file SQLite cannot read without its -wal (a copy
        // of the .db alone) gets its pool first, whose writer makes the log, as before.
        var pool: DatabasePool?
        var (watcher, location): (DatabaseQueue, String)
        do {
            (watcher, location) = try openWatcher(path: path, readOnly: readOnly, lockWait: lockWait, connections: connections)
        } catch let error as DatabaseError
                    where !readOnly && [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode.primaryResultCode) {
            let opened = try openPool(path: path, configuration: config, fail: fail)
            pool = opened
            (watcher, location) = try openWatcher(path: path, readOnly: readOnly, lockWait: lockWait, connections: connections)
        } catch let error as DatabaseError {
            throw fail(error)
        }
        let applied = try appliedMigrations(watcher, path: path, lockWait: lockWait)
        let missing = try missingMigrations(applied, path: path)
        if !missing.isEmpty && !readOnly {
            let writer = try pool ?? openPool(path: location, configuration: config, fail: fail)
            pool = writer
            try migrate(writer, path: path, lockWait: lockWait)
            // A fresh watcher that never saw the half-made schema.
            try? watcher.close()
            (watcher, location) = try openWatcher(path: location, readOnly: readOnly, lockWait: lockWait, connections: connections)
        }
        let lazy = pool.map { LazyPool(opened: $0) }
            ?? LazyPool { [location] in try DatabasePool(path: location, configuration: config) }
        return ModeratDatabase(path: path, lazyPool: lazy, watcher: watcher, connections: connections, isReadOnly: readOnly,
                               readOnlyReason: readOnlyReason, missingMigrations: readOnly ? missing : [], lockWait: lockWait)
    }

    /// A second view of `pool` and `watcher`, opened elsewhere (tests: the same file as if
    /// opened read-only); `ownsConnections: false` leaves closing them to their opener.
    convenience init(path: String, pool: DatabasePool, watcher: DatabaseQueue, isReadOnly: Bool,
                     readOnlyReason: ReadOnlyReason? = nil, missingMigrations: [String] = [], lockWait: LockWait = LockWait(),
                     ownsConnections: Bool = true) {
        self.init(path: path, lazyPool: LazyPool(opened: pool), watcher: watcher, connections: ConnectionCount(),
                  isReadOnly: isReadOnly, readOnlyReason: readOnlyReason, missingMigrations: missingMigrations,
                  lockWait: lockWait, ownsConnections: ownsConnections)
    }

    private init(path: String, lazyPool: LazyPool, watcher: DatabaseQueue, connections: ConnectionCount, isReadOnly: Bool,
                 readOnlyReason: ReadOnlyReason?, missingMigrations: [String], lockWait: LockWait,
                 ownsConnections: Bool = true) {
        self.path = path
        self.missingMigrations = missingMigrations
        self.lazyPool = lazyPool
        self.watcher = watcher
        self.connections = connections
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
        closer.close(pool: lazyPool, watcher: watcher, writable: !isReadOnly)
    }

    /// Opens the pool's writer and one reader now, if they are not open yet: the workbench
    /// calls this right after its first frame, which it read on the watcher alone, so that
    /// the first key does not pay for them.
    public func openConnections() throws {
        try pool.read { _ in }
    }

    /// How many SQLite connections this database has opened so far: one until the pool is
    /// used (the watcher), three once a write and a read have run.
    public var connectionsOpened: Int { connections.value }

    /// Runs `body` in a read transaction: on one of the pool's readers once the pool is open,
    /// else on the watcher, so that reading a start's first frame opens no other connection.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let pool = lazyPool.opened { return try pool.read(body) }
        return try watcher.read(body)
    }

    /// The watcher and the name it was opened by. A read-only WAL file needs its -shm beside
    /// it; where SQLite can neither find nor create one (read-only folder or mount, and no
    /// writer has it open) a read-only open takes the file as immutable, which needs no -shm.
    static func openWatcher(path: String, readOnly: Bool, lockWait: LockWait,
                            connections: ConnectionCount) throws -> (DatabaseQueue, String) {
        let config = configuration(readOnly: true, lockWait: lockWait, connections: connections)
        do {
            return (try DatabaseQueue(path: path, configuration: config), path)
        } catch let error as DatabaseError
                    where readOnly && [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode.primaryResultCode) {
            let immutable = immutableURI(path)
            return (try DatabaseQueue(path: immutable, configuration: config), immutable)
        }
    }

    /// The pool, its failure said in the store's words.
    static func openPool(path: String, configuration: Configuration,
                         fail: (DatabaseError) -> StoreError) throws -> DatabasePool {
        do {
            return try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw fail(error)
        }
    }

    /// SQLite's URI for opening a file that nobody can change ("file:/a%20b.db?immutable=1").
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    static func configuration(readOnly: Bool, lockWait: LockWait, connections: ConnectionCount = ConnectionCount()) -> Configuration {
        var config = Configuration()
        // Not SQLite's own timeout: the wait must let the workbench draw and the user give up.
        config.busyMode = .callback { tries in lockWait.shouldRetry(numberOfTries: tries) }
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.prepareDatabase { db in
            connections.add()
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

    /// The migrations the file has, read on the watcher; a file that cannot be read as a
    /// database is refused as damaged.
    static func appliedMigrations(_ watcher: DatabaseQueue, path: String, lockWait: LockWait) throws -> Set<String> {
        do {
            return try watcher.read { db in try appliedIdentifiers(db) }
        } catch let error as DatabaseError {
            let failure = storeError(error, path: path, lockWait: lockWait, readOnlyReason: nil)
            if case .locked = failure { throw failure }
            throw StoreError.notADatabase(path: path, damage(error))
        }
    }

    /// What GRDB's `DatabaseMigrator.appliedIdentifiers` answers, read through a row cursor:
    /// its `String.fetchSet` makes generic cursor types the first frame would use nowhere else,
    /// each a scan of every conformance record of the static binary (600,000 instructions).
    private static func appliedIdentifiers(_ db: Database) throws -> Set<String> {
        do {
            var applied = Set<String>()
            let rows = try Row.fetchCursor(db, sql: "SELECT identifier FROM grdb_migrations")
            while let row = try rows.next() { applied.insert(row[0]) }
            return applied
        } catch {
            // As GRDB: no table yet means nothing applied; any other failure is the file's.
            if (try? !db.tableExists("grdb_migrations")) ?? false { return [] }
            throw error
        }
    }

    /// The migrations this moderat knows that `applied` lacks; a file with migrations this
    /// moderat does not know (a newer one made it) is refused before anything is written.
    static func missingMigrations(_ applied: Set<String>, path: String) throws -> [String] {
        let migrator = Migrations.migrator
        let unknown = applied.subtracting(migrator.migrations).sorted()
        if !unknown.isEmpty {
            throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
        }
        return migrator.migrations.filter { !applied.contains($0) }
    }

    /// Brings the schema up to date on the pool's writer.
    static func migrate(_ pool: DatabasePool, path: String, lockWait: LockWait) throws {
        do {
            try Migrations.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw storeError(error, path: path, lockWait: lockWait, readOnlyReason: nil,
                             context: FileProblem.migrationFailed(system:))
        }
    }

    /// Refuses a database whose schema is behind this moderat's (see `missingMigrations`)
    /// with `StoreError.olderSchema`, before a read meets a table that is not there yet.
    public func requireCurrentSchema() throws {
        guard !missingMigrations.isEmpty else { return }
        throw StoreError.olderSchema(path: path, missingMigrations: missingMigrations)
    }

    /// The schema migrations applied to this file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in try Migrations.migrator.appliedIdentifiers(db).sorted() }
    }

    /// The migrations this moderat knows.
    public static var knownMigrations: [String] { Migrations.known }
}

import Foundation
import GRDB

extension ModeratDatabase {
    /// Copies the database to `destination` with SQLite's online backup: one consistent
    /// snapshot even while others write. The new file is created 0660 like every moderat
    /// database. An existing destination is refused unless `overwrite` is set.
    /// `asPerson` runs everything that touches the destination's folder: an installed moderat
    /// passes its way of setting the setgid group aside, so the copy is the person's file and
    /// the shared folder is out of its reach; only reading the database keeps the group.
    public func backup(to destination: String, overwrite: Bool = false,
                       asPerson: (() throws -> Void) throws -> Void = { try $0() }) throws {
        var copy: DatabaseQueue?
        try asPerson { copy = try Self.prepareDestination(destination, overwrite: overwrite) }
        guard let copy else { return }
        do {
            // pagesPerStep -1: the whole copy in one step under one read transaction, so the
            // result is the snapshot of one moment and writers in WAL mode are not blocked.
            try pool.backup(to: copy)
            try copy.close()
        } catch let error as DatabaseError {
            try? copy.close()
            try? asPerson { try? FileManager.default.removeItem(atPath: destination) }
            throw StoreError.file(path: destination, .backupFailed(system: error.message ?? "\(error)"))
        }
    }

    /// Clears the way for the copy and opens it: a new 0660 file, no journal beside it (a
    /// failed copy is deleted whole), so nothing is created later outside `asPerson`.
    private static func prepareDestination(_ destination: String, overwrite: Bool) throws -> DatabaseQueue {
        if FileManager.default.fileExists(atPath: destination) {
            guard overwrite else {
                throw StoreError.file(path: destination, .backupExists)
            }
            if (try? FileManager.default.attributesOfItem(atPath: destination)[.type] as? FileAttributeType) == .typeDirectory {
                throw StoreError.file(path: destination, .isADirectory)
            }
            // A stale -wal beside the old file would be replayed into the new copy.
            for suffix in ["", "-wal", "-shm", "-journal"] {
                try? FileManager.default.removeItem(atPath: destination + suffix)
            }
        }
        try Self.createFile(at: destination)
        do {
            var config = Configuration()
            config.busyMode = .timeout(Self.busyTimeout)
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA journal_mode = OFF") }
            return try DatabaseQueue(path: destination, configuration: config)
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(atPath: destination)
            throw StoreError.file(path: destination, .backupFailed(system: error.message ?? "\(error)"))
        }
    }
}

import GRDB

extension ModeratDatabase {
    /// A number that changes whenever any other connection (this process's writer or
    /// another moderat) has committed since the last call. Cheap enough to poll twice a
    /// second from the input loop.
    public func dataVersion() throws -> Int {
        do {
            return try watcher.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        } catch let error as DatabaseError {
            throw StoreError.file(path: path, .changeCounter(system: error.message ?? "\(error)"))
        }
    }
}

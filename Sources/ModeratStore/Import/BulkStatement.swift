import GRDB
import GRDBSQLite

/// A prepared statement bound and stepped through SQLite's C API, for loops that run a
/// million times: GRDB's StatementArguments box every value, which costs more than the
/// insert itself. Values are copied by SQLite (SQLITE_TRANSIENT), so nothing outlives a call.
package struct BulkStatement {
    private let statement: Statement
    private let db: Database
    private var handle: OpaquePointer { statement.sqliteStatement }
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    package init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// Binds the values, 1-based in order, after resetting the statement.
    package func bind(_ values: [BulkValue]) {
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .null: sqlite3_bind_null(handle, index)
            case .int(let number): sqlite3_bind_int64(handle, index, number)
            case .text(var text):
                text.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { chars in
                        _ = sqlite3_bind_text(handle, index, chars.baseAddress, Int32(chars.count), Self.transient)
                    }
                }
            }
        }
    }

    /// Runs a bound statement that returns no rows.
    package func run() throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    /// Runs a bound query and returns the first column of its first row as an integer.
    func int() throws -> Int64? {
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw error(code) }
        return sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 0)
    }

    /// Runs a bound query and returns the first column of every row as an integer (NULL as 0).
    func ints() throws -> [Int64] {
        var out: [Int64] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return out }
            guard code == SQLITE_ROW else { throw error(code) }
            out.append(sqlite3_column_int64(handle, 0))
        }
    }

    /// Runs a bound query and returns its first `count` columns as integers, one array per
    /// column (NULL as 0), without a row object per row.
    func intColumns(_ count: Int) throws -> [[Int64]] {
        var columns = [[Int64]](repeating: [], count: count)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return columns }
            guard code == SQLITE_ROW else { throw error(code) }
            for column in 0 ..< count { columns[column].append(sqlite3_column_int64(handle, Int32(column))) }
        }
    }

    /// Rows the last run changed.
    package var changes: Int { Int(sqlite3_changes(db.sqliteConnection)) }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                      sql: statement.sql)
    }
}

/// A value for `BulkStatement.bind`.
package enum BulkValue {
    case null
    case int(Int64)
    case text(String)

    package static func text(_ text: String?) -> BulkValue { text.map { .text($0) } ?? .null }
    package static func int(_ number: Int?) -> BulkValue { number.map { .int(Int64($0)) } ?? .null }
}

import Foundation
import GRDB

/// The result of `moderat check`: integrity, foreign keys, schema, sizes.
public struct CheckReport: Equatable, Sendable {
    /// `PRAGMA integrity_check` lines; ["ok"] when healthy.
    public var integrity: [String]
    /// `PRAGMA foreign_key_check` findings, one line each ("comment 12 → process").
    public var foreignKeyProblems: [String]
    public var appliedMigrations: [String]
    public var knownMigrations: [String]
    /// Rows per main table, in schema order.
    public var rowCounts: [RowCount]
    /// Main file plus write-ahead log, in bytes.
    public var fileSize: Int64

    /// A table and how many rows it holds.
    public struct RowCount: Equatable, Sendable {
        public var table: String
        public var rows: Int
    }

    public var isOK: Bool {
        integrity == ["ok"] && foreignKeyProblems.isEmpty && appliedMigrations == knownMigrations
    }

    /// The report as the command prints it.
    public var text: String {
        var lines = ["integrity: " + integrity.joined(separator: "\n  ")]
        lines.append("foreign keys: " + (foreignKeyProblems.isEmpty ? "ok" : "\n  " + foreignKeyProblems.joined(separator: "\n  ")))
        let missing = knownMigrations.filter { !appliedMigrations.contains($0) }
        lines.append("schema: \(appliedMigrations.count) of \(knownMigrations.count) migrations applied"
                     + (missing.isEmpty ? "" : " (missing: \(missing.joined(separator: ", ")))"))
        let width = rowCounts.map(\.table.count).max() ?? 0
        lines.append("rows:")
        lines += rowCounts.map { "  " + $0.table.padding(toLength: width, withPad: " ", startingAt: 0) + "  \($0.rows)" }
        lines.append("size: \(fileSize) bytes")
        lines.append(isOK ? "result: ok" : "result: PROBLEMS FOUND")
        return lines.joined(separator: "\n")
    }
}

extension ModeratDatabase {
    /// The tables whose row counts the check reports.
    static let countedTables = [
        "moderator", "process", "section", "author", "comment", "comment_section", "reason", "project",
        "board", "seat", "member", "term", "meeting", "agenda_item", "action_item", "minutes", "draft", "audit_event",
    ]

    /// Checks the whole file. Reads only; counts every main table, so it takes a moment on a
    /// big database (it is a command, not a frame).
    public func check() throws -> CheckReport {
        do {
            return try pool.read { db in
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row -> String in
                    let table: String = row[0]
                    let rowid: Int64? = row[1]
                    let parent: String = row[2]
                    return "\(table) \(rowid.map(String.init) ?? "?") refers to a missing \(parent)"
                }
                let counts = try Self.countedTables.map { table in
                    CheckReport.RowCount(table: table, rows: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0)
                }
                return CheckReport(integrity: integrity, foreignKeyProblems: foreignKeys,
                                   appliedMigrations: try Migrations.migrator.appliedIdentifiers(db).sorted(),
                                   knownMigrations: Self.knownMigrations, rowCounts: counts,
                                   fileSize: Self.fileSize(path) + Self.fileSize(path + "-wal"))
            }
        } catch let error as DatabaseError {
            throw StoreError.io(path: path, reason: "check failed: \(error.message ?? "\(error)")")
        }
    }

    static func fileSize(_ path: String) -> Int64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    }
}

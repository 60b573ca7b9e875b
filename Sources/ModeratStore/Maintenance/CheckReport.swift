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
        integrity == ["ok"] && foreignKeyProblems.isEmpty && appliedMigrations == knownMigrations && unreadableTables.isEmpty
            && audit?.problems.isEmpty != false
    }

    /// The audit log's chain, triggers and decisions; nil when the file was too damaged to read it.
    public var audit: AuditVerification?

    /// The report as the command prints it.
    public var text: String {
        var lines: [String]
        if integrity == ["ok"] {
            lines = ["integrity: ok"]
        } else {
            // SQLite's own lines mean little to a secretary: words first, then a few of them.
            lines = ["integrity: damaged"] + integrityInWords.map { "  " + $0 }
            let shown = integrity.filter { !$0.hasPrefix("*** in database") }
            lines += shown.prefix(5).map { "  SQLite: " + $0 }
            if shown.count > 5 { lines.append("  SQLite: … and \(shown.count - 5) more") }
        }
        lines.append("foreign keys: " + (foreignKeyProblems.isEmpty ? "ok" : "\n  " + foreignKeyProblems.joined(separator: "\n  ")))
        let missing = knownMigrations.filter { !appliedMigrations.contains($0) }
        lines.append("schema: \(appliedMigrations.count) of \(knownMigrations.count) migrations applied"
                     + (missing.isEmpty ? "" : " (missing: \(missing.joined(separator: ", ")))"))
        lines += audit?.lines ?? []
        let width = rowCounts.map(\.table.count).max() ?? 0
        lines.append("rows:")
        lines += rowCounts.map { "  " + $0.table.padding(toLength: width, withPad: " ", startingAt: 0) + "  \($0.rows)" }
        lines += unreadableTables.map { "  " + $0.padding(toLength: width, withPad: " ", startingAt: 0) + "  unreadable (damaged)" }
        lines.append("size: \(fileSize) bytes")
        lines.append(isOK ? "result: ok" : "result: PROBLEMS FOUND")
        if integrity != ["ok"] { lines += [""] + Self.restoreAdvice(path: path) }
        return lines.joined(separator: "\n")
    }

    /// The file the report is about.
    public var path = ""
    /// The integrity problems in words (empty when healthy).
    public var integrityInWords: [String] = []
    /// Tables that could not be counted because their pages are damaged.
    public var unreadableTables: [String] = []

    /// What to do about a damaged file, for the report and for a file too damaged to check.
    public static func restoreAdvice(path: String) -> [String] {
        [
            "The database file is damaged. moderat did not change it; stop using it until it is restored.",
            "To restore it:",
            "  - copy back the last good copy made with `moderat backup DEST` (keep the damaged file aside), or",
            "  - rescue what is still readable: sqlite3 \(path) .recover | sqlite3 rescued.db",
            "    then check the result with `moderat check --db rescued.db`.",
        ]
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
    public func check(notedHead: AuditVerification.NotedHead? = nil) throws -> CheckReport {
        do {
            // A damaged file must still get a report: each part that cannot be read is said
            // in the report instead of ending the check. Each part reads on its own, because
            // SQLite may end a transaction that met a damaged page.
            // Lines come one by one: SQLite may give up half-way, after the useful ones.
            var integrity: [String] = []
            if case .failure(let error) = try readDamaged({ db in
                let lines = try String.fetchCursor(db, sql: "PRAGMA integrity_check(200)")
                while let line = try lines.next() { integrity.append(line) }
            }) {
                integrity.append(IntegritySummary.stoppedPrefix + Self.damage(error).description)
            }
            let foreignKeys: [String]
            switch try readDamaged({ db in
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row -> String in
                    let table: String = row[0]
                    let rowid: Int64? = row[1]
                    let parent: String = row[2]
                    return "\(table) \(rowid.map(String.init) ?? "?") refers to a missing \(parent)"
                }
            }) {
            case .success(let problems): foreignKeys = problems
            case .failure(let error): foreignKeys = ["could not be checked: \(Self.damage(error).description)"]
            }
            var counts: [CheckReport.RowCount] = []
            var unreadable: [String] = []
            for table in Self.countedTables {
                switch try readDamaged({ try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }) {
                case .success(let rows): counts.append(.init(table: table, rows: rows))
                case .failure: unreadable.append(table)
                }
            }
            let (applied, names) = try pool.read { db in
                (try Migrations.migrator.appliedIdentifiers(db).sorted(), IntegritySummary.rootPages(db))
            }
            var report = CheckReport(integrity: integrity, foreignKeyProblems: foreignKeys,
                                     appliedMigrations: applied, knownMigrations: Self.knownMigrations, rowCounts: counts,
                                     fileSize: Self.fileSize(path) + Self.fileSize(path + "-wal"), path: path)
            report.unreadableTables = unreadable
            if integrity == ["ok"], applied == Self.knownMigrations {
                report.audit = try readDamaged { try AuditVerification.verify($0, noted: notedHead) }.get()
            }
            if integrity != ["ok"] {
                report.integrityInWords = IntegritySummary(lines: integrity, names: names).lines(path: path)
            }
            return report
        } catch let error as DatabaseError {
            throw storeError(error, context: FileProblem.checkFailed(system:))
        }
    }

    /// One read whose damaged-page failure is a result, not an error.
    private func readDamaged<T>(_ body: (Database) throws -> T) throws -> Result<T, DatabaseError> {
        do {
            return .success(try pool.read(body))
        } catch let error as DatabaseError where Self.isDamage(error) {
            return .failure(error)
        }
    }

    /// SQLite's codes for a file whose pages are not what they should be.
    static func isDamage(_ error: DatabaseError) -> Bool {
        [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode.primaryResultCode)
    }

    static func fileSize(_ path: String) -> Int64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    }
}

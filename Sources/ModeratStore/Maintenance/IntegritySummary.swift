import Foundation
import GRDB

/// `PRAGMA integrity_check` output in words: which tables and indexes are affected, whether
/// the data itself or only an index is damaged, and so what to do.
public struct IntegritySummary: Equatable, Sendable {
    /// Tables whose rows are damaged ("comment", "audit_event").
    public var tables: [String]
    /// Indexes that disagree with their table (rebuildable from it).
    public var indexes: [String]
    /// Problems SQLite could not tie to a table or index (lost pages, a broken free list).
    public var other: Int
    /// How many lines SQLite reported.
    public var problems: Int

    /// True when only indexes are affected: the data is intact and REINDEX repairs it.
    public var onlyIndexes: Bool { tables.isEmpty && other == 0 && !indexes.isEmpty }

    /// How the check's own line starts when SQLite gave up before the end.
    static let stoppedPrefix = "SQLite stopped checking: "

    /// Reads SQLite's lines; `names` maps b-tree root pages to the table or index they hold.
    init(lines: [String], names: [Int: (name: String, isIndex: Bool)]) {
        var tables: [String] = []
        var indexes: [String] = []
        var other = 0
        let problemLines = lines.filter { !$0.hasPrefix("*** in database") && !$0.hasPrefix(Self.stoppedPrefix) }
        for line in problemLines {
            if let page = Self.number(after: "Tree ", in: line), let owner = names[page] {
                if owner.isIndex { indexes.append(owner.name) } else { tables.append(owner.name) }
            } else if let index = Self.word(after: " index ", in: line) {
                indexes.append(index)
            } else if let table = Self.word(after: "NULL value in ", in: line)?.split(separator: ".").first {
                tables.append(String(table))
            } else {
                other += 1
            }
        }
        self.tables = Self.unique(tables)
        self.indexes = Self.unique(indexes)
        self.other = other
        problems = problemLines.count
    }

    /// The summary and the advice, one line each.
    public func lines(path: String) -> [String] {
        var affected: [String] = []
        if !tables.isEmpty { affected.append("the data of " + tables.joined(separator: ", ")) }
        if !indexes.isEmpty { affected.append("the index(es) " + indexes.joined(separator: ", ")) }
        if other > 0 { affected.append("\(other) damaged or lost page(s) SQLite cannot tie to a table") }
        var out = affected.isEmpty
            ? ["SQLite could not read the file far enough to say what is affected."]
            : ["SQLite found \(problems) problem(s) affecting " + affected.joined(separator: "; ") + "."]
        if onlyIndexes {
            out.append("Only indexes are damaged; the data itself is intact. After a copy of the file, "
                       + "`sqlite3 \(path) REINDEX` rebuilds them; then run `moderat check` again.")
        } else if tables.contains(where: { $0.hasPrefix("comment_fts") }) && tables.allSatisfy({ $0.hasPrefix("comment_fts") }) && other == 0 {
            out.append("Only the search index is damaged; comments and decisions are intact, but search may miss or fail.")
        } else {
            out.append("Rows may be lost or unreadable; do not keep working on this file.")
        }
        return out
    }

    /// The root page of every table and index, to name the "Tree N" of SQLite's lines.
    static func rootPages(_ db: Database) -> [Int: (name: String, isIndex: Bool)] {
        guard let rows = try? Row.fetchAll(db, sql: "SELECT name, type, rootpage FROM sqlite_master WHERE rootpage > 0") else { return [:] }
        var names: [Int: (name: String, isIndex: Bool)] = [:]
        for row in rows {
            let page: Int = row["rootpage"]
            names[page] = (row["name"], (row["type"] as String) == "index")
        }
        return names
    }

    private static func number(after prefix: String, in line: String) -> Int? {
        guard let range = line.range(of: prefix) else { return nil }
        return Int(line[range.upperBound...].prefix { $0.isNumber })
    }

    private static func word(after prefix: String, in line: String) -> String? {
        guard let range = line.range(of: prefix) else { return nil }
        let word = line[range.upperBound...].prefix { !$0.isWhitespace }
        return word.isEmpty ? nil : String(word)
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}

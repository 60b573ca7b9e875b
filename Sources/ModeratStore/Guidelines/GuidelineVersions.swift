import Foundation
import GRDB
import ModeratCore

/// One imported version of a process's guidelines.
public struct GuidelineVersion: Equatable, Sendable {
    public var number: Int
    public var importedAt: Date
    public var importedBy: String
}

/// A section's text in one version.
public struct VersionedSection: Equatable, Sendable {
    public var code: String
    public var parentCode: String?
    public var ordinal: Int
    public var title: String
    public var body: String
}

extension Store {
    /// The imported versions of a process's guidelines, oldest first.
    public func guidelineVersions(processSlug: String? = nil) throws -> [GuidelineVersion] {
        try read { db in
            let processId: Int64 = try CommentedGuidelinesQuery(db: db, language: .de).findProcess(processSlug)["id"]
            return try GuidelineVersions.list(db, processId: processId)
        }
    }
}

/// Keeps every imported text: each import that changes something (or the first) adds a
/// version holding every section's title and text.
package enum GuidelineVersions {
    /// Records the process's sections as they are now as its next version, unless the latest
    /// version already holds exactly this text. Returns the version's number.
    @discardableResult
    package static func record(_ db: Database, processId: Int64, actor: String, now: Date) throws -> Int {
        let current = try Row.fetchAll(db, sql: """
            SELECT s.code, (SELECT p.code FROM section p WHERE p.id = s.parent_id) AS parent_code, s.ordinal, s.title, s.body
            FROM section s WHERE s.process_id = ? ORDER BY s.ordinal, s.id
            """, arguments: [processId]).map {
            VersionedSection(code: $0["code"], parentCode: $0["parent_code"], ordinal: $0["ordinal"], title: $0["title"], body: $0["body"])
        }
        if let latest = try list(db, processId: processId).last,
           try sections(db, processId: processId, number: latest.number) == current {
            return latest.number
        }
        let number = (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM guideline_version WHERE process_id = ?",
                                       arguments: [processId]) ?? 0) + 1
        try db.execute(sql: "INSERT INTO guideline_version(process_id, number, imported_at, imported_by) VALUES (?, ?, ?, ?)",
                       arguments: [processId, number, Timestamps.string(now), actor])
        let versionId = db.lastInsertedRowID
        for s in current {
            try db.execute(sql: """
                INSERT INTO section_text(version_id, code, parent_code, ordinal, title, body) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [versionId, s.code, s.parentCode, s.ordinal, s.title, s.body])
        }
        return number
    }

    static func list(_ db: Database, processId: Int64) throws -> [GuidelineVersion] {
        try Row.fetchAll(db, sql: """
            SELECT number, imported_at, imported_by FROM guideline_version WHERE process_id = ? ORDER BY number
            """, arguments: [processId]).map {
            GuidelineVersion(number: $0["number"], importedAt: Timestamps.date($0["imported_at"]) ?? Date(timeIntervalSince1970: 0),
                             importedBy: $0["imported_by"])
        }
    }

    /// Every section's text in version `number`, in the version's order.
    static func sections(_ db: Database, processId: Int64, number: Int) throws -> [VersionedSection] {
        try Row.fetchAll(db, sql: """
            SELECT t.code, t.parent_code, t.ordinal, t.title, t.body FROM section_text t
            JOIN guideline_version v ON v.id = t.version_id WHERE v.process_id = ? AND v.number = ? ORDER BY t.ordinal, t.code
            """, arguments: [processId, number]).map {
            VersionedSection(code: $0["code"], parentCode: $0["parent_code"], ordinal: $0["ordinal"], title: $0["title"], body: $0["body"])
        }
    }
}

import Foundation
import GRDB
import ModeratCore

/// Writes import records inside the caller's transaction: authors and comments are matched by
/// (source, external id), so the same file again adds nothing and a changed body updates
/// the comment (with a `comment.update` audit event). Replies whose parent has not been seen
/// yet wait in a temporary table until `linkWaitingReplies`, so memory stays flat.
struct CommentImporter {
    let db: Database
    let source: String
    let actor: String
    let now: Date
    let fixedProcess: String?
    var report = ImportReport()
    private var processIds: [String: Int64] = [:]
    private let importedAt: String

    init(db: Database, source: String, actor: String, now: Date, processSlug: String?) throws {
        self.db = db
        self.source = source
        self.actor = actor
        self.now = now
        self.fixedProcess = processSlug
        importedAt = Timestamps.string(now)
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS import_waiting_reply (comment_id INTEGER PRIMARY KEY, parent_external_id TEXT NOT NULL);
            DELETE FROM temp.import_waiting_reply;
            """)
    }

    /// Stores one record and says what happened to it.
    mutating func store(_ record: ImportRecord) throws -> ImportReport.Outcome {
        report.rows += 1
        let authorId = try author(record)
        if let existing = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, body, parent_id FROM comment WHERE source = ? AND external_id = ?"),
                                           arguments: [source, record.externalId]) {
            let id: Int64 = existing["id"]
            if existing["parent_id"] == nil, let parent = record.parentExternalId { try link(id, to: parent) }
            guard (existing["body"] as String) != record.body else {
                report.unchanged += 1
                return .unchanged
            }
            try db.cachedStatement(sql: "UPDATE comment SET body = ?, version = version + 1 WHERE id = ?")
                .execute(arguments: [record.body, id])
            let version = try Int.fetchOne(db.cachedStatement(sql: "SELECT version FROM comment WHERE id = ?"), arguments: [id]) ?? 0
            try db.appendAudit(actor: actor, action: AuditAction.update.rawValue, entity: AuditEntity.comment,
                               entityId: String(id), detail: ["version": String(version), "via": "import"], at: now)
            report.updated += 1
            return .updated
        }
        let processId = try process(for: record)
        var parentId: Int64?
        if let parent = record.parentExternalId { parentId = try commentId(parent) }
        try db.cachedStatement(sql: """
            INSERT INTO comment(source, external_id, process_id, author_id, parent_id, body, locale, alignment, created_at, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [source, record.externalId, processId, authorId, parentId, record.body, record.locale,
                                     record.alignment, record.createdAt ?? importedAt, importedAt])
        if let parent = record.parentExternalId {
            if parentId != nil { report.repliesLinked += 1 } else { try wait(db.lastInsertedRowID, for: parent) }
        }
        report.inserted += 1
        return .new
    }

    /// Links the replies that came before their parents; the rest stay top-level (orphans).
    mutating func linkWaitingReplies() throws {
        try db.execute(sql: """
            UPDATE comment SET parent_id = (
                SELECT p.id FROM temp.import_waiting_reply w JOIN comment p ON p.source = ? AND p.external_id = w.parent_external_id
                WHERE w.comment_id = comment.id)
            WHERE id IN (SELECT w.comment_id FROM temp.import_waiting_reply w
                         JOIN comment p ON p.source = ? AND p.external_id = w.parent_external_id)
            """, arguments: [source, source])
        let linked = db.changesCount
        let waiting = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM temp.import_waiting_reply") ?? 0
        report.repliesLinked += linked
        report.orphanReplies = waiting - linked
        try db.execute(sql: "DELETE FROM temp.import_waiting_reply")
    }

    private mutating func link(_ id: Int64, to parent: String) throws {
        if let parentId = try commentId(parent) {
            try db.cachedStatement(sql: "UPDATE comment SET parent_id = ? WHERE id = ?").execute(arguments: [parentId, id])
            report.repliesLinked += 1
        } else {
            try wait(id, for: parent)
        }
    }

    private func wait(_ id: Int64, for parent: String) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO temp.import_waiting_reply(comment_id, parent_external_id) VALUES (?, ?)")
            .execute(arguments: [id, parent])
    }

    private func commentId(_ externalId: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM comment WHERE source = ? AND external_id = ?"),
                           arguments: [source, externalId])
    }

    /// The author's row, created on first sight; a new display name replaces the old one
    /// unless the author was erased (erasure must stick).
    private func author(_ record: ImportRecord) throws -> Int64? {
        guard let externalId = record.authorExternalId ?? record.authorName.map({ "name:" + $0 }) else { return nil }
        let name = record.authorName ?? ""
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, display_name, erased_at FROM author WHERE source = ? AND external_id = ?"),
                                      arguments: [source, externalId]) {
            let id: Int64 = row["id"]
            let erased: String? = row["erased_at"]
            if erased == nil, !name.isEmpty, (row["display_name"] as String) != name {
                try db.cachedStatement(sql: "UPDATE author SET display_name = ? WHERE id = ?").execute(arguments: [name, id])
            }
            return id
        }
        try db.cachedStatement(sql: "INSERT INTO author(source, external_id, display_name) VALUES (?, ?, ?)")
            .execute(arguments: [source, externalId, name])
        return db.lastInsertedRowID
    }

    /// The process of a new comment: the one asked for, else the one its thread's URL names,
    /// else "import"; created (titled with its slug) when missing.
    private mutating func process(for record: ImportRecord) throws -> Int64 {
        let slug = fixedProcess ?? DecidimMapping.processSlug(fromURL: record.rootURL) ?? "import"
        if let id = processIds[slug] { return id }
        let id: Int64
        if let found = try Int64.fetchOne(db, sql: "SELECT id FROM process WHERE slug = ?", arguments: [slug]) {
            id = found
        } else {
            try db.execute(sql: "INSERT INTO process(slug, title, created_at) VALUES (?, ?, ?)",
                           arguments: [slug, slug, importedAt])
            id = db.lastInsertedRowID
            report.createdProcesses.append(slug)
        }
        // A file naming thousands of spaces must not grow this without bound.
        if processIds.count > 1000 { processIds.removeAll() }
        processIds[slug] = id
        return id
    }
}

import Foundation
import GRDB
import ModeratCore

/// Writes import records inside the caller's transaction: authors and comments are matched by
/// (source, external id), so the same file again adds nothing and a changed body updates
/// the comment (with a `comment.update` audit event). Replies whose parent has not been seen
/// yet wait in a temporary table until `linkWaitingReplies`, so memory stays flat.
///
/// Built for a million rows: the per-row full-text and counter triggers are set aside for the
/// import (each new comment is indexed here with the body its parser already folded, the
/// counter moves once at the end), the hot statements are bound through the C API, and
/// authors are remembered. A file that brings more comments than the database holds also
/// has the comment table's secondary indexes rebuilt once at the end instead of row by row,
/// and the full-text index gathers more in memory between writes. `finish` puts everything
/// back before the transaction ends.
struct CommentImporter {
    let db: Database
    let source: String
    let actor: String
    let now: Date
    var report = ImportReport()
    /// The comment the last `store` inserted (for campaign and wave detection).
    private(set) var lastNewId: Int64?
    private var processIds: [String: Int64] = [:]
    private var authors: [String: KnownAuthor] = [:]
    private let importedAt: String
    private let triggers: TriggersAside
    private let indexes: TriggersAside
    /// The full-text index's in-memory buffer as configured before the import (nil: default).
    private let ftsHashSize: Int?
    /// No comment of this source existed before: a new row needs no lookup first.
    private let sourceWasEmpty: Bool
    /// Some author was erased (by `forget-author`): a new author id must be checked against them.
    private let anyErased: Bool
    private let insertComment: BulkStatement
    private let insertIndex: BulkStatement
    private let findComment: BulkStatement
    private let insertAuthor: BulkStatement

    /// An author row as this import has seen it.
    private struct KnownAuthor {
        var id: Int64
        var name: String
        /// The name as comment_fts indexes it.
        var folded: String
        var erased: Bool
    }

    /// More authors than this are forgotten and looked up again (memory stays bounded). With
    /// 200,000 a million comments' 125,000 authors held about 16 MiB at the import's peak;
    /// those forgotten cost one indexed lookup each when they come again.
    private static let authorMemory = 16_384

    /// A full-text buffer of a fixed size: a million rows go into the index in about a hundred
    /// segments instead of thousands (each merged again and again), and the buffer (about
    /// twice this in memory) does not grow with the file.
    private static let bulkHashSize = 8 << 20

    /// `fileBytes`, the size of the file, tells whether the load is big next to the table.
    init(db: Database, source: String, actor: String, now: Date, fileBytes: Int) throws {
        self.db = db
        self.source = source
        self.actor = actor
        self.now = now
        importedAt = Timestamps.string(now)
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS import_waiting_reply (comment_id INTEGER PRIMARY KEY, parent_external_id TEXT NOT NULL);
            DELETE FROM temp.import_waiting_reply;
            """)
        sourceWasEmpty = try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM comment WHERE source = ?)", arguments: [source]) ?? true)
        anyErased = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM author WHERE erased_at IS NOT NULL)") ?? false
        triggers = try TriggersAside(db, names: [TriggersAside.ftsInsert, TriggersAside.countInsert])
        // A comment takes a few hundred bytes of a file; a thousand is a safe underestimate of rows.
        let existing = try Int.fetchOne(db, sql: "SELECT SUM(n) FROM comment_count") ?? 0
        let bulk = existing < fileBytes / 1000
        indexes = bulk ? try TriggersAside(db, indexesOf: "comment") : TriggersAside()
        ftsHashSize = try Int.fetchOne(db, sql: "SELECT v FROM comment_fts_config WHERE k = 'hashsize'")
        if bulk { try db.execute(sql: "INSERT INTO comment_fts(comment_fts, rank) VALUES ('hashsize', ?)", arguments: [Self.bulkHashSize]) }
        insertComment = try BulkStatement(db, sql: """
            INSERT INTO comment(source, external_id, process_id, author_id, parent_id, body, locale, alignment, created_at, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, external_id) DO NOTHING
            """)
        insertIndex = try BulkStatement(db, sql: "INSERT INTO comment_fts(rowid, body, author) VALUES (?, ?, ?)")
        findComment = try BulkStatement(db, sql: "SELECT id FROM comment WHERE source = ? AND external_id = ?")
        insertAuthor = try BulkStatement(db, sql: "INSERT INTO author(source, external_id, display_name) VALUES (?, ?, ?)")
    }

    /// Stores one record (whose body `foldedBody` is as the index wants it) and says what happened to it.
    mutating func store(_ record: ImportRecord, foldedBody: String, processSlug: String) throws -> ImportReport.Outcome {
        report.rows += 1
        let author = try self.author(record)
        if !sourceWasEmpty, let outcome = try existing(record) { return outcome }
        let processId = try process(processSlug)
        var parentId: Int64?
        if let parent = record.parentExternalId { parentId = try commentId(parent) }
        insertComment.bind([.text(source), .text(record.externalId), .int(processId), author.map { .int($0.id) } ?? .null,
                            parentId.map { .int($0) } ?? .null, .text(record.body), .text(record.locale),
                            .int(record.alignment), .text(record.createdAt ?? importedAt), .text(importedAt)])
        try insertComment.run()
        // The same id twice in one file: the second is an update of the first.
        if insertComment.changes == 0, let outcome = try existing(record) { return outcome }
        let id = db.lastInsertedRowID
        lastNewId = id
        insertIndex.bind([.int(id), .text(foldedBody), .text(author?.folded ?? "")])
        try insertIndex.run()
        if let parent = record.parentExternalId {
            if parentId != nil { report.repliesLinked += 1 } else { try wait(id, for: parent) }
        }
        report.inserted += 1
        return .new
    }

    /// Links the replies that came before their parents (the rest stay top-level, orphans),
    /// counts the new comments and puts the triggers back.
    mutating func finish() throws {
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
        // New comments are pending (the column's default).
        try db.execute(sql: "UPDATE comment_count SET n = n + ? WHERE state = 'pending'", arguments: [report.inserted])
        try triggers.restore(db)
        try indexes.restore(db)
        // The buffer back as it was: the default (1 MiB) leaves no config row behind.
        try db.execute(sql: "INSERT INTO comment_fts(comment_fts, rank) VALUES ('hashsize', ?)", arguments: [ftsHashSize ?? 1 << 20])
        if ftsHashSize == nil { try db.execute(sql: "DELETE FROM comment_fts_config WHERE k = 'hashsize'") }
    }

    /// The outcome for a comment that is already there, nil when there is none.
    private mutating func existing(_ record: ImportRecord) throws -> ImportReport.Outcome? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT c.id, c.body, c.parent_id, c.redacted_at, a.erased_at FROM comment c LEFT JOIN author a ON a.id = c.author_id
            WHERE c.source = ? AND c.external_id = ?
            """), arguments: [source, record.externalId]) else { return nil }
        let id: Int64 = row["id"]
        if row["parent_id"] == nil, let parent = record.parentExternalId { try link(id, to: parent) }
        // Text that forget-author or purge rewrote (or whose author was erased) stays as they left it.
        guard (row["body"] as String) != record.body, row["redacted_at"] == nil, row["erased_at"] == nil else {
            report.unchanged += 1
            return .unchanged
        }
        try db.cachedStatement(sql: "UPDATE comment SET body = ?, version = version + 1 WHERE id = ?")
            .execute(arguments: [record.body, id])
        let version = try Int.fetchOne(db.cachedStatement(sql: "SELECT version FROM comment WHERE id = ?"), arguments: [id]) ?? 0
        try db.appendAudit(actor: actor, action: AuditAction.update, entity: AuditEntity.comment,
                           entityId: String(id), detail: ["version": String(version), "via": "import"], at: now)
        report.updated += 1
        return .updated
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
        findComment.bind([.text(source), .text(externalId)])
        return try findComment.int()
    }

    /// The author's row, created on first sight; a new display name replaces the old one
    /// unless the author was erased (erasure must stick: an erased author found again by
    /// the keyed hash of its old id gets neither a name nor a contact).
    private mutating func author(_ record: ImportRecord) throws -> KnownAuthor? {
        guard let externalId = record.authorExternalId ?? record.authorName.map({ "name:" + $0 }) else { return nil }
        let name = record.authorName ?? ""
        // Most rows name an author seen before under the same name: nothing to write.
        if let remembered = authors[externalId], remembered.erased || name.isEmpty || remembered.name == name {
            return remembered
        }
        var known: KnownAuthor
        if let remembered = authors[externalId] {
            known = remembered
        } else if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, display_name, erased_at FROM author WHERE source = ? AND external_id = ?"),
                                             arguments: [source, externalId]) {
            known = Self.known(row)
        } else if anyErased, let erasedId = try ErasedAuthors.id(db: db, source: source, externalId: externalId),
                  let row = try Row.fetchOne(db, sql: "SELECT id, display_name, erased_at FROM author WHERE id = ?", arguments: [erasedId]) {
            known = Self.known(row)
            known.erased = true
        } else {
            insertAuthor.bind([.text(source), .text(externalId), .text(name)])
            try insertAuthor.run()
            known = KnownAuthor(id: db.lastInsertedRowID, name: name, folded: IndexFolding.fold(name), erased: false)
        }
        if !known.erased, !name.isEmpty, known.name != name {
            try db.cachedStatement(sql: "UPDATE author SET display_name = ? WHERE id = ?").execute(arguments: [name, known.id])
            known.name = name
            known.folded = IndexFolding.fold(name)
        }
        if authors.count >= Self.authorMemory { authors.removeAll(keepingCapacity: true) }
        authors[externalId] = known
        return known
    }

    private static func known(_ row: Row) -> KnownAuthor {
        let name: String = row["display_name"]
        return KnownAuthor(id: row["id"], name: name, folded: IndexFolding.fold(name), erased: row["erased_at"] != nil)
    }

    /// The id of process `slug`, created (titled with its slug) when missing.
    private mutating func process(_ slug: String) throws -> Int64 {
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

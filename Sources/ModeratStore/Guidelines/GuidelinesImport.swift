import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Makes a process's sections match `document`, in one transaction: sections are matched
    /// by code, so a revised text keeps the tags of every section it still has. Removing a
    /// section that has tagged comments is refused unless `force`; `dryRun` reports without
    /// writing. Without `processSlug` the only process is used (or "leitlinien" is created
    /// in an empty database).
    public func importGuidelines(_ document: GuidelinesDocument, processSlug: String?, force: Bool = false,
                                 dryRun: Bool = false) throws -> GuidelinesImportReport {
        do {
            return try write(may: .importData) { db, me, now in
                var report = try GuidelinesImporter(db: db, document: document, now: now).run(slug: processSlug)
                if !report.untagged.isEmpty && !force {
                    throw GuidelinesImportError.removesTaggedSections(report)
                }
                if dryRun {
                    report.dryRun = true
                    throw RollBack(report: report)
                }
                try GuidelinesImporter.audit(db, report: report, actor: me.account, now: now)
                if let processId = try Int64.fetchOne(db, sql: "SELECT id FROM process WHERE slug = ?", arguments: [report.processSlug]) {
                    report.version = try GuidelineVersions.record(db, processId: processId, actor: me.account, now: now)
                }
                return report
            }
        } catch let rollBack as RollBack {
            return rollBack.report
        }
    }
}

/// Thrown to end a dry run's transaction without committing.
private struct RollBack: Error {
    let report: GuidelinesImportReport
}

/// The steps of one import inside its transaction.
struct GuidelinesImporter {
    let db: Database
    let document: GuidelinesDocument
    let now: Date

    struct Stored {
        var id: Int64
        var title: String
        var body: String
        var parentId: Int64?
        var ordinal: Int
    }

    func run(slug: String?) throws -> GuidelinesImportReport {
        let (processId, resolvedSlug, created) = try process(slug: slug)
        var report = GuidelinesImportReport(processSlug: resolvedSlug, processCreated: created)
        var stored: [String: Stored] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, code, title, body, parent_id, ordinal FROM section WHERE process_id = ?",
                                    arguments: [processId]) {
            stored[row["code"]] = Stored(id: row["id"], title: row["title"], body: row["body"],
                                         parentId: row["parent_id"], ordinal: row["ordinal"])
        }
        var ids: [String: Int64] = [:]
        for (index, section) in document.sections.enumerated() {
            let parentId = section.parentCode.flatMap { ids[$0] }
            let ordinal = index + 1
            if let old = stored[section.code] {
                ids[section.code] = old.id
                var kinds: [SectionChange.Kind] = []
                if old.title != section.title { kinds.append(.title) }
                if old.body != section.body { kinds.append(.text) }
                if old.parentId != parentId { kinds.append(.parent) }
                if kinds.isEmpty {
                    report.unchanged += 1
                } else {
                    report.changed.append(SectionChange(code: section.code, title: section.title,
                                                        previousTitle: kinds.contains(.title) ? old.title : nil, kinds: kinds))
                }
                if !kinds.isEmpty || old.ordinal != ordinal {
                    try db.execute(sql: "UPDATE section SET title = ?, body = ?, parent_id = ?, ordinal = ? WHERE id = ?",
                                   arguments: [section.title, section.body, parentId, ordinal, old.id])
                }
            } else {
                try db.execute(sql: """
                    INSERT INTO section(process_id, code, parent_id, ordinal, title, body) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [processId, section.code, parentId, ordinal, section.title, section.body])
                ids[section.code] = db.lastInsertedRowID
                report.added.append(SectionChange(code: section.code, title: section.title))
            }
        }
        let gone = stored.filter { ids[$0.key] == nil }.sorted { $0.value.ordinal < $1.value.ordinal }
        report.removed = gone.map { SectionChange(code: $0.key, title: $0.value.title) }
        if !gone.isEmpty {
            let goneIds = gone.map(\.value.id)
            report.untagged = try Row.fetchAll(db, sql: """
                SELECT cs.comment_id, s.code, c.state FROM comment_section cs
                JOIN section s ON s.id = cs.section_id JOIN comment c ON c.id = cs.comment_id
                WHERE cs.section_id IN (\(databaseQuestionMarks(count: goneIds.count)))
                ORDER BY cs.comment_id, s.code
                """, arguments: StatementArguments(goneIds))
                .map { LostTag(commentId: $0["comment_id"], sectionCode: $0["code"], commentState: $0["state"]) }
            // Tags go with their section (ON DELETE CASCADE); children that stayed were moved above.
            try db.execute(sql: "DELETE FROM section WHERE id IN (\(databaseQuestionMarks(count: goneIds.count)))",
                           arguments: StatementArguments(goneIds))
        }
        return report
    }

    /// The process to import into: (id, slug, created now).
    func process(slug: String?) throws -> (Int64, String, Bool) {
        if let slug {
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM process WHERE slug = ?", arguments: [slug]) {
                return (id, slug, false)
            }
            return (try createProcess(slug: slug), slug, true)
        }
        let all = try Row.fetchAll(db, sql: "SELECT id, slug FROM process ORDER BY id")
        switch all.count {
        case 0: return (try createProcess(slug: "leitlinien"), "leitlinien", true)
        case 1: return (all[0]["id"], all[0]["slug"], false)
        default: throw GuidelinesImportError.ambiguousProcess(all.map { $0["slug"] })
        }
    }

    func createProcess(slug: String) throws -> Int64 {
        try db.execute(sql: "INSERT INTO process(slug, title, description, created_at) VALUES (?, ?, ?, ?)",
                       arguments: [slug, document.title ?? slug, document.introduction, Timestamps.string(now)])
        return db.lastInsertedRowID
    }

    /// One `guidelines.import` event (codes only), and a `comment.untag` per comment that lost tags.
    static func audit(_ db: Database, report: GuidelinesImportReport, actor: String, now: Date) throws {
        let processId = try Int64.fetchOne(db, sql: "SELECT id FROM process WHERE slug = ?", arguments: [report.processSlug])
        try db.appendAudit(actor: actor, action: .guidelinesImport, entity: "process", entityId: processId.map(String.init),
                           detail: ["added": report.added.map(\.code).joined(separator: ","),
                                    "changed": report.changed.map(\.code).joined(separator: ","),
                                    "removed": report.removed.map(\.code).joined(separator: ","),
                                    "untagged": String(report.untagged.count)], at: now)
        let byComment = Dictionary(grouping: report.untagged, by: \.commentId)
        for (commentId, lost) in byComment.sorted(by: { $0.key < $1.key }) {
            try db.appendAudit(actor: actor, action: AuditAction.untag, entity: AuditEntity.comment,
                               entityId: String(commentId),
                               detail: ["sections": lost.map(\.sectionCode).sorted().joined(separator: ","), "by": "guidelines.import"],
                               at: now)
        }
    }
}

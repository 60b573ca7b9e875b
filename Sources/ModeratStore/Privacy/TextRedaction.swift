import Foundation
import GRDB

/// Rewrites every free text that mentions a person (comment bodies, public answers, internal
/// notes, decision_prior snapshots, drafts, audit details, meeting records), whoever wrote it:
/// citizens quote each other, moderators name people in notes, and a citizen may have spoken
/// at a meeting as a guest. The roster's own member rows are not touched: a board member is
/// not a comment author, and the roster is corrected through `moderat roster`. In the audit
/// log only free-text values an older moderat wrote (`AuditFreeText.keys`) are rewritten; ids,
/// states, codes and every other structured field stay, whatever name the author chose.
struct TextRedaction {
    /// What to look for and what to put in its place.
    struct Rule {
        var matcher: NameMatcher
        var replacement: String
    }

    let rules: [Rule]

    /// How many texts of each kind mention the person.
    struct Counts: Equatable, Sendable {
        var bodies = 0
        var answers = 0
        var notes = 0
        var priors = 0
        var drafts = 0
        var auditDetails = 0
        var meetingTexts = 0
        /// Of all of these, the texts that are not on the author's own comments (someone
        /// else's comment, meeting records, drafts, audit details): where a name that is also
        /// a common word ("die", "Anna") would change what other people wrote.
        var othersTexts = 0
    }

    /// A meeting-record table with free text; `touch` marks a rewritten row so an editor
    /// that has the row open sees it changed.
    private struct RecordTable {
        var table: String
        var key: String
        var columns: [String]
        var touch: String?
    }

    private static let recordTables = [
        RecordTable(table: "meeting_guest", key: "id", columns: ["name", "affiliation"], touch: nil),
        RecordTable(table: "agenda_item", key: "id", columns: ["title", "result"], touch: "version = version + 1"),
        RecordTable(table: "agenda_decision", key: "id", columns: ["text"], touch: nil),
        RecordTable(table: "action_item", key: "id", columns: ["who", "what"], touch: nil),
        RecordTable(table: "minutes", key: "meeting_id", columns: ["quorum_note", "private_notes"], touch: "version = version + 1"),
        RecordTable(table: "minutes_amendment", key: "id", columns: ["text"], touch: nil),
        // A consideration's public rationale may name the citizen it answers.
        RecordTable(table: "consideration", key: "id", columns: ["rationale"], touch: "version = version + 1"),
    ]

    private struct CommentChange { var id: Int64; var own: Bool; var body: String?; var answer: String?; var note: String? }
    private struct PriorChange { var auditId: Int64; var own: Bool; var answer: String?; var note: String? }
    private struct DraftChange { var owner: String; var key: String; var text: String }
    private struct AuditChange { var id: Int64; var old: String; var detail: String }
    private struct RecordChange { var table: RecordTable; var key: Int64; var texts: [String?] }

    private var comments: [CommentChange] = []
    private var priors: [PriorChange] = []
    private var drafts: [DraftChange] = []
    private var audits: [AuditChange] = []
    private var records: [RecordChange] = []

    /// Finds what would change (a read; nothing is written); `authorId` is whose own
    /// comments these are.
    init(db: Database, rules: [Rule], authorId: Int64? = nil) throws {
        self.rules = rules
        guard !rules.isEmpty else { return }
        let body = prefilter("body"), answer = prefilter("public_answer"), note = prefilter("internal_note")
        for row in try Row.fetchAll(db, sql: """
            SELECT id, author_id, body, public_answer, internal_note FROM comment WHERE \(body.sql) OR \(answer.sql) OR \(note.sql)
            """, arguments: StatementArguments(body.arguments + answer.arguments + note.arguments)) {
            let change = CommentChange(id: row["id"], own: authorId != nil && row["author_id"] == authorId,
                                       body: redact(row["body"]), answer: redact(row["public_answer"]),
                                       note: redact(row["internal_note"]))
            if change.body != nil || change.answer != nil || change.note != nil { comments.append(change) }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT p.audit_id, c.author_id, p.public_answer, p.internal_note
            FROM decision_prior p LEFT JOIN comment c ON c.id = p.comment_id
            WHERE \(answer.sql.replacingOccurrences(of: "public_answer", with: "p.public_answer"))
               OR \(note.sql.replacingOccurrences(of: "internal_note", with: "p.internal_note"))
            """, arguments: StatementArguments(answer.arguments + note.arguments)) {
            let change = PriorChange(auditId: row["audit_id"], own: authorId != nil && row["author_id"] == authorId,
                                     answer: redact(row["public_answer"]), note: redact(row["internal_note"]))
            if change.answer != nil || change.note != nil { priors.append(change) }
        }
        let text = prefilter("text")
        for row in try Row.fetchAll(db, sql: "SELECT owner, key, text FROM draft WHERE \(text.sql)", arguments: StatementArguments(text.arguments)) {
            if let new = redact(row["text"]) { drafts.append(DraftChange(owner: row["owner"], key: row["key"], text: new)) }
        }
        let detail = prefilter("detail")
        for row in try Row.fetchAll(db, sql: "SELECT id, detail FROM audit_event WHERE \(detail.sql)", arguments: StatementArguments(detail.arguments)) {
            let old: String = row["detail"]
            if let new = redactFreeText(inDetail: old) { audits.append(AuditChange(id: row["id"], old: old, detail: new)) }
        }
        for table in Self.recordTables {
            let filters = table.columns.map(prefilter)
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(table.key), \(table.columns.joined(separator: ", ")) FROM \(table.table)
                WHERE \(filters.map(\.sql).joined(separator: " OR "))
                """, arguments: StatementArguments(filters.flatMap(\.arguments)))
            for row in rows {
                let texts: [String?] = table.columns.map { redact(row[$0]) }
                if texts.contains(where: { $0 != nil }) { records.append(RecordChange(table: table, key: row[table.key], texts: texts)) }
            }
        }
    }

    /// The SQL condition "`column` may mention someone a rule looks for".
    private func prefilter(_ column: String) -> (sql: String, arguments: [String]) {
        let parts = rules.map { $0.matcher.prefilter(column) }
        return ("(" + parts.map(\.sql).joined(separator: " OR ") + ")", parts.flatMap(\.arguments))
    }

    /// `text` with every rule applied, or nil when none matched.
    private func redact(_ text: String?) -> String? {
        guard var current = text else { return nil }
        var changed = false
        for rule in rules {
            if let new = rule.matcher.replacing(in: current, with: rule.replacement) {
                current = new
                changed = true
            }
        }
        return changed ? current : nil
    }

    /// An audit detail with the rules applied to its free-text values only, or nil.
    private func redactFreeText(inDetail detail: String) -> String? {
        guard let values = try? JSONDecoder().decode([String: String].self, from: Data(detail.utf8)) else { return nil }
        var changed = false
        var out = values
        for (key, value) in values where AuditFreeText.keys.contains(key) {
            if let new = redact(value) {
                out[key] = new
                changed = true
            }
        }
        return changed ? try? Database.auditJSON(out) : nil
    }

    var counts: Counts {
        Counts(bodies: comments.filter { $0.body != nil }.count, answers: comments.filter { $0.answer != nil }.count,
               notes: comments.filter { $0.note != nil }.count,
               priors: priors.count, drafts: drafts.count, auditDetails: audits.count, meetingTexts: records.count,
               othersTexts: comments.filter { !$0.own }.count + priors.filter { !$0.own }.count + drafts.count
                   + audits.count + records.count)
    }

    /// Writes the rewritten texts. A rewritten comment gets a new version (an open editor
    /// sees the change) and `redacted_at`, so an import never restores the old text.
    /// Returns the audit events it rewrote, for the erasing event to record.
    func apply(db: Database, now: String) throws -> [AuditRedaction.Record] {
        for c in comments {
            try db.execute(sql: """
                UPDATE comment SET body = COALESCE(?, body), public_answer = COALESCE(?, public_answer),
                    internal_note = COALESCE(?, internal_note), version = version + 1, redacted_at = ? WHERE id = ?
                """, arguments: [c.body, c.answer, c.note, now, c.id])
        }
        for p in priors {
            try db.execute(sql: """
                UPDATE decision_prior SET public_answer = COALESCE(?, public_answer), internal_note = COALESCE(?, internal_note)
                WHERE audit_id = ?
                """, arguments: [p.answer, p.note, p.auditId])
        }
        for d in drafts {
            try db.execute(sql: "UPDATE draft SET text = ? WHERE owner = ? AND key = ?", arguments: [d.text, d.owner, d.key])
        }
        for r in records {
            let sets = r.table.columns.map { "\($0) = COALESCE(?, \($0))" } + (r.table.touch.map { [$0] } ?? [])
            try db.execute(sql: "UPDATE \(r.table.table) SET \(sets.joined(separator: ", ")) WHERE \(r.table.key) = ?",
                           arguments: StatementArguments(r.texts) + [r.key])
        }
        guard !audits.isEmpty else { return [] }
        return try AuditRedaction.rewrite(db: db, details: audits.map { ($0.id, $0.old, $0.detail) })
    }
}

/// The audit detail keys that may hold free text about a person (written by older versions;
/// moderat now writes ids and codes only). Nothing else in an audit event is ever rewritten.
enum AuditFreeText {
    static let keys: Set<String> = ["name", "author", "note", "text", "title"]
}

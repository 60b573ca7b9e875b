import Foundation
import GRDB
import ModeratCore
import ModeratStore

/// What a CSV cannot carry, applied to the imported bench comments: states with their
/// decisions (who, when, reason, public answer) and guideline tags. Each decision gets its
/// audit event through the audit chain's own linking (as the workbench's would), so a
/// generated database passes `moderat check` like any other. The imported comments
/// have ids 1...N in file order (the file went into an empty database), which is checked
/// first. The state counter's per-row trigger and the secondary indexes are set aside, the
/// counters recounted and the indexes rebuilt once.
struct BenchDecisions {
    let count: Int
    let seed: UInt64
    let end: Int
    let authors: Int
    /// Reason codes (a rejected comment's reason), moderator ids (decided_by), section ids (tags).
    let reasons: [String]
    let moderators: [Int64]
    let sections: [Int64]

    /// Returns the number of tags written.
    func apply(_ db: Database, progress: (String) -> Void) throws -> Int {
        let shape = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS n, MAX(id) AS last FROM comment")
        guard let shape, (shape["n"] as Int) == count, (shape["last"] as Int?) == count else {
            throw StoreError.refused("the benchmark's import did not give comments 1...\(count)")
        }
        let triggers = try TriggersAside(db, names: [TriggersAside.countUpdate])
        // Seven in ten comments change state: re-sorting the indexes once beats moving entries.
        let indexes = try TriggersAside(db, indexesOf: "comment")
        let decide = try BulkStatement(db, sql: """
            UPDATE comment SET state = ?, version = 2, decided_by = ?, decided_at = ?, reason_code = ?, public_answer = ?
            WHERE id = ?
            """)
        let tag = try BulkStatement(db, sql: "INSERT OR IGNORE INTO comment_section(comment_id, section_id) VALUES (?, ?)")
        var accounts: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, account FROM moderator") { accounts[row["id"]] = row["account"] }
        var events = try AuditChainBatch(db)
        let actions: [String: AuditAction] = ["approved": .approve, "rejected": .reject, "held": .hold]
        let answer = "Vielen Dank für Ihren Beitrag. Der Arbeitskreis greift Ihre Anregung bei der Überarbeitung auf."
        var tags = 0
        let reportEvery = max(1, count / 10)
        for i in 0 ..< count {
            let plan = BenchRowPlan(index: i, count: count, seed: seed, end: end, authors: authors, reasons: reasons.count)
            let id = Int64(i + 1)
            if plan.state != 0 {
                let state = BenchRowPlan.states[plan.state]
                let moderator = moderators[(plan.decidedBy - 1) % moderators.count]
                let decidedAt = ImportTimestamp.utcString(Int64(plan.decidedAt))
                let reason = plan.state == 2 ? reasons[plan.reason] : nil
                decide.bind([.text(state), .int(moderator), .text(decidedAt), reason.map { .text($0) } ?? .null,
                             plan.answered ? .text(answer) : .null, .int(id)])
                try decide.run()
                var detail = ["from": "pending", "to": state, "version": "2"]
                detail["reason"] = reason
                if let action = actions[state] {
                    try events.append(at: decidedAt, actor: accounts[moderator] ?? "bench", action: action,
                                      entity: AuditEntity.comment, entityId: String(id), detail: detail)
                }
            }
            for section in [plan.tags.0, plan.tags.1].compactMap({ $0 }) {
                tag.bind([.int(id), .int(sections[section])])
                try tag.run()
                tags += tag.changes
            }
            if (i + 1) % reportEvery == 0 { progress("decisions and tags: \(i + 1) of \(count)") }
        }
        try events.finish(db)
        try TriggersAside.recount(db)
        try triggers.restore(db)
        try indexes.restore(db)
        return tags
    }
}

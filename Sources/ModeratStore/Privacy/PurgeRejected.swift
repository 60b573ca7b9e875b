import Foundation
import GRDB
import ModeratCore

/// What `purge` did (or, for a dry run, would do).
public struct PurgeResult: Equatable, Sendable {
    /// Rejected at or before this moment (stored UTC form) counts as old enough.
    public var cutoff: String
    /// The text that replaced each removed one, e.g. "[entfernt am 2026-11-27]".
    public var marker: String
    public var comments: Int
    public var answers: Int
    public var notes: Int
    public var priors: Int
    public var drafts: Int
    public var dryRun: Bool
    /// Whether the -wal could be emptied afterwards (nil for a dry run).
    public var walEmptied: Bool?
}

extension Store {
    /// Removes the text of comments rejected more than `days` days ago (by decided_at),
    /// admins only: the body, a public answer and an internal note (both may quote the
    /// body) become a dated marker, and so do the undo snapshots of those comments; drafts
    /// for them are deleted. State, reason, decider and time stay, so every figure counts
    /// as before (an answered comment stays answered). Comments purged before are skipped.
    @discardableResult
    public func purgeRejected(olderThanDays days: Int, dryRun: Bool = false) throws -> PurgeResult {
        guard days >= 0 else { throw StoreError.invalid("--rejected-older-than", line: 0, .negativeDays(days)) }
        var result = try erasing(dryRun: dryRun) { db, actor, now in
            let result = try Self.purge(db: db, days: days, now: now, write: actor != nil)
            guard let actor, result.comments > 0 else { return result }
            try db.appendAudit(actor: actor, action: PrivacyAudit.purge, entity: "comment", entityId: nil,
                               detail: ["olderThanDays": String(days), "comments": String(result.comments),
                                        "answers": String(result.answers), "notes": String(result.notes),
                                        "priors": String(result.priors), "drafts": String(result.drafts)], at: now)
            return result
        }
        guard !dryRun else { return result }
        result.walEmptied = try database.compactAfterErasure(rerun: "moderat purge --rejected-older-than \(days)")
        return result
    }

    /// The marker that replaces purged text: the same in German and English sessions,
    /// since it is stored text (a dated "removed" every reader of either language gets).
    static func purgeMarker(_ now: Date) -> String {
        "[entfernt am \(AuditTime.berlin(Timestamps.string(now)).prefix(10))]"
    }

    private static func purge(db: Database, days: Int, now: Date, write: Bool) throws -> PurgeResult {
        let cutoff = Timestamps.string(now.addingTimeInterval(-Double(days) * 86_400))
        let marker = purgeMarker(now)
        // Already purged comments (body a marker) are left alone.
        let selected = """
            SELECT id FROM comment WHERE state = 'rejected' AND decided_at IS NOT NULL AND decided_at < :cutoff
                AND body NOT LIKE '[entfernt am %]'
            """
        let arguments: StatementArguments = ["cutoff": cutoff, "marker": marker, "now": Timestamps.string(now)]
        let counts = try Row.fetchOne(db, sql: """
            SELECT count(*) AS comments,
                   count(CASE WHEN COALESCE(public_answer, '') <> '' THEN 1 END) AS answers,
                   count(CASE WHEN COALESCE(internal_note, '') <> '' THEN 1 END) AS notes,
                   (SELECT count(*) FROM decision_prior WHERE comment_id IN (\(selected))
                        AND (COALESCE(public_answer, '') <> '' OR COALESCE(internal_note, '') <> '')) AS priors
            FROM comment WHERE id IN (\(selected))
            """, arguments: arguments)
        var result = PurgeResult(cutoff: cutoff, marker: marker, comments: counts?["comments"] ?? 0, answers: counts?["answers"] ?? 0,
                                 notes: counts?["notes"] ?? 0, priors: counts?["priors"] ?? 0, drafts: 0,
                                 dryRun: !write, walEmptied: nil)
        let draftKeys = "SELECT owner, key FROM draft WHERE key LIKE 'comment:%' AND CAST(substr(key, 9) AS INTEGER) IN (\(selected))"
        result.drafts = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(draftKeys))", arguments: arguments) ?? 0
        guard write, result.comments > 0 else { return result }
        try db.execute(sql: """
            DELETE FROM draft WHERE (owner, key) IN (\(draftKeys));
            UPDATE decision_prior SET
                public_answer = CASE WHEN COALESCE(public_answer, '') <> '' THEN :marker ELSE public_answer END,
                internal_note = CASE WHEN COALESCE(internal_note, '') <> '' THEN :marker ELSE internal_note END
            WHERE comment_id IN (\(selected));
            UPDATE comment SET body = :marker,
                public_answer = CASE WHEN COALESCE(public_answer, '') <> '' THEN :marker ELSE public_answer END,
                internal_note = CASE WHEN COALESCE(internal_note, '') <> '' THEN :marker ELSE internal_note END,
                version = version + 1, redacted_at = :now
            WHERE id IN (\(selected));
            """, arguments: arguments)
        try PrivacyWrites.optimizeSearchIndex(db: db)
        return result
    }
}

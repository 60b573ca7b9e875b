import Foundation
import GRDB
import ModeratCore

/// The evaluation report (`moderat report`): the dashboard's figures plus comments per
/// process and section, approval and rejection rates, decision times and the open action
/// items. Definitions (they are what the tests check):
/// - decided = approved + rejected; approval rate = approved / decided, rejection rate =
///   rejected / decided (nil when nothing is decided). Held comments are not decided.
/// - decision time = decided_at − created_at of approved and rejected comments with a
///   decided_at; median of an even count is the mean of the two middle values; the 90th
///   percentile is the nearest rank (the ⌈0.9·n⌉-th smallest).
/// - weeks, reasons, answers and open action items are the Dashboard's (`DashboardFigures`).
public struct ReportFigures: Equatable, Sendable {
    public struct ProcessRow: Equatable, Sendable, Codable {
        public var slug: String
        public var title: String
        public var project: String?
        public var comments: Int
        public var pending: Int
        public var approved: Int
        public var rejected: Int
        public var held: Int
    }

    public struct SectionRow: Equatable, Sendable, Codable {
        public var process: String
        public var code: String
        public var title: String
        public var comments: Int
        public var approved: Int
        public var rejected: Int
    }

    public var dashboard: DashboardFigures
    public var perProcess: [ProcessRow]
    /// Sections with at least one tagged comment, in the guidelines' order.
    public var perSection: [SectionRow]
    /// Comments tagged to no section.
    public var untagged: Int
    /// Rejected comments that carry no reason code.
    public var rejectedWithoutReason: Int
    /// Decision times in seconds of every approved or rejected comment, smallest first.
    public var decisionSeconds: [Int]
    public var openActionItems: [ActionItemRow]
    /// Outcomes of the considerations per section (sections with something to consider) and overall.
    public var outcomesPerSection: [OutcomeRow] = []
    public var outcomesOverall: OutcomeRow?

    public var total: Int { dashboard.perState.values.reduce(0, +) }
    public var approved: Int { dashboard.perState[.approved] ?? 0 }
    public var rejected: Int { dashboard.perState[.rejected] ?? 0 }
    public var decided: Int { approved + rejected }
    public var approvalRate: Double? { decided == 0 ? nil : Double(approved) / Double(decided) }
    public var rejectionRate: Double? { decided == 0 ? nil : Double(rejected) / Double(decided) }

    public var medianSeconds: Double? {
        let s = decisionSeconds
        guard !s.isEmpty else { return nil }
        return s.count % 2 == 1 ? Double(s[s.count / 2]) : Double(s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    public var percentile90Seconds: Double? {
        let s = decisionSeconds
        guard !s.isEmpty else { return nil }
        let rank = Int((0.9 * Double(s.count)).rounded(.up))
        return Double(s[max(0, min(s.count, rank) - 1)])
    }
}

extension ModeratDatabase {
    /// Computes the report: the comment figures in one read (a consistent snapshot), the
    /// open action items of public TOPs (the report is for publication) after it.
    public func reportFigures() throws -> ReportFigures {
        let actions = try openActionItems(publicOnly: true)
        return try pool.read { db in
            let dashboard = try db.dashboardFigures()
            let processes = try Row.fetchAll(db, sql: """
                SELECT p.slug, p.title, j.slug AS project, COUNT(c.id) AS n,
                       COALESCE(SUM(c.state = 'pending'), 0) AS pending, COALESCE(SUM(c.state = 'approved'), 0) AS approved,
                       COALESCE(SUM(c.state = 'rejected'), 0) AS rejected, COALESCE(SUM(c.state = 'held'), 0) AS held
                FROM process p LEFT JOIN project j ON j.id = p.project_id LEFT JOIN comment c ON c.process_id = p.id
                GROUP BY p.id ORDER BY n DESC, p.slug
                """).map { r in
                ReportFigures.ProcessRow(slug: r["slug"], title: r["title"], project: r["project"], comments: r["n"],
                                         pending: r["pending"], approved: r["approved"], rejected: r["rejected"], held: r["held"])
            }
            let sections = try Row.fetchAll(db, sql: """
                SELECT p.slug AS process, s.code, s.title, COUNT(*) AS n,
                       SUM(c.state = 'approved') AS approved, SUM(c.state = 'rejected') AS rejected
                FROM comment_section cs JOIN section s ON s.id = cs.section_id JOIN process p ON p.id = s.process_id
                JOIN comment c ON c.id = cs.comment_id
                GROUP BY s.id ORDER BY p.slug, s.ordinal, s.code
                """).map { r in
                ReportFigures.SectionRow(process: r["process"], code: r["code"], title: r["title"], comments: r["n"],
                                         approved: r["approved"], rejected: r["rejected"])
            }
            let untagged = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM comment c WHERE NOT EXISTS (SELECT 1 FROM comment_section cs WHERE cs.comment_id = c.id)
                """) ?? 0
            let noReason = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment WHERE state = 'rejected' AND reason_code IS NULL") ?? 0
            var seconds: [Int] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT created_at, decided_at FROM comment WHERE state IN ('approved', 'rejected') AND decided_at IS NOT NULL
                """) {
                guard let created = Timestamps.date(row["created_at"]), let decided = Timestamps.date(row["decided_at"]) else { continue }
                seconds.append(max(0, Int(decided.timeIntervalSince(created))))
            }
            seconds.sort()
            let outcomes = try ReportOutcomes.compute(db)
            return ReportFigures(dashboard: dashboard, perProcess: processes, perSection: sections, untagged: untagged,
                                 rejectedWithoutReason: noReason, decisionSeconds: seconds, openActionItems: actions,
                                 outcomesPerSection: outcomes.perSection, outcomesOverall: outcomes.overall)
        }
    }
}

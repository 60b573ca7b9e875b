import GRDB
import ModeratCore

/// The figures the Dashboard screen draws.
public struct DashboardFigures: Equatable, Sendable {
    /// Comments per state, from the maintained counters.
    public var perState: [CommentState: Int]
    /// Comments received per ISO week ("2026-W41"), oldest first.
    public var perWeek: [(week: String, count: Int)]
    /// Rejections per reason code, most frequent first.
    public var perReason: [(code: String, labelDE: String, labelEN: String, count: Int)]
    public var answered: Int
    public var openActionItems: Int

    public static func == (a: DashboardFigures, b: DashboardFigures) -> Bool {
        a.perState == b.perState && a.answered == b.answered && a.openActionItems == b.openActionItems
            && a.perWeek.map(\.week) == b.perWeek.map(\.week) && a.perWeek.map(\.count) == b.perWeek.map(\.count)
            && a.perReason.map(\.code) == b.perReason.map(\.code) && a.perReason.map(\.count) == b.perReason.map(\.count)
    }
}

extension ModeratDatabase {
    /// Computes the dashboard once when the screen opens (not per frame).
    public func dashboardFigures() throws -> DashboardFigures {
        try pool.read { db in try db.dashboardFigures() }
    }
}

extension Database {
    /// The dashboard's figures inside the caller's read (the report reuses them).
    func dashboardFigures() throws -> DashboardFigures {
        let db = self
        var perState: [CommentState: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT state, n FROM comment_count") {
            if let state = CommentState(rawValue: row["state"]) { perState[state] = row["n"] }
        }
        let weeks = try Row.fetchAll(db, sql: """
            SELECT strftime('%Y-W%W', created_at) AS week, COUNT(*) AS n
            FROM comment GROUP BY week ORDER BY week
            """).map { (week: $0["week"] as String, count: $0["n"] as Int) }
        let reasons = try Row.fetchAll(db, sql: """
            SELECT r.code, r.label_de, r.label_en, COUNT(c.id) AS n
            FROM reason r JOIN comment c ON c.reason_code = r.code AND c.state = 'rejected'
            GROUP BY r.code ORDER BY n DESC, r.ordinal
            """).map { (code: $0["code"] as String, labelDE: $0["label_de"] as String, labelEN: $0["label_en"] as String, count: $0["n"] as Int) }
        let answered = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment WHERE public_answer IS NOT NULL AND public_answer <> ''") ?? 0
        let open = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM action_item WHERE done_on IS NULL") ?? 0
        return DashboardFigures(perState: perState, perWeek: weeks, perReason: reasons, answered: answered, openActionItems: open)
    }
}

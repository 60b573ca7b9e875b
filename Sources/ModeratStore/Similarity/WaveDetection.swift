import GRDB
import ModeratCore

/// Flags waves: one account posting many comments in a short time (a burst), and many new
/// accounts posting near-identical text (their first comment is in one group, all within a
/// few hours).
struct WaveDetection {
    let db: Database
    let thresholds: SimilarityThresholds

    /// Recomputes the bursts of the authors of the comments with ids above `lastId` (an
    /// import's new comments) from all their comments.
    func bursts(authorsOfCommentsAfter lastId: Int64) throws {
        let window = Int64(thresholds.burstMinutes) * 60
        // Bound and read through the C API: at a million comments this runs for 125,000
        // authors, and a row object per comment cost more than the query.
        let times = try BulkStatement(db, sql: """
            SELECT id, CAST(ROUND((julianday(created_at) - 2440587.5) * 86400) AS INTEGER) FROM comment
            WHERE author_id = ? ORDER BY created_at, id
            """)
        let clear = try db.makeStatement(sql: "DELETE FROM comment_wave WHERE author_id = ? AND kind = 'burst'")
        let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO comment_wave(comment_id, kind, wave_id, author_id) VALUES (?, 'burst', ?, ?)")
        // Only authors with enough comments can have a burst, and only those who had one can
        // lose it (and only theirs need clearing); the rest (thousands with one or two
        // comments) cost no statement more. Read as a cursor, not gathered in a set: a million
        // comments bring 125,000 authors.
        let authors = try Row.fetchCursor(db, sql: """
            SELECT a.author_id, EXISTS (SELECT 1 FROM comment_wave w WHERE w.author_id = a.author_id AND w.kind = 'burst') AS had
            FROM (SELECT DISTINCT author_id FROM comment WHERE id > ? AND author_id IS NOT NULL) a
            WHERE had OR (SELECT COUNT(*) FROM comment c WHERE c.author_id = a.author_id) >= ?
            """, arguments: [lastId, thresholds.burstComments])
        while let author = try authors.next() {
            let authorId: Int64 = author[0]
            if author[1] as Bool { try clear.execute(arguments: [authorId]) }
            times.bind([.int(authorId)])
            let rows = try times.intColumns(2)
            let ids = rows[0], seconds = rows[1]
            guard ids.count >= thresholds.burstComments else { continue }
            for run in Self.burstRuns(seconds: seconds, window: window, minimum: thresholds.burstComments) {
                let members = run.map { ids[$0] }
                guard let waveId = members.min() else { continue }
                for id in members { try insert.execute(arguments: [id, waveId, authorId]) }
            }
        }
    }

    /// Runs of consecutive indexes (times sorted) where some `window` seconds hold at least `minimum` comments.
    static func burstRuns(seconds: [Int64], window: Int64, minimum: Int) -> [[Int]] {
        var marked = [Bool](repeating: false, count: seconds.count)
        var start = 0
        for end in seconds.indices {
            while seconds[end] - seconds[start] > window { start += 1 }
            if end - start + 1 >= minimum { for index in start ... end { marked[index] = true } }
        }
        var runs: [[Int]] = []
        var current: [Int] = []
        for index in seconds.indices {
            if marked[index] { current.append(index) } else if !current.isEmpty { runs.append(current); current = [] }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// Recomputes the new-account waves of these groups. Whether a member is its author's
    /// first comment was a subquery per member that read all of the author's comments (the
    /// author index does not end in the id): with prolific authors in large groups that made
    /// each member cost more as N grew (37 µs at 100,000 against 6 at 10,000). Now a group
    /// smaller than a wave asks nothing (not even for its members: at a million comments
    /// nine groups in ten have fewer than five), and each author's first comment is looked
    /// up once. A group written twice comes twice, the second time at its full size.
    func newAccounts(groups: [StoredGroup]) throws {
        let window = Int64(thresholds.newAccountHours) * 3600
        let members = try BulkStatement(db, sql: """
            SELECT g.comment_id, c.author_id, CAST(ROUND((julianday(c.created_at) - 2440587.5) * 86400) AS INTEGER)
            FROM comment_group g JOIN comment c ON c.id = g.comment_id
            WHERE g.group_id = ? AND c.author_id IS NOT NULL
            ORDER BY c.created_at, c.id
            """)
        let clear = try db.makeStatement(sql: "DELETE FROM comment_wave WHERE wave_id = ? AND kind = 'new-accounts'")
        let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO comment_wave(comment_id, kind, wave_id, author_id) VALUES (?, 'new-accounts', ?, NULL)")
        var firsts = FirstComments(try BulkStatement(db, sql: "SELECT MIN(id) FROM comment WHERE author_id = ?"))
        for stored in groups {
            let group = stored.id
            try clear.execute(arguments: [group])
            guard stored.members >= thresholds.newAccounts else { continue }
            members.bind([.int(group)])
            let rows = try members.intColumns(3)
            guard rows[0].count >= thresholds.newAccounts else { continue }
            // The members that are their author's first comment, with their times.
            var ids: [Int64] = [], seconds: [Int64] = []
            for index in rows[0].indices where try firsts.first(of: rows[1][index]) == rows[0][index] {
                ids.append(rows[0][index])
                seconds.append(rows[2][index])
            }
            guard ids.count >= thresholds.newAccounts else { continue }
            for run in Self.burstRuns(seconds: seconds, window: window, minimum: thresholds.newAccounts) {
                for index in run { try insert.execute(arguments: [ids[index], group]) }
            }
        }
    }

    /// Each author's first comment id, looked up once; bounded (it starts over when full,
    /// 65,536 authors, about 3 MiB).
    private struct FirstComments {
        let statement: BulkStatement
        private var known: [Int64: Int64] = [:]
        private static let memory = 1 << 16

        init(_ statement: BulkStatement) {
            self.statement = statement
        }

        mutating func first(of author: Int64) throws -> Int64? {
            if let id = known[author] { return id }
            statement.bind([.int(author)])
            guard let id = try statement.int() else { return nil }
            if known.count >= Self.memory { known.removeAll(keepingCapacity: true) }
            known[author] = id
            return id
        }
    }
}

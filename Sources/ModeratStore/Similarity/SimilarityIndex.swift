import GRDB
import ModeratCore

/// What a detection run found.
public struct SimilarityReport: Sendable, Equatable {
    public var fingerprinted = 0
    public var groupsTouched = 0
    /// Candidates compared by their words (after their sketches let them through).
    public var comparisons = 0
    /// Word sets read again from the database for a comparison.
    public var rereads = 0
}

/// Campaign and wave detection over the database: incrementally for the comments an import
/// just added, or over everything on demand. Runs inside the caller's transaction.
public enum SimilarityIndex {
    /// Fingerprints the comments with ids above `lastId`, joins them to near-identical ones
    /// (old or new) and recomputes the waves of their authors and groups.
    @discardableResult
    public static func update(_ db: Database, after lastId: Int64, thresholds: SimilarityThresholds) throws -> SimilarityReport {
        let newest = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM comment") ?? lastId
        var detection = try Incremental(db, after: lastId, thresholds: thresholds, expected: Int(newest - lastId))
        let rows = try Row.fetchCursor(db, sql: "SELECT id, body FROM comment WHERE id > ? ORDER BY id", arguments: [lastId])
        while let row = try rows.next() {
            try detection.add(id: row[0], text: row[1])
        }
        return try detection.finish()
    }

    /// Detection fed one new comment at a time (an import hands over each comment it inserts,
    /// fingerprinted on its reading thread), finished once at the end, inside one transaction.
    struct Incremental {
        private let db: Database
        private let thresholds: SimilarityThresholds
        private var groups: GroupDetection
        /// The comments above this id are the new ones (their authors' bursts are recomputed).
        private let lastId: Int64
        /// The groups written by `storeGroups`, nil before.
        private var touched: [StoredGroup]?
        private var report = SimilarityReport()

        /// `expected`: about how many new comments will come.
        init(_ db: Database, after lastId: Int64, thresholds: SimilarityThresholds, expected: Int = 0) throws {
            self.db = db
            self.thresholds = thresholds
            self.lastId = lastId
            // Fingerprints are inserted, not replaced (see `GroupDetection`): none may be left
            // for the comments to come (an import has none; a repeated run over them would).
            try db.execute(sql: "DELETE FROM comment_fingerprint WHERE comment_id > ?", arguments: [lastId])
            groups = try GroupDetection(db: db, threshold: thresholds.nearIdentical, campaignAuthors: thresholds.campaignAuthors,
                                        expected: expected)
            try groups.loadExisting(upTo: lastId)
        }

        mutating func add(id: Int64, text: String) throws {
            try groups.add(id: id, text: text)
            report.fingerprinted += 1
        }

        mutating func add(id: Int64, fingerprint: TextFingerprint) throws {
            try groups.add(id: id, fingerprint: fingerprint)
            report.fingerprinted += 1
        }

        /// Writes the groups and lets go of what only the comparisons needed (an import does
        /// this before it rebuilds its indexes, where its memory peaks).
        mutating func storeGroups() throws {
            report.comparisons = groups.comparisons
            report.rereads = groups.rereads
            let stored = try groups.store()
            touched = stored
            report.groupsTouched = stored.count
        }

        /// Writes the groups (unless `storeGroups` did) and recomputes the waves of the new
        /// comments' authors and of the groups touched.
        mutating func finish() throws -> SimilarityReport {
            if touched == nil { try storeGroups() }
            let waves = WaveDetection(db: db, thresholds: thresholds)
            try waves.bursts(authorsOfCommentsAfter: lastId)
            try waves.newAccounts(groups: touched ?? [])
            return report
        }
    }

    /// The newest comment's id before an import (its comments get larger ids).
    public static func lastCommentId(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM comment") ?? 0
    }

    /// Forgets every fingerprint, group and wave and detects them again over all comments.
    @discardableResult
    public static func rebuild(_ db: Database, thresholds: SimilarityThresholds) throws -> SimilarityReport {
        try db.execute(sql: "DELETE FROM comment_wave; DELETE FROM comment_group; DELETE FROM comment_fingerprint")
        return try update(db, after: 0, thresholds: thresholds)
    }
}

extension ModeratDatabase {
    /// Detects campaigns and waves over the whole database again (e.g. after changing the thresholds).
    @discardableResult
    public func rebuildSimilarity(thresholds: SimilarityThresholds = SimilarityThresholds()) throws -> SimilarityReport {
        try pool.write { db in try SimilarityIndex.rebuild(db, thresholds: thresholds) }
    }
}

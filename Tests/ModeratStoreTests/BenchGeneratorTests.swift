import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore
@testable import ModeratSamples

// Serialized: the peak memory each generation measures is the whole process's (PeakMemory.reset).
@Suite("Benchmark generator", .serialized)
struct BenchGeneratorTests {
    func generate(_ count: Int, seed: UInt64 = BenchGenerator.defaultSeed) throws -> (ModeratDatabase, BenchGenerator.Summary, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bench-test-\(UUID().uuidString)").path
        let path = dir + "/bench.db"
        let summary = try BenchGenerator.generate(path: path, comments: count, account: "bench-test", seed: seed)
        return (try ModeratDatabase.open(path: path), summary, dir)
    }

    /// The default seed's 500 comments as `generate(500)` writes them, generated once per test
    /// run (`builtOnce`): a test that reads or changes "a generated database" copies it, one
    /// that checks the generating itself generates.
    final class Generated: BuiltOnceDatabase, @unchecked Sendable {
        let directory: URL
        let database: ModeratDatabase
        let summary: BenchGenerator.Summary

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-test-\(UUID().uuidString)")
            let path = directory.appendingPathComponent("bench.db").path
            summary = try BenchGenerator.generate(path: path, comments: 500, account: "bench-test")
            database = try ModeratDatabase.open(path: path)
        }
    }

    static let generated500 = builtOnce { try Generated() }

    /// A copy of `generated500`, in the shape `generate` returns.
    func copy500() throws -> (ModeratDatabase, BenchGenerator.Summary, String) {
        let template = try Self.generated500.get()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bench-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: template.database.path, toPath: dir + "/bench.db")
        return (try ModeratDatabase.open(path: dir + "/bench.db"), template.summary, dir)
    }

    func fingerprint(_ database: ModeratDatabase) throws -> [String] {
        try database.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT id || '|' || state || '|' || created_at || '|' || COALESCE(author_id, '') || '|' ||
                       COALESCE(parent_id, '') || '|' || length(body) || '|' || substr(body, 1, 40)
                FROM comment ORDER BY id
                """)
        }
    }

    @Test("A generated database passes `moderat check`: every bulk decision has its audit event in the chain, by the moderator who made it")
    func passesCheck() throws {
        let (database, _, dir) = try generate(2_000)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let report = try database.check()
        #expect(report.isOK, "\(report.text)")
        let (decided, events, byBench) = try database.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM comment WHERE state <> 'pending'") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_event WHERE action IN ('comment.approve', 'comment.reject', 'comment.hold')") ?? 0,
             try Int.fetchOne(db, sql: """
                SELECT count(*) FROM comment c JOIN moderator m ON m.id = c.decided_by JOIN audit_event e
                  ON e.entity = 'comment' AND e.entity_id = CAST(c.id AS TEXT) AND e.actor = m.account AND e.at = c.decided_at
                """) ?? 0)
        }
        #expect(decided > 1_000 && events == decided && byBench == decided)
    }

    @Test("The same seed gives the same database; another seed another one")
    func deterministic() throws {
        let (a, summaryA, dirA) = try copy500()
        let (b, summaryB, dirB) = try generate(500)
        let (c, _, dirC) = try generate(500, seed: 7)
        defer { for dir in [dirA, dirB, dirC] { try? FileManager.default.removeItem(atPath: dir) } }
        #expect(summaryA.comments == 500)
        #expect(summaryA.pending == summaryB.pending && summaryA.tags == summaryB.tags)
        let (fa, fb, fc) = (try fingerprint(a), try fingerprint(b), try fingerprint(c))
        #expect(fa == fb)
        #expect(fa != fc)
        #expect(BenchGenerator.body(index: 5, seed: 1) == BenchGenerator.body(index: 5, seed: 1))
    }

    @Test("Generated data has every state, realistic lengths, tags, replies, maintained counters")
    func shape() throws {
        let (database, summary, dir) = try copy500()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let counts = try database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT state, n, (SELECT COUNT(*) FROM comment c WHERE c.state = cc.state) AS real FROM comment_count cc")
        }
        #expect(counts.count == 4)
        for row in counts {
            #expect((row["n"] as Int) == (row["real"] as Int), "counter of \(row["state"] as String)")
            #expect((row["n"] as Int) > 0, "no \(row["state"] as String) comments")
        }
        #expect((150 ... 450).contains(summary.medianBodyCharacters))
        let (shortest, longest, replies, tags) = try database.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT MIN(length(body)) FROM comment") ?? 0,
             try Int.fetchOne(db, sql: "SELECT MAX(length(body)) FROM comment") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment WHERE parent_id IS NOT NULL") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment_section") ?? 0)
        }
        #expect(shortest < 150 && longest > 1_000)
        #expect(replies > 0 && tags == summary.tags && tags > 0)
        // A counter maintained by the triggers that were set aside during the load and put back.
        let store = Store(database: database, account: "bench-test")
        let pending = try store.count(QueueFilter())
        try database.pool.write { db in
            try db.execute(sql: "UPDATE comment SET state = 'approved' WHERE id = (SELECT MIN(id) FROM comment WHERE state = 'pending')")
        }
        let after = try store.count(QueueFilter())
        #expect(after == pending - 1)
    }

    @Test("Search works on generated data, German folding included, and new rows are indexed")
    func search() throws {
        let (database, _, dir) = try copy500()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(database: database, account: "bench-test")
        let all = QueueFilter(states: [], search: BenchGenerator.rareWord)
        let rare = try store.firstPage(all, limit: 100)
        #expect(rare.count == 1)  // comment index 17 of 500
        let folded = try store.firstPage(QueueFilter(states: [], search: "ZWETSCHGENWAELDCHEN"), limit: 100).map(\.id)
        #expect(folded == rare.map(\.id))
        let common = try store.count(QueueFilter(states: [], search: BenchGenerator.commonWord))
        #expect(common > 50, "the common word is in more than one comment of ten")
        // "über" and "ueber" find the same comments.
        let ueber = try store.count(QueueFilter(states: [], search: "ueber"))
        let umlaut = try store.count(QueueFilter(states: [], search: "über"))
        #expect(ueber > 0 && ueber == umlaut)
        // The per-row trigger is back: a new comment is found, a changed body no longer is.
        let id = try database.pool.write { db -> Int64 in
            try db.execute(sql: """
                INSERT INTO comment(source, external_id, process_id, author_id, body, created_at, imported_at)
                VALUES ('test', 'x1', 1, 1, 'Die Großbaustelle an der Hauptstraße nervt.', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')
                """)
            return db.lastInsertedRowID
        }
        let found = try store.firstPage(QueueFilter(states: [], search: "grossbaustelle"), limit: 10).map(\.id)
        #expect(found == [id])
        try database.pool.write { db in
            try db.execute(sql: "UPDATE comment SET body = 'Anderer Text' WHERE id = ?", arguments: [id])
            try db.execute(sql: "UPDATE author SET display_name = 'Zacharias Quist' WHERE id = 1")
        }
        let gone = try store.firstPage(QueueFilter(states: [], search: "grossbaustelle"), limit: 10)
        #expect(gone.isEmpty)
        let renamed = try store.count(QueueFilter(states: [], search: "quist"))
        #expect(renamed > 0)
        try database.pool.write { db in
            try db.execute(sql: "INSERT INTO comment_fts(comment_fts, rank) VALUES ('integrity-check', 0)")
        }
    }

    @Test("What detection costs is measured in alternating order, with and without, each import's time kept and the ratio taken of the medians")
    func detectionCostAlternates() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bench-test-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/bench.db"
        let summary = try BenchGenerator.generate(path: path, comments: 300, account: "bench-test", detectionPairs: 2)
        let cost = try #require(summary.detectionCost)
        // With first (it fills the bench's database), then the pair the other way round.
        #expect(cost.runs.map(\.detects) == [true, false, false, true])
        #expect(cost.runs[0].seconds == summary.importSeconds && cost.runs[0].cpuSeconds == summary.importCPUSeconds)
        #expect(cost.runs.allSatisfy { $0.seconds > 0 && $0.peakRSS > 0 && $0.residentBefore > 0 && $0.residentBefore <= $0.peakRSS })
        #expect(cost.loadBefore.count == 3 && cost.loadAfter.count == 3, "the load around the imports, from /proc/loadavg")
        // The re-imports' databases are gone; the bench's own holds the comments once.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".again") }
        #expect(left.isEmpty, "\(left)")
        let database = try ModeratDatabase.open(path: path)
        #expect(try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment") } == 300)

        let none = try BenchGenerator.generate(path: dir + "/plain.db", comments: 300, account: "bench-test")
        #expect(none.detectionCost == nil)
    }

    @Test("The detection-cost figures: which import detects in which order, medians of each side, ratios of the medians")
    func detectionCostFigures() {
        #expect(DetectionCost.order(pairs: 1) == [true, false])
        #expect(DetectionCost.order(pairs: 2) == [true, false, false, true])
        #expect(DetectionCost.order(pairs: 3) == [true, false, false, true, true, false])
        let runs = [(true, 50.0, 70.0), (false, 40.0, 50.0), (false, 44.0, 54.0), (true, 60.0, 80.0), (true, 58.0, 74.0), (false, 41.0, 51.0)]
        let cost = DetectionCost(runs: runs.map { DetectionCost.Run(detects: $0.0, seconds: $0.1, cpuSeconds: $0.2, peakRSS: 1) })
        #expect(cost.medianSeconds.with == 58 && cost.medianSeconds.without == 41)
        #expect(cost.medianCPUSeconds.with == 74 && cost.medianCPUSeconds.without == 51)
        #expect(abs(cost.ratio - 58.0 / 41.0) < 1e-12 && abs(cost.cpuRatio - 74.0 / 51.0) < 1e-12)
        // An even count: the mean of the middle two.
        #expect(DetectionCost.median([4, 1, 3, 2]) == 2.5)
        #expect(DetectionCost(runs: Array(cost.runs.prefix(1))).ratio == 0, "no import without detection: no ratio")
    }
}

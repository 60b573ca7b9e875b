import Foundation
import GRDB
import ModeratCore
import ModeratStore

/// Builds a large, deterministic moderat database for `moderat bench` the way a city would:
/// N comments with German text of realistic lengths (one line to several paragraphs, median
/// about 250 characters), a pool of authors and replies are written as a Decidim comment
/// export, which the real importer (`Store.importComments`, as `moderat import decidim`)
/// loads; then what a CSV cannot carry (states, decisions, guideline tags) is applied. Three
/// processes and the guideline sections are set up first. The same seed and N always give
/// the same rows. Each step is timed on its own.
public enum BenchGenerator {
    public static let defaultSeed: UInt64 = 0x6D6F_6465_7261_7431  // "moderat1"

    /// Words the benchmark searches for: one in most comments, one in a handful.
    public static let commonWord = "Beteiligung"
    public static let rareWord = "Zwetschgenwäldchen"
    /// A word half typed: it begins two terms (Radwege, Radwegeplanung), in about one comment
    /// of twenty.
    public static let prefixWord = "radwe"
    /// Every `rareEvery`-th comment (offset `rareOffset`) mentions the rare word.
    static let rareEvery = 40_000
    static let rareOffset = 17

    public static let processSlugs = ["leitlinien", "stiftsplatz", "radverkehr"]

    /// What the generator made and how long each part took.
    public struct Summary: Sendable, Equatable {
        public var comments = 0
        public var authors = 0
        public var tags = 0
        public var pending = 0
        /// The median length of a body in characters (Unicode scalars).
        public var medianBodyCharacters = 0
        /// Writing the Decidim CSV (the generator proper).
        public var csvSeconds = 0.0
        public var csvBytes = 0
        /// `moderat import decidim` of that CSV, from the call to the committed rows.
        public var importSeconds = 0.0
        /// Of `importSeconds`, the writer's part of campaign and wave detection (each new
        /// comment compared, fingerprints, groups and waves written).
        public var similaritySeconds = 0.0
        /// The reading thread's time making fingerprints, beside the parser.
        public var fingerprintSeconds = 0.0
        /// Detection's work counted: candidates compared by their words, and word sets read
        /// again from the database for it (the same on any machine and load).
        public var similarityComparisons = 0
        public var similarityRereads = 0
        /// The import's CPU time, all its threads (user and system).
        public var importCPUSeconds = 0.0
        /// The import above and the same CSV imported again into new databases, with and
        /// without detection in alternating order (when asked).
        public var detectionCost: DetectionCost?
        /// Rows the import read (all of them new).
        public var importRows = 0
        /// The process's peak resident memory during the import (VmHWM, reset before it), bytes.
        public var importPeakRSS = 0
        /// Applying states, decisions and tags to the imported comments.
        public var decisionsSeconds = 0.0
        /// From creating the file to the finished database.
        public var totalSeconds = 0.0
    }

    /// Creates `path` (which must not exist) and fills it; the CSV is written to `csvPath`
    /// (default: beside the database) and removed afterwards unless `keepCSV`.
    public static func generate(path: String, comments: Int, account: String, seed: UInt64 = defaultSeed,
                                now: Date = Date(timeIntervalSince1970: 1_767_225_600),  // 2026-01-01
                                csvPath: String? = nil, keepCSV: Bool = false, detects: Bool = true,
                                detectionPairs: Int = 0,
                                progress: (String) -> Void = { _ in }) throws -> Summary {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw SampleRefusal.benchNeedsNewFile(path: path)
        }
        let started = ContinuousClock.now
        let database = try ModeratDatabase.open(path: path, create: true)
        let setup = try database.pool.write { db in try BenchSetup.run(db, account: account, now: now) }
        var summary = Summary()
        let authorNames = Self.authorNames(count: max(50, comments / 8), seed: seed)
        summary.authors = authorNames.count
        let end = Int(now.timeIntervalSince1970)

        let csv = csvPath ?? path + ".decidim.csv"
        defer { if !keepCSV { try? FileManager.default.removeItem(atPath: csv) } }
        progress("writing \(comments) comments as a Decidim CSV")
        var clock = ContinuousClock.now
        let writer = BenchDecidimCSV(count: comments, seed: seed, end: end, authorNames: authorNames, reasons: setup.reasons.count)
        summary.csvBytes = try writer.write(path: csv, progress: progress)
        summary.csvSeconds = (ContinuousClock.now - clock).inSeconds

        progress("importing the CSV (moderat import decidim)")
        let loadBefore = SystemLoad.averages()
        let (report, first) = try measuredImport(csv: csv, into: database, detects: detects, account: account)
        summary.importSeconds = first.seconds
        summary.importCPUSeconds = first.cpuSeconds
        summary.importPeakRSS = first.peakRSS
        summary.importRows = report.rows
        summary.similaritySeconds = report.similaritySeconds
        summary.fingerprintSeconds = report.fingerprintSeconds
        summary.similarityComparisons = report.similarityComparisons
        summary.similarityRereads = report.similarityRereads
        summary.comments = report.inserted
        if detectionPairs > 0, detects {
            var cost = DetectionCost(runs: [first], loadBefore: loadBefore)
            for (index, again) in DetectionCost.order(pairs: detectionPairs).enumerated().dropFirst() {
                progress("import \(index + 1) of \(detectionPairs * 2): the CSV again into a new database, "
                         + (again ? "with detection" : "without detection"))
                cost.runs.append(try importAgain(csv: csv, beside: path, detects: again, account: account, now: now))
            }
            cost.loadAfter = SystemLoad.averages()
            summary.detectionCost = cost
        }

        progress("applying states, decisions and tags")
        clock = ContinuousClock.now
        let decisions = BenchDecisions(count: comments, seed: seed, end: end, authors: authorNames.count,
                                       reasons: setup.reasons, moderators: setup.moderators, sections: setup.sections)
        try database.pool.write { db in
            try db.execute(sql: "PRAGMA cache_size = -262144")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            summary.tags = try decisions.apply(db, progress: progress)
            _ = try db.appendAudit(actor: account, action: .benchPopulate, entity: "database", entityId: nil,
                                   detail: ["comments": String(comments), "seed": String(seed)], at: now)
        }
        try database.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        summary.decisionsSeconds = (ContinuousClock.now - clock).inSeconds
        summary.pending = try database.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT n FROM comment_count WHERE state = 'pending'") ?? 0
        }
        summary.medianBodyCharacters = Self.medianBodyCharacters(count: comments, seed: seed)
        summary.totalSeconds = (ContinuousClock.now - started).inSeconds
        return summary
    }

    /// Imports `csv` into a new database beside `path` (set up the same way, then removed),
    /// with or without campaign and wave detection: one run of `DetectionCost`.
    private static func importAgain(csv: String, beside path: String, detects: Bool, account: String,
                                    now: Date) throws -> DetectionCost.Run {
        let scratch = path + ".again"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) } }
        let database = try ModeratDatabase.open(path: scratch, create: true)
        _ = try database.pool.write { db in try BenchSetup.run(db, account: account, now: now) }
        let run = try measuredImport(csv: csv, into: database, detects: detects, account: account).run
        database.close()  // before its files are removed
        return run
    }

    /// Imports `csv` into `database` (as `moderat import decidim` does), timed: wall and CPU
    /// seconds, and the peak memory from what was resident when it began.
    private static func measuredImport(csv: String, into database: ModeratDatabase, detects: Bool,
                                       account: String) throws -> (report: ImportReport, run: DetectionCost.Run) {
        var options = ImportOptions(path: csv, format: .decidim)
        options.detectsSimilarity = detects
        PeakMemory.reset()
        let residentBefore = PeakMemory.residentBytes() ?? 0
        let clock = ContinuousClock.now
        let cpu = ProcessCPU.seconds()
        let report = try Store(database: database, account: account).importComments(options)
        let run = DetectionCost.Run(detects: detects, seconds: (ContinuousClock.now - clock).inSeconds,
                                    cpuSeconds: ProcessCPU.seconds() - cpu, peakRSS: PeakMemory.peak(since: residentBefore),
                                    residentBefore: residentBefore)
        return (report, run)
    }

    /// The body of comment number `index` (0-based) for `seed`, as the generator writes it:
    /// for tests that check the text without a database.
    static func body(index: Int, seed: UInt64) -> String {
        var rng = SeededRandom(seed: seed ^ UInt64(index))
        var buffer: [UInt8] = []
        TextPool.shared.compose(into: &buffer, index: index, rng: &rng)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// The authors' display names: real-looking names, initials, and platform handles.
    static func authorNames(count: Int, seed: UInt64) -> [String] {
        var rng = SeededRandom(seed: seed)
        let first = DemoAuthors.firstNames, last = DemoAuthors.lastNames, handles = DemoAuthors.handles
        return (1 ... count).map { i in
            if rng.chance(0.15) { return rng.pick(handles) + (i > handles.count ? String(i % 1000) : "") }
            if rng.chance(0.1) { return rng.pick(first) + " " + String(rng.pick(last).prefix(1)) + "." }
            return rng.pick(first) + " " + rng.pick(last)
        }
    }

    /// The median body length in characters, from a sample of at most 20,000 bodies.
    static func medianBodyCharacters(count: Int, seed: UInt64) -> Int {
        let step = max(1, count / 20_000)
        var lengths = stride(from: 0, to: count, by: step).map { body(index: $0, seed: seed).unicodeScalars.count }
        lengths.sort()
        return lengths.isEmpty ? 0 : lengths[lengths.count / 2]
    }
}

/// Sentences to build bodies from: the demo's German material with its placeholders filled.
struct TextPool: Sendable {
    static let shared = TextPool()

    let sentences: [[UInt8]]
    let openings: [[UInt8]]
    let closings: [[UInt8]]
    let replies: [[UInt8]]
    let rare: [UInt8]

    init() {
        var all: [String] = []
        for topic in DemoTopics.guidelines {
            for sentence in topic.statements + topic.suggestions {
                for district in DemoCommentTexts.districts.prefix(sentence.contains("{ort}") ? 4 : 1) {
                    all.append(sentence.replacingOccurrences(of: "{ort}", with: district)
                        .replacingOccurrences(of: "{sec}", with: topic.sections[0]))
                }
            }
        }
        sentences = all.map { Array($0.utf8) }
        func filled(_ text: String) -> [UInt8] {
            Array(text.replacingOccurrences(of: "{ort}", with: "Erfenbach").replacingOccurrences(of: "{sec}", with: "C1")
                .replacingOccurrences(of: "{name}", with: "Frau Keller").utf8)
        }
        openings = DemoCommentTexts.openings.map(filled)
        closings = DemoCommentTexts.closings.map(filled)
        replies = (DemoCommentTexts.replyAgree + DemoCommentTexts.replyDisagree + DemoCommentTexts.replyQuestion).map(filled)
        rare = Array("Am \(BenchGenerator.rareWord) hinter der Schule fehlt seit Jahren eine Bank.".utf8)
    }

    /// Writes one body into `buffer` (cleared first). Length: a weighted number of sentences,
    /// in paragraphs of two to four.
    func compose(into buffer: inout [UInt8], index: Int, rng: inout SeededRandom) {
        buffer.removeAll(keepingCapacity: true)
        let isReply = rng.chance(0.12)
        let count: Int
        switch rng.weighted([0.22, 0.2, 0.2, 0.18, 0.14, 0.06]) {
        case 0: count = 1
        case 1: count = 2
        case 2: count = 3
        case 3: count = rng.int(4 ... 5)
        case 4: count = rng.int(6 ... 9)
        default: count = rng.int(10 ... 18)
        }
        var inParagraph = 0
        var paragraphLength = rng.int(2 ... 4)
        func add(_ sentence: [UInt8]) {
            if !buffer.isEmpty {
                if inParagraph >= paragraphLength {
                    buffer.append(10); buffer.append(10)
                    inParagraph = 0
                    paragraphLength = rng.int(2 ... 4)
                } else {
                    buffer.append(32)
                }
            }
            buffer.append(contentsOf: sentence)
            inParagraph += 1
        }
        if isReply { add(rng.pick(replies)) } else if count > 2, rng.chance(0.4) { add(rng.pick(openings)) }
        for _ in 0 ..< count { add(rng.pick(sentences)) }
        if index % BenchGenerator.rareEvery == BenchGenerator.rareOffset { add(rare) }
        if count > 3, rng.chance(0.3) { add(rng.pick(closings)) }
    }
}

/// The rows a bench database needs before comments arrive: reason codes, the staff (the
/// current account is an administrator, so it may import), three processes, the sections.
private enum BenchSetup {
    /// Leaf section codes of the guidelines (the ones comments are tagged with).
    static let leafSections = ["A", "B1", "B2", "B3", "C1", "C2", "D1", "D2", "D3", "E1", "E2", "F", "G1", "G2"]
    static let chapters = ["A", "B", "C", "D", "E", "F", "G"]

    struct Ids {
        var reasons: [String]
        var moderators: [Int64]
        var sections: [Int64]
    }

    static func run(_ db: Database, account: String, now: Date) throws -> Ids {
        let nowText = Timestamps.string(now)
        for (ordinal, reason) in ReasonCode.defaults.enumerated() {
            try db.execute(sql: "INSERT OR IGNORE INTO reason(code, label_de, label_en, ordinal) VALUES (?, ?, ?, ?)",
                           arguments: [reason.code, reason.labelDE, reason.labelEN, ordinal])
        }
        let staff = [(account, "Bench Admin", "admin"), ("bench-anna", "Anna Müller", "moderator"),
                     ("bench-jonas", "Jonas Weiß", "moderator"), ("bench-leonie", "Leonie Groß", "moderator")]
        var moderators: [Int64] = []
        for (account, name, role) in staff {
            try db.execute(sql: "INSERT INTO moderator(account, display_name, role, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [account, name, role, nowText])
            moderators.append(db.lastInsertedRowID)
        }
        let titles = ["Leitlinien für Bürgerbeteiligung", "Umgestaltung Stiftsplatz", "Radverkehrskonzept"]
        for (slug, title) in zip(BenchGenerator.processSlugs, titles) {
            try db.execute(sql: "INSERT INTO process(slug, title, created_at) VALUES (?, ?, ?)",
                           arguments: [slug, title, nowText])
        }
        let guidelines = try Int64.fetchOne(db, sql: "SELECT id FROM process WHERE slug = ?", arguments: [BenchGenerator.processSlugs[0]])
        var chapterIds: [String: Int64] = [:]
        for (ordinal, code) in chapters.enumerated() {
            try db.execute(sql: "INSERT INTO section(process_id, code, ordinal, title) VALUES (?, ?, ?, ?)",
                           arguments: [guidelines, code, ordinal, "Kapitel \(code)"])
            chapterIds[code] = db.lastInsertedRowID
        }
        for (ordinal, code) in leafSections.enumerated() where code.count > 1 {
            try db.execute(sql: "INSERT INTO section(process_id, code, parent_id, ordinal, title) VALUES (?, ?, ?, ?, ?)",
                           arguments: [guidelines, code, chapterIds[String(code.prefix(1))], ordinal, "Abschnitt \(code)"])
        }
        var sections: [Int64] = []
        for code in leafSections {
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM section WHERE process_id = ? AND code = ?", arguments: [guidelines, code])
            sections.append(id ?? 0)
        }
        let reasons = try String.fetchAll(db, sql: "SELECT code FROM reason ORDER BY ordinal, code")
        return Ids(reasons: reasons, moderators: moderators, sections: sections)
    }
}

import Foundation
import GRDB
import GRDBSQLite
import ModeratCore

/// Builds a large, deterministic moderat database for `moderat bench`: N comments with
/// German text of realistic lengths (one line to several paragraphs, median about 300
/// characters), three processes, guideline sections and tags, a pool of authors, replies,
/// and every state. The same seed and N always give the same rows.
///
/// The load runs in one transaction on a connection of its own, with prepared statements
/// bound through the C API; the per-row full-text and counter triggers are set aside for
/// the load and the index and counters filled in bulk at the end (the triggers are back in
/// place before the commit, so later inserts and updates are indexed as usual).
public enum BenchGenerator {
    public static let defaultSeed: UInt64 = 0x6D6F_6465_7261_7431  // "moderat1"

    /// Words the benchmark searches for: one in most comments, one in a handful.
    public static let commonWord = "Beteiligung"
    public static let rareWord = "Zwetschgenwäldchen"
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
        /// Inserting the rows (comments, tags) with their b-tree indexes.
        public var insertSeconds = 0.0
        /// Filling the full-text index in bulk.
        public var ftsSeconds = 0.0
        /// From opening the empty file to the committed, WAL-mode database.
        public var totalSeconds = 0.0
    }

    /// Creates `path` (which must not exist) and fills it.
    public static func generate(path: String, comments: Int, account: String, seed: UInt64 = defaultSeed,
                                now: Date = Date(timeIntervalSince1970: 1_767_225_600),  // 2026-01-01
                                progress: (String) -> Void = { _ in }) throws -> Summary {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.refused("\(path): exists; the benchmark only fills a new file.")
        }
        let started = DispatchTime.now().uptimeNanoseconds
        try ModeratDatabase.createFile(at: path)
        var config = Configuration()
        config.foreignKeysEnabled = false  // the generator writes consistent ids itself
        let queue = try DatabaseQueue(path: path, configuration: config)
        try Migrations.migrator.migrate(queue)
        var summary = Summary()
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA secure_delete = OFF;
                PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;
                """)
            try db.inTransaction {
                var generator = Filler(db: db, count: comments, seed: seed, now: now, account: account)
                try generator.run(progress: progress)
                summary = generator.summary
                return .commit
            }
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try queue.close()
        summary.totalSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return summary
    }

    /// The body of comment number `index` (0-based) for `seed`, as the generator writes it:
    /// for tests that check the text without a database.
    static func body(index: Int, seed: UInt64) -> String {
        var rng = SeededRandom(seed: seed ^ UInt64(index))
        var buffer: [UInt8] = []
        TextPool.shared.compose(into: &buffer, index: index, rng: &rng)
        return String(decoding: buffer, as: UTF8.self)
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

/// One run of the generator on an open transaction.
private struct Filler {
    let db: Database
    let count: Int
    let seed: UInt64
    let now: Date
    let account: String
    var summary = BenchGenerator.Summary()
    var rng: SeededRandom

    init(db: Database, count: Int, seed: UInt64, now: Date, account: String) {
        self.db = db
        self.count = count
        self.seed = seed
        self.now = now
        self.account = account
        rng = SeededRandom(seed: seed)
    }

    /// Leaf section codes of the guidelines (the ones comments are tagged with).
    static let leafSections = ["A", "B1", "B2", "B3", "C1", "C2", "D1", "D2", "D3", "E1", "E2", "F", "G1", "G2"]
    static let chapters = ["A", "B", "C", "D", "E", "F", "G"]

    mutating func run(progress: (String) -> Void) throws {
        let nowText = Timestamps.string(now)
        // Reasons, moderators (the current account is an administrator), processes, sections.
        for (ordinal, reason) in ReasonCode.defaults.enumerated() {
            try db.execute(sql: "INSERT INTO reason(code, label_de, label_en, ordinal) VALUES (?, ?, ?, ?)",
                           arguments: [reason.code, reason.labelDE, reason.labelEN, ordinal])
        }
        let staff = [(account, "Bench Admin", "admin"), ("bench-anna", "Anna Müller", "moderator"),
                     ("bench-jonas", "Jonas Weiß", "moderator"), ("bench-leonie", "Leonie Groß", "moderator")]
        for (account, name, role) in staff {
            try db.execute(sql: "INSERT INTO moderator(account, display_name, role, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [account, name, role, nowText])
        }
        let titles = ["Leitlinien für Bürgerbeteiligung", "Umgestaltung Stiftsplatz", "Radverkehrskonzept"]
        for (slug, title) in zip(BenchGenerator.processSlugs, titles) {
            try db.execute(sql: "INSERT INTO process(slug, title, created_at) VALUES (?, ?, ?)",
                           arguments: [slug, title, nowText])
        }
        var sectionIds: [Int64] = []
        var chapterIds: [String: Int64] = [:]
        for (ordinal, code) in Self.chapters.enumerated() {
            try db.execute(sql: "INSERT INTO section(process_id, code, ordinal, title) VALUES (1, ?, ?, ?)",
                           arguments: [code, ordinal, "Kapitel \(code)"])
            chapterIds[code] = db.lastInsertedRowID
        }
        for (ordinal, code) in Self.leafSections.enumerated() where code.count > 1 {
            try db.execute(sql: "INSERT INTO section(process_id, code, parent_id, ordinal, title) VALUES (1, ?, ?, ?, ?)",
                           arguments: [code, chapterIds[String(code.prefix(1))], ordinal, "Abschnitt \(code)"])
        }
        for code in Self.leafSections {
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM section WHERE process_id = 1 AND code = ?", arguments: [code])
            sectionIds.append(id ?? 0)
        }

        // Set the per-row triggers aside; put back (same SQL) before the commit.
        let triggers = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('comment_fts_insert', 'comment_count_insert')
            """).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger.name)") }

        let insertStart = DispatchTime.now().uptimeNanoseconds
        try insertAuthors()
        try insertComments(sectionIds: sectionIds, progress: progress)
        summary.insertSeconds = Double(DispatchTime.now().uptimeNanoseconds - insertStart) / 1e9

        try db.execute(sql: "UPDATE comment_count SET n = (SELECT COUNT(*) FROM comment c WHERE c.state = comment_count.state)")
        summary.pending = try Int.fetchOne(db, sql: "SELECT n FROM comment_count WHERE state = 'pending'") ?? 0

        progress("full-text index")
        let ftsStart = DispatchTime.now().uptimeNanoseconds
        try db.execute(sql: "INSERT INTO comment_fts(comment_fts, rank) VALUES ('hashsize', 67108864)")
        try db.execute(sql: Migration001Initial.ftsBulkFillSQL)
        try db.execute(sql: "DELETE FROM comment_fts_config WHERE k = 'hashsize'")
        summary.ftsSeconds = Double(DispatchTime.now().uptimeNanoseconds - ftsStart) / 1e9

        for trigger in triggers { try db.execute(sql: trigger.sql) }
        _ = try db.appendAudit(actor: account, action: "bench.populate", entity: "database", entityId: nil,
                           detail: ["comments": String(count), "seed": String(seed)], at: now)
    }

    var authorCount: Int { max(50, count / 8) }

    mutating func insertAuthors() throws {
        let statement = try db.makeStatement(sql: "INSERT INTO author(id, source, external_id, display_name) VALUES (?, 'bench', ?, ?)")
        let first = DemoAuthors.firstNames, last = DemoAuthors.lastNames, handles = DemoAuthors.handles
        for i in 1 ... authorCount {
            let name: String
            if rng.chance(0.15) {
                name = rng.pick(handles) + (i > handles.count ? String(i % 1000) : "")
            } else if rng.chance(0.1) {
                name = rng.pick(first) + " " + String(rng.pick(last).prefix(1)) + "."
            } else {
                name = rng.pick(first) + " " + rng.pick(last)
            }
            try statement.execute(arguments: [i, "a\(i)", name])
        }
        summary.authors = authorCount
    }

    mutating func insertComments(sectionIds: [Int64], progress: (String) -> Void) throws {
        let comment = try db.makeStatement(sql: """
            INSERT INTO comment(id, source, external_id, process_id, author_id, parent_id, body, locale, alignment,
                                created_at, imported_at, state, version, decided_by, decided_at, reason_code, public_answer)
            VALUES (?, 'bench', ?, ?, ?, ?, ?, 'de', ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let tag = try db.makeStatement(sql: "INSERT OR IGNORE INTO comment_section(comment_id, section_id) VALUES (?, ?)")
        let c = comment.sqliteStatement, t = tag.sqliteStatement
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        // Three years of comments up to `now`, in time order (ids ascending with time).
        let span = 3 * 365 * 86_400
        let startSeconds = Int(now.timeIntervalSince1970) - span
        let states: [(text: String, weight: Double)] = [("pending", 0.3), ("approved", 0.55), ("rejected", 0.1), ("held", 0.05)]
        let weights = states.map(\.weight)
        let rejectReasons = ReasonCode.defaults.map(\.code)
        let answer = "Vielen Dank für Ihren Beitrag. Der Arbeitskreis greift Ihre Anregung bei der Überarbeitung auf."
        var body: [UInt8] = []
        body.reserveCapacity(8_192)
        let pool = TextPool.shared
        var stamp = [UInt8](repeating: 0, count: 20)
        var decidedStamp = [UInt8](repeating: 0, count: 20)
        let reportEvery = max(1, count / 10)
        var lengths: [Int32] = []
        lengths.reserveCapacity(count)

        func check(_ rc: Int32) throws {
            if rc != SQLITE_DONE && rc != SQLITE_OK {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
        }
        func bindText(_ statement: OpaquePointer?, _ index: Int32, _ text: String) {
            var text = text
            text.withUTF8 { u in
                u.withMemoryRebound(to: CChar.self) { p in _ = sqlite3_bind_text(statement, index, p.baseAddress, Int32(p.count), transient) }
            }
        }
        func bindBytes(_ statement: OpaquePointer?, _ index: Int32, _ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { u in
                u.withMemoryRebound(to: CChar.self) { p in _ = sqlite3_bind_text(statement, index, p.baseAddress, Int32(p.count), transient) }
            }
        }

        for i in 0 ..< count {
            let id = Int64(i + 1)
            var rowRng = SeededRandom(seed: seed ^ UInt64(i))
            pool.compose(into: &body, index: i, rng: &rowRng)
            var characters: Int32 = 0
            for byte in body where byte & 0xC0 != 0x80 { characters += 1 }
            lengths.append(characters)
            let created = startSeconds + Int((Double(i) + rowRng.unit()) * Double(span) / Double(count))
            Self.iso(created, into: &stamp)
            let processId: Int64 = rowRng.chance(0.7) ? 1 : (rowRng.chance(0.6) ? 2 : 3)
            // A few prolific authors and a long tail.
            let author = rowRng.chance(0.2) ? rowRng.int(1 ... 40) : rowRng.int(1 ... authorCount)
            // Older comments are mostly decided; the newest are mostly pending.
            let recent = Double(i) / Double(count)
            var stateIndex = rowRng.weighted(weights)
            if recent > 0.9, rowRng.chance(0.5) { stateIndex = 0 }

            sqlite3_reset(c)
            sqlite3_bind_int64(c, 1, id)
            bindText(c, 2, "b\(id)")
            sqlite3_bind_int64(c, 3, processId)
            sqlite3_bind_int64(c, 4, Int64(author))
            if i > 10, rowRng.chance(0.12) {
                sqlite3_bind_int64(c, 5, id - Int64(rowRng.int(1 ... min(i, 500))))
            } else {
                sqlite3_bind_null(c, 5)
            }
            bindBytes(c, 6, body)
            if rowRng.chance(0.3) { sqlite3_bind_int64(c, 7, Int64(rowRng.int(-1 ... 1))) } else { sqlite3_bind_null(c, 7) }
            bindBytes(c, 8, stamp)
            Self.iso(created + rowRng.int(300 ... 2_100), into: &decidedStamp)
            bindBytes(c, 9, decidedStamp)
            bindText(c, 10, states[stateIndex].text)
            if stateIndex == 0 {
                sqlite3_bind_int64(c, 11, 1)
                for k in Int32(12) ... 15 { sqlite3_bind_null(c, k) }
            } else {
                sqlite3_bind_int64(c, 11, 2)
                sqlite3_bind_int64(c, 12, Int64(rowRng.int(1 ... 4)))
                Self.iso(created + rowRng.int(3_600 ... 14 * 86_400), into: &decidedStamp)
                bindBytes(c, 13, decidedStamp)
                if stateIndex == 2 { bindText(c, 14, rowRng.pick(rejectReasons)) } else { sqlite3_bind_null(c, 14) }
                if stateIndex == 1, rowRng.chance(0.08) { bindText(c, 15, answer) } else { sqlite3_bind_null(c, 15) }
            }
            try check(sqlite3_step(c))
            summary.comments += 1

            // Tags: most comments on the guidelines carry one or two sections.
            if processId == 1, rowRng.chance(0.75) {
                let n = rowRng.chance(0.2) ? 2 : 1
                for _ in 0 ..< n {
                    sqlite3_reset(t)
                    sqlite3_bind_int64(t, 1, id)
                    sqlite3_bind_int64(t, 2, sectionIds[rowRng.weighted(Self.sectionWeights)])
                    try check(sqlite3_step(t))
                    summary.tags += Int(sqlite3_changes(db.sqliteConnection))
                }
            }
            if (i + 1) % reportEvery == 0 { progress("comments: \(i + 1) of \(count)") }
        }
        lengths.sort()
        summary.medianBodyCharacters = Int(lengths[lengths.count / 2])
    }

    /// Some sections draw far more comments than others (B1, C1 and E1 much, F little).
    static let sectionWeights: [Double] = [3, 8, 5, 4, 7, 3, 3, 2, 4, 6, 2, 0.3, 3, 1]

    /// "YYYY-MM-DDTHH:MM:SSZ" for seconds since 1970 (UTC), without a calendar per row.
    static func iso(_ seconds: Int, into out: inout [UInt8]) {
        let days = seconds / 86_400, rest = seconds % 86_400
        let date = CalendarDay(daysSince1970: days)
        let (y, m, d) = (date.year, date.month, date.day)
        func put(_ value: Int, _ at: Int, _ width: Int) {
            var v = value
            for k in stride(from: at + width - 1, through: at, by: -1) { out[k] = UInt8(48 + v % 10); v /= 10 }
        }
        put(y, 0, 4); out[4] = 45; put(m, 5, 2); out[7] = 45; put(d, 8, 2); out[10] = 84
        put(rest / 3600, 11, 2); out[13] = 58; put(rest % 3600 / 60, 14, 2); out[16] = 58; put(rest % 60, 17, 2); out[19] = 90
    }
}

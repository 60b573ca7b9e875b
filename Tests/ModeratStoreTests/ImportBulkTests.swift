import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// The fast import path sets the per-row index and counter triggers aside and fills the
/// index itself; these stories check that what a moderator sees afterwards is the same as
/// if every row had gone through the triggers.
@Suite("A large import stays searchable, counted and undoable")
struct ImportBulkTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    static let header = "id;created_at;body/de;locale;author/id;author/name;alignment;depth;commentable_id;commentable_type;root_commentable_url\n"

    /// A Decidim CSV of `rows` comments numbered from `first`; `body` gives each one's text.
    func csv(_ name: String, first: Int = 1, rows: Int, body: (Int) -> String = { "Beitrag Nummer \($0) zur Straßenbahn" },
             tail: String = "") throws -> String {
        var text = Self.header
        for n in first ..< first + rows {
            text += "\(n);2024-05-13T10:21:07+02:00;\"\(body(n))\";de;\(n % 7);Jürgen Müller \(n % 7);;0;12;Decidim::Proposals::Proposal;https://x.example/processes/leitlinien/f/3/proposals/12\n"
        }
        text += tail
        let path = fixture.directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func importFile(_ path: String) throws -> ImportReport {
        try fixture.store().importComments(ImportOptions(path: path, format: .decidim))
    }

    func found(_ words: String) throws -> Int {
        try fixture.store().count(QueueFilter(states: [], search: words))
    }

    /// The triggers and indexes the import sets aside while it runs.
    func triggers() throws -> [String] {
        try fixture.database.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT name || ':' || COALESCE(sql, '') FROM sqlite_master WHERE type IN ('trigger', 'index') ORDER BY name
                """)
        }
    }

    @Test("After importing 3,000 comments search finds them by word and by author, umlauts folded, and the queue counts them")
    func searchAndCounts() throws {
        let report = try importFile(try csv("a.csv", rows: 3_000))
        #expect(report.inserted == 3_000)
        #expect(try fixture.store().count(QueueFilter()) == 3_000, "pending counter")
        #expect(try fixture.int("SELECT n FROM comment_count WHERE state = 'pending'") == 3_000)
        #expect(try found("strassenbahn") == 3_000)
        #expect(try found("Nummer 2999") == 1)
        #expect(try found("Mueller") == 3_000)
        #expect(try found("Jürgen") == 3_000)
    }

    @Test("Rows of a second import and changed bodies are indexed too; triggers and indexes are back exactly as they were")
    func laterRowsIndexed() throws {
        let before = try triggers()
        _ = try importFile(try csv("a.csv", rows: 1_000))
        #expect(try triggers() == before)
        // 500 rows again with a new text, 500 new ones.
        let report = try importFile(try csv("b.csv", first: 501, rows: 1_000, body: { "Neuer Text \($0) über Radwege" }))
        #expect(report.inserted == 500 && report.updated == 500)
        #expect(try found("Radwege") == 1_000)
        #expect(try found("ueber") == 1_000)
        #expect(try found("Strassenbahn") == 500, "the old words of the changed comments are gone from the index")
        #expect(try fixture.int("SELECT n FROM comment_count WHERE state = 'pending'") == 1_500)
        #expect(try triggers() == before)
        // A comment written afterwards by other code is still indexed and counted by the triggers.
        try fixture.comment(try fixture.process("andere"), body: "Ganz anderer Zwetschgenkuchen")
        #expect(try found("Zwetschgenkuchen") == 1)
        #expect(try fixture.int("SELECT n FROM comment_count WHERE state = 'pending'") == 1_501)
    }

    @Test("A bad row at the end of a long file rolls everything back: no comment, no search hit, triggers, indexes and counters as before")
    func failureRollsBack() throws {
        _ = try importFile(try csv("a.csv", rows: 10))
        let before = try triggers()
        let counts = try fixture.counts()
        let path = try csv("b.csv", first: 11, rows: 2_000, tail: "9999;gestern;Text;de;1;X;;0;12;Decidim::Proposals::Proposal;\n")
        #expect(throws: StoreError.importProblem(file: path, line: 2_002, .createdAtNotATime("gestern"))) {
            try importFile(path)
        }
        #expect(try fixture.counts() == counts)
        #expect(try triggers() == before)
        #expect(try found("Strassenbahn") == 10)
        #expect(try fixture.int("SELECT n FROM comment_count WHERE state = 'pending'") == 10)
        #expect(try fixture.int("SELECT COUNT(*) FROM comment_fts_config WHERE k <> 'version'") == 0)
    }

    @Test("A comment whose text was redacted keeps the redaction when the export brings the old text again")
    func redactedStays() throws {
        let path = try csv("a.csv", rows: 3)
        _ = try importFile(path)
        try fixture.database.pool.write { db in
            try db.execute(sql: "UPDATE comment SET body = '[entfernt]', redacted_at = '2026-11-27T14:00:00Z' WHERE external_id = '2'")
        }
        let report = try importFile(path)
        #expect(report.updated == 0 && report.unchanged == 3)
        #expect(try fixture.body("2") == "[entfernt]")
    }
}

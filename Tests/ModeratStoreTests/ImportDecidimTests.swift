import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// Fixtures live next to this file (read by path, not as SwiftPM resources).
enum ImportFixtures {
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }

    /// A copy of fixture `name` in `fixture`'s folder with `replace` applied, for "the export changed" stories.
    static func edited(_ name: String, in fixture: Fixture, replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOfFile: path(name), encoding: .utf8)
        let target = fixture.directory.appendingPathComponent(name).path
        try text.replacingOccurrences(of: old, with: new).write(toFile: target, atomically: true, encoding: .utf8)
        return target
    }
}

extension Fixture {
    func text(_ sql: String, _ arguments: StatementArguments = []) throws -> String? {
        try database.pool.read { db in try String.fetchOne(db, sql: sql, arguments: arguments) }
    }

    func body(_ externalId: String) throws -> String? {
        try text("SELECT body FROM comment WHERE source = 'decidim' AND external_id = ?", [externalId])
    }

    /// The external id of the parent of the comment with `externalId`.
    func parent(_ externalId: String) throws -> String? {
        try text("""
            SELECT p.external_id FROM comment c JOIN comment p ON p.id = c.parent_id
            WHERE c.source = 'decidim' AND c.external_id = ?
            """, [externalId])
    }

    func counts() throws -> [Int] {
        try ["comment", "author", "process", "audit_event"].map { try int("SELECT COUNT(*) FROM \($0)") }
    }
}

@Suite("Importing Decidim's comment export")
struct ImportDecidimTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    func importFile(_ path: String, process: String? = nil, skipBad: Bool = false) throws -> ImportReport {
        try fixture.store().importComments(ImportOptions(path: path, format: .decidim, processSlug: process, skipBad: skipBad))
    }

    @Test("An administrator imports the CSV export: threads, multi-line bodies, the row's locale, Berlin times")
    func csvImport() throws {
        let report = try importFile(ImportFixtures.path("decidim-comments.csv"))
        #expect(report.inserted == 5 && report.updated == 0 && report.unchanged == 0)
        #expect(report.repliesLinked == 2 && report.orphanReplies == 0)
        #expect(report.createdProcesses == ["leitlinien"])
        #expect(try fixture.body("102") == "Zur Vorhabenliste (C1):\n- Kosten angeben; auch \"grobe\" Schätzungen\n- Zeitplan; Ansprechperson mit Telefonnummer")
        #expect(try fixture.body("105") == "Please publish the minutes in English as well.")
        #expect(try fixture.parent("103") == "102", "a reply that came before its parent is linked at the end")
        #expect(try fixture.parent("104") == "101")
        #expect(try fixture.parent("101") == nil)
        #expect(try fixture.text("SELECT created_at FROM comment WHERE external_id = '101'") == "2024-05-13T08:21:07Z")
        #expect(try fixture.text("SELECT created_at FROM comment WHERE external_id = '104'") == "2024-05-13T16:05:00Z")
        #expect(try fixture.text("SELECT created_at FROM comment WHERE external_id = '105'") == "2024-05-15T07:30:00Z")
        #expect(try fixture.int("SELECT COUNT(*) FROM author WHERE source = 'decidim'") == 4)
        #expect(try fixture.text("SELECT a.display_name FROM comment c JOIN author a ON a.id = c.author_id WHERE c.external_id = '103'") == "Ömer Yıldız")
        #expect(try fixture.int("SELECT alignment FROM comment WHERE external_id = '104'") == -1)
        #expect(try fixture.int("SELECT COUNT(*) FROM comment WHERE state = 'pending'") == 5)
    }

    @Test("An administrator imports the JSON export: per-locale bodies, user groups, NFC text")
    func jsonImport() throws {
        let report = try importFile(ImportFixtures.path("decidim-comments.json"))
        #expect(report.inserted == 4 && report.repliesLinked == 2)
        #expect(report.createdProcesses == ["beirat"])
        #expect(try fixture.parent("203") == "202")
        #expect(try fixture.parent("202") == "201")
        #expect(try fixture.body("202") == "Sitzungszeiten:\n- 17 Uhr; zu früh\n- \"abends\" heißt: ab 18 Uhr")
        #expect(try fixture.body("203") == "Zustimmung. Am besten nach 18 Uhr.", "machine translations are never taken")
        #expect(try fixture.body("204") == "Wir als Verein wünschen uns Unterlagen eine Woche vorher. Grüße!", "stored precomposed (NFC)")
        #expect(try fixture.text("""
            SELECT a.display_name FROM comment c JOIN author a ON a.id = c.author_id WHERE c.external_id = '204'
            """) == "Bürgerverein Innenstadt e.V.")
        #expect(try fixture.text("SELECT created_at FROM comment WHERE external_id = '201'") == "2024-06-02T07:15:00Z")
    }

    @Test("Importing the same file again adds nothing", arguments: ["decidim-comments.csv", "decidim-comments.json"])
    func idempotent(name: String) throws {
        let first = try importFile(ImportFixtures.path(name))
        let before = try fixture.counts()
        let again = try importFile(ImportFixtures.path(name))
        #expect(again.inserted == 0 && again.updated == 0 && again.unchanged == first.inserted)
        #expect(again.createdProcesses.isEmpty)
        let after = try fixture.counts()
        #expect(after[0 ... 2] == before[0 ... 2])
        #expect(after[3] == before[3] + 1, "one comment.import event, nothing else")
    }

    @Test("A body changed on the platform updates the comment and says so in the audit log")
    func changedBody() throws {
        _ = try importFile(ImportFixtures.path("decidim-comments.csv"))
        let edited = try ImportFixtures.edited("decidim-comments.csv", in: fixture,
                                               replacing: "Bitte in Leichter Sprache!", with: "Bitte in Leichter Sprache (ergänzt).")
        let report = try importFile(edited)
        #expect(report.inserted == 0 && report.updated == 1 && report.unchanged == 4)
        #expect(try fixture.body("101")?.hasSuffix("(ergänzt).") == true)
        #expect(try fixture.int("SELECT version FROM comment WHERE external_id = '101'") == 2)
        let id = try fixture.int("SELECT id FROM comment WHERE external_id = '101'")
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event WHERE action = 'comment.update' AND entity_id = ?", [String(id)]) == 1)
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event WHERE detail LIKE '%Leichter%'") == 0, "never text in the audit log")
    }

    @Test("A broken CSV row names its physical line and leaves the database unchanged")
    func brokenCSV() throws {
        let path = ImportFixtures.path("decidim-broken.csv")
        let before = try fixture.counts()
        #expect(throws: StoreError.importProblem(file: path, line: 4, .createdAtNotATime("letzten Dienstag"))) {
            try importFile(path)
        }
        #expect(try fixture.counts() == before)
    }

    @Test("A broken JSON object names the line it starts on and leaves the database unchanged")
    func brokenJSON() throws {
        let path = ImportFixtures.path("decidim-broken.json")
        let before = try fixture.counts()
        #expect(throws: StoreError.importProblem(file: path, line: 11, .alignment("5"))) {
            try importFile(path)
        }
        #expect(try fixture.counts() == before)
    }

    @Test("With --skip-bad the broken row is listed and the rest is imported")
    func skipBad() throws {
        var skipped: [ImportRowError] = []
        let report = try fixture.store().importComments(
            ImportOptions(path: ImportFixtures.path("decidim-broken.csv"), format: .decidim, skipBad: true),
            skipped: { skipped.append($0) })
        #expect(report.inserted == 2 && report.skipped == 1)
        #expect(skipped.map(\.line) == [4])
    }

    @Test("--process puts every comment into that process, creating it when new")
    func namedProcess() throws {
        try fixture.process("stadtentwicklung")
        let report = try importFile(ImportFixtures.path("decidim-comments.json"), process: "stadtentwicklung")
        #expect(report.createdProcesses.isEmpty)
        #expect(try fixture.int("SELECT COUNT(*) FROM comment c JOIN process p ON p.id = c.process_id WHERE p.slug = 'stadtentwicklung'") == 4)
    }

    @Test("A moderator who is not an administrator may not import")
    func moderatorRefused() throws {
        try fixture.moderator("mo", "Mo Derator")
        expectStoreError("roleRefused", containing: "may not import data") {
            _ = try fixture.store("mo").importComments(ImportOptions(path: ImportFixtures.path("decidim-comments.csv"), format: .decidim))
        }
        #expect(try fixture.int("SELECT COUNT(*) FROM comment") == 0)
    }

    @Test("A missing file is reported as missing")
    func missingFile() throws {
        #expect(throws: StoreError.missingFile(path: "/nonexistent/x.csv")) { try importFile("/nonexistent/x.csv") }
    }
}

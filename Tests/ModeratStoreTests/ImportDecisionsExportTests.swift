import Foundation
import Testing
@testable import ModeratStore

@Suite("Exporting decisions to feed back into the platform")
struct ImportDecisionsExportTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    /// Imports the Decidim CSV fixture, then a moderator approves 101 (tagged C1) on 1 June
    /// and rejects 102 as spam on 3 June; 103 is held, the rest stay pending.
    func decidedDatabase() throws {
        _ = try fixture.store().importComments(ImportOptions(path: ImportFixtures.path("decidim-comments.csv"), format: .decidim))
        let mo = try fixture.moderator("mo", "Mo Derator")
        let process = try fixture.int("SELECT id FROM process WHERE slug = 'leitlinien'")
        let c1 = try fixture.section(Int64(process), "C1")
        let b2 = try fixture.section(Int64(process), "B2")
        let id101 = Int64(try fixture.int("SELECT id FROM comment WHERE external_id = '101'"))
        try fixture.tag(id101, c1)
        try fixture.tag(id101, b2)
        try fixture.insert("""
            UPDATE comment SET state = 'approved', decided_by = ?, decided_at = '2026-06-01T08:00:00Z',
            public_answer = 'Danke! Wir prüfen „Leichte Sprache“; siehe C1.' WHERE external_id = '101'
            """, [mo])
        try fixture.insert("""
            UPDATE comment SET state = 'rejected', decided_by = ?, decided_at = '2026-06-03T08:00:00Z', reason_code = 'spam'
            WHERE external_id = '102'
            """, [mo])
        try fixture.insert("UPDATE comment SET state = 'held' WHERE external_id = '103'")
    }

    func export(_ format: DecisionsWriter.Format, _ query: DecisionsQuery = DecisionsQuery()) throws -> String {
        var text = ""
        var writer = DecisionsWriter(format: format, withNames: query.withNames, emit: { text += $0 })
        try writer.begin()
        try fixture.database.forEachDecision(query) { try writer.write($0) }
        try writer.end()
        return text
    }

    @Test("CSV: one line per decision with external id, reason, answer, sections and the deciding role")
    func csv() throws {
        try decidedDatabase()
        let lines = try export(.csv).components(separatedBy: "\r\n")
        #expect(lines[0] == "id;external_id;source;state;reason;public_answer;sections;decided_at;decided_role")
        #expect(lines[1].hasSuffix(";101;decidim;approved;;\"Danke! Wir prüfen „Leichte Sprache“; siehe C1.\";B2 C1;2026-06-01T08:00:00Z;moderator"))
        #expect(lines[2].hasSuffix(";102;decidim;rejected;spam;;;2026-06-03T08:00:00Z;moderator"))
        #expect(lines.count == 4 && lines[3].isEmpty, "held and pending comments are not decisions")
        #expect(!lines.joined().contains("Mo Derator"), "names only when asked for")
    }

    @Test("JSON with names and --since: only later decisions, names included")
    func jsonSince() throws {
        try decidedDatabase()
        let text = try export(.json, DecisionsQuery(since: ImportTimestamp.stored("02.06.2026"), withNames: true))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 1)
        #expect(parsed?.first?["external_id"] as? String == "102")
        #expect(parsed?.first?["reason"] as? String == "spam")
        #expect(parsed?.first?["decided_by"] as? String == "Mo Derator")
        #expect(parsed?.first?["sections"] as? [String] == [])
    }

    @Test("An empty database exports a header only, or an empty JSON array")
    func empty() throws {
        #expect(try export(.csv) == "id;external_id;source;state;reason;public_answer;sections;decided_at;decided_role\r\n")
        #expect(try export(.json) == "[]\n")
    }
}

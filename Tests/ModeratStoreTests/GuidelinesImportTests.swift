import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// An administrator imports the guidelines text and later a revised version of it.
@Suite("Guidelines import")
struct GuidelinesImportTests {
    static let fixtureURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/leitlinien.md")

    static func fixtureText() throws -> String {
        try String(contentsOf: fixtureURL, encoding: .utf8)
    }

    @Test("Lettered chapters and numbered sections become the section tree, with their text")
    func tree() throws {
        let doc = try GuidelinesParser.parse(try Self.fixtureText(), file: "leitlinien.md")
        #expect(doc.title == "Leitlinien für Bürgerbeteiligung")
        #expect(doc.introduction.hasPrefix("Entwurf des Arbeitskreises"))
        let pairs = doc.sections.map { "\($0.parentCode ?? "-")>\($0.code) \($0.title)" }
        #expect(pairs == [
            "->A Präambel", "->B Gute Beteiligung", "B>B1 Formen der Beteiligung", "B>B2 Qualitätskriterien",
            "B>B3 Beteiligung für alle", "->C Information und Anregung", "C>C1 Vorhabenliste",
            "C>C2 Anregung von Beteiligung", "->D Planung und Durchführung", "D>D1 Beteiligungskonzept",
            "D1>D1.1 Zeitplan", "D>D2 Online-Beteiligung", "->E Umgang mit Ergebnissen",
            "E>E1 Dokumentation und Rückmeldung", "->F Evaluation", "->G Akteure", "G>G1 Beteiligungsbeirat",
            "G>G2 Koordinierungsstelle Bürgerbeteiligung", "->8 Anhang: Begriffe",
        ])
        let preamble = try #require(doc.sections.first)
        #expect(preamble.body.hasPrefix("Die Stadt lebt vom Engagement"))
        #expect(preamble.body.hasSuffix("beim gewählten Stadtrat."))
        #expect(preamble.body.contains("\n\nBürgerbeteiligung ergänzt"), "paragraphs are kept")
        let schedule = try #require(doc.sections.first { $0.code == "D1.1" })
        #expect(!schedule.codeFromHeading)
        #expect(schedule.body.contains("## Auftaktveranstaltung"), "a heading inside a code block is text")
        #expect(doc.sections.first { $0.code == "B1" }?.body.contains("- Stadtteilspaziergänge,") == true)
    }

    @Test("Heading ids in the ways German texts write them")
    func headingIds() {
        let cases: [(String, String?, String)] = [
            ("B1 Formen", "B1", "Formen"), ("C 1. Vorhabenliste", "C1", "Vorhabenliste"),
            ("B1.2 Details", "B1.2", "Details"), ("A Präambel", "A", "Präambel"), ("A. Präambel", "A", "Präambel"),
            ("D – Planung", "D", "Planung"), ("2.3 Fristen", "2.3", "Fristen"), ("1. Einleitung", "1", "Einleitung"),
            ("§ 4 Beirat", "§4", "Beirat"), ("Anhang", nil, "Anhang"), ("A note on scope", nil, "A note on scope"),
        ]
        for (heading, code, title) in cases {
            let split = HeadingID.split(heading)
            #expect(split.code == code && split.title == title, "\(heading) → \(split)")
        }
    }

    @Test("The first import creates the process and every section in document order")
    func firstImport() throws {
        let fixture = try Fixture()
        let doc = try GuidelinesParser.parse(try Self.fixtureText(), file: "leitlinien.md")
        let report = try fixture.store().importGuidelines(doc, processSlug: "leitlinien")
        #expect(report.processCreated)
        #expect(report.added.count == 19 && report.changed.isEmpty && report.removed.isEmpty)
        #expect(try fixture.int("SELECT COUNT(*) FROM section") == 19)
        let tree = try fixture.database.sectionOverview().map { "\(String(repeating: " ", count: $0.depth))\($0.code)" }
        #expect(tree.prefix(5) == ["A", "B", " B1", " B2", " B3"])
        #expect(tree.contains("  D1.1"))
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event WHERE action = 'guidelines.import'") == 1)
        let title = try fixture.database.pool.read { db in try String.fetchOne(db, sql: "SELECT title FROM process") }
        #expect(title == "Leitlinien für Bürgerbeteiligung")
    }

    @Test("Re-importing with one section renamed and one added reports exactly that and keeps the tags")
    func revised() throws {
        let fixture = try Fixture()
        let store = fixture.store()
        let original = try Self.fixtureText()
        _ = try store.importGuidelines(try GuidelinesParser.parse(original, file: "v1.md"), processSlug: "leitlinien")
        let process = try fixture.int("SELECT id FROM process WHERE slug = 'leitlinien'")
        let c1 = Int64(try fixture.int("SELECT id FROM section WHERE code = 'C1'"))
        let comment = try fixture.comment(Int64(process))
        try store.setTags(comment, sectionIds: [c1])

        let revised = original
            .replacingOccurrences(of: "### C 1. Vorhabenliste", with: "### C 1. Liste der Vorhaben")
            .replacingOccurrences(of: "## D – Planung", with: """
                ### C3 Bürgerhaushalt

                Einmal im Jahr können Vorschläge für den Haushalt eingereicht werden.

                ## D – Planung
                """)
        let report = try store.importGuidelines(try GuidelinesParser.parse(revised, file: "v2.md"), processSlug: "leitlinien")
        #expect(!report.processCreated)
        #expect(report.added == [SectionChange(code: "C3", title: "Bürgerhaushalt")])
        #expect(report.changed == [SectionChange(code: "C1", title: "Liste der Vorhaben", previousTitle: "Vorhabenliste", kinds: [.title])])
        #expect(report.removed.isEmpty)
        #expect(report.unchanged == 18)
        #expect(try fixture.int("SELECT section_id FROM comment_section WHERE comment_id = ?", [comment]) == Int(c1),
                "the renamed section keeps its id and so its tags")
        let order = try fixture.database.sectionOverview().map(\.code)
        #expect(order.firstIndex(of: "C3") == (order.firstIndex(of: "C2") ?? 0) + 1)
    }

    @Test("Removing a tagged section needs --force and names the comments that lose the tag")
    func removalNeedsForce() throws {
        let fixture = try Fixture()
        let store = fixture.store()
        let original = try Self.fixtureText()
        _ = try store.importGuidelines(try GuidelinesParser.parse(original, file: "v1.md"), processSlug: "leitlinien")
        let process = Int64(try fixture.int("SELECT id FROM process"))
        let g2 = Int64(try fixture.int("SELECT id FROM section WHERE code = 'G2'"))
        let tagged = try fixture.comment(process)
        try store.setTags(tagged, sectionIds: [g2])
        let shortened = String(original[..<(original.range(of: "### G2")?.lowerBound ?? original.endIndex)])
        let doc = try GuidelinesParser.parse(shortened, file: "v2.md")

        let refusal = #expect(throws: GuidelinesImportError.self) {
            try store.importGuidelines(doc, processSlug: "leitlinien")
        }
        guard case .removesTaggedSections(let wouldBe)? = refusal else { Issue.record("wrong error \(String(describing: refusal))"); return }
        #expect(wouldBe.untagged == [LostTag(commentId: tagged, sectionCode: "G2", commentState: "pending")])
        #expect(Set(wouldBe.removed.map(\.code)) == ["G2", "8"])
        #expect(try fixture.int("SELECT COUNT(*) FROM section") == 19, "a refused import changes nothing")

        let forced = try store.importGuidelines(doc, processSlug: "leitlinien", force: true)
        #expect(forced.untagged.map(\.commentId) == [tagged])
        #expect(try fixture.int("SELECT COUNT(*) FROM section") == 17)
        #expect(try fixture.int("SELECT COUNT(*) FROM comment_section WHERE comment_id = ?", [tagged]) == 0)
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event WHERE action = 'comment.untag' AND entity_id = ?", [String(tagged)]) == 1)
    }

    @Test("A dry run reports and writes nothing")
    func dryRun() throws {
        let fixture = try Fixture()
        let doc = try GuidelinesParser.parse(try Self.fixtureText(), file: "leitlinien.md")
        let report = try fixture.store().importGuidelines(doc, processSlug: "leitlinien", dryRun: true)
        #expect(report.dryRun && report.added.count == 19)
        #expect(try fixture.int("SELECT COUNT(*) FROM section") == 0)
        #expect(try fixture.int("SELECT COUNT(*) FROM process") == 0)
    }

    @Test("Bad input names the file and line: a section id twice, a heading without title, bad UTF-8")
    func badInput() throws {
        let twice = "## A Präambel\n\nText\n\n## B Gute\n\n## A Nochmal\n"
        #expect(throws: StoreError.invalid("x.md", line: 7, .sectionTwice(code: "A", firstLine: 1))) {
            try GuidelinesParser.parse(twice, file: "x.md")
        }
        #expect(throws: StoreError.invalid("x.md", line: 3, .headingWithoutTitle("B1"))) {
            try GuidelinesParser.parse("## B Gute\n\n### B1\n", file: "x.md")
        }
        #expect(throws: StoreError.invalid("x.md", line: 0, .noHeadings)) {
            try GuidelinesParser.parse("Nur Text.\n", file: "x.md")
        }
        var bytes = Data("## A Präambel\n\nText\n".utf8)
        bytes.append(contentsOf: [0xC3, 0x28, 0x0A])
        #expect(throws: StoreError.invalid("x.md", line: 4, .notUTF8)) {
            try GuidelinesParser.parse(bytes, file: "x.md")
        }
    }

    @Test("Control characters and bidi overrides in the text are dropped before storing")
    func cleaned() throws {
        let doc = try GuidelinesParser.parse("## A Prä\u{1B}[31mambel\n\nText\u{202E}dreht\u{07}\n", file: "x.md")
        #expect(doc.sections.first?.title == "Prä[31mambel")
        #expect(doc.sections.first?.body == "Textdreht")
    }

    @Test("Only an administrator may import guidelines")
    func roleChecked() throws {
        let fixture = try Fixture()
        try fixture.moderator("bernd", "Bernd Muster")
        let doc = try GuidelinesParser.parse(try Self.fixtureText(), file: "leitlinien.md")
        expectStoreError("roleRefused", containing: "may not import data") { _ = try fixture.store("bernd").importGuidelines(doc, processSlug: nil) }
        #expect(try fixture.int("SELECT COUNT(*) FROM section") == 0)
    }
}

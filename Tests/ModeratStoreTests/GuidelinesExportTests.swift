import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// The city publishes the commented guidelines: approved comments under their sections,
/// answers with them, rejected ones only as numbers.
@Suite("Commented guidelines export")
struct GuidelinesExportTests {
    /// A consultation with comments in every state, a reply, an untagged comment and hostile text.
    struct Consultation {
        let fixture: Fixture
        var ids: [String: Int64] = [:]

        init() throws {
            fixture = try Fixture()
            let doc = try GuidelinesParser.parse(try GuidelinesImportTests.fixtureText(), file: "leitlinien.md")
            _ = try fixture.store().importGuidelines(doc, processSlug: "leitlinien")
            let process = Int64(try fixture.int("SELECT id FROM process"))
            let erika = try fixture.author("Erika Mustermann")
            let hans = try fixture.author("Hans Hetzer")
            let petra = try fixture.author("Petra Pseudonym-Test")
            func add(_ key: String, _ author: Int64?, _ body: String, ago: Int, _ state: CommentState,
                     answer: String? = nil, parent: Int64? = nil, reason: String? = nil, tags: [String] = []) throws {
                let id = try fixture.comment(process, author: author, body: body, minutesAgo: ago, state: state,
                                             parent: parent, answer: answer)
                if let reason { try fixture.insert("UPDATE comment SET reason_code = ? WHERE id = ?", [reason, id]) }
                for code in tags {
                    try fixture.tag(id, Int64(try fixture.int("SELECT id FROM section WHERE code = ?", [code])))
                }
                ids[key] = id
            }
            try add("first", erika, "Die Vorhabenliste sollte auch die Kosten nennen.", ago: 300, .approved,
                    answer: "Danke, Kosten stehen künftig in C1.", tags: ["C1"])
            try add("hostile", hans, "<script>alert(1)</script> & \"Zitat\"\n\n## keine Überschrift\n- keine Liste", ago: 200,
                    .approved, tags: ["C1", "B1"])
            try add("insult", petra, "GEHEIMER BELEIDIGENDER TEXT", ago: 250, .rejected,
                    answer: "ABLEHNUNGSBEGRUENDUNG", reason: "insult", tags: ["C1"])
            try add("spam", petra, "KAUFEN SIE JETZT", ago: 240, .rejected, reason: "spam", tags: ["B1"])
            try add("pending", erika, "NOCH NICHT ENTSCHIEDEN", ago: 50, .pending, tags: ["C1"])
            try add("held", hans, "ZURUECKGESTELLT", ago: 40, .held, tags: ["B1"])
            try add("reply", petra, "Da stimme ich Erika zu.", ago: 100, .approved, parent: ids["first"])
            try add("general", erika, "Allgemein: gut gemacht.", ago: 90, .approved)
        }

        func export(_ language: ExportLanguage = .de) throws -> CommentedGuidelines {
            try fixture.database.commentedGuidelines(processSlug: "leitlinien", language: language)
        }
    }

    @Test("Approved comments appear under their sections in time order, with answers and replies")
    func approvedUnderSections() throws {
        let c = try Consultation()
        let doc = try c.export()
        let c1 = try #require(doc.sections.first { $0.code == "C1" })
        #expect(c1.comments.map(\.id) == [c.ids["first"], c.ids["hostile"]].compactMap { $0 })
        #expect(c1.comments.first?.answer == "Danke, Kosten stehen künftig in C1.")
        #expect(c1.comments.first?.replies.map(\.id) == [c.ids["reply"]].compactMap { $0 })
        #expect(doc.sections.first { $0.code == "B1" }?.comments.map(\.id) == [c.ids["hostile"]].compactMap { $0 })
        #expect(doc.untagged.map(\.id) == [c.ids["general"]].compactMap { $0 })
        // Pseudonyms by first approved comment: Erika 1, Hans 2, Petra 3; Erika again is 1.
        #expect(c1.comments.map(\.pseudonym) == ["Teilnehmer/in 1", "Teilnehmer/in 2"])
        #expect(c1.comments.first?.replies.first?.pseudonym == "Teilnehmer/in 3")
        #expect(doc.untagged.first?.pseudonym == "Teilnehmer/in 1")
    }

    @Test("Counts per section and in total equal the database's")
    func countsMatchDatabase() throws {
        let c = try Consultation()
        let doc = try c.export()
        for section in doc.sections {
            let id = try c.fixture.int("SELECT s.id FROM section s WHERE s.code = ?", [section.code])
            func count(_ condition: String) throws -> Int {
                try c.fixture.int("""
                    SELECT COUNT(*) FROM comment_section cs JOIN comment c ON c.id = cs.comment_id
                    WHERE cs.section_id = ? AND \(condition)
                    """, [id])
            }
            #expect(section.counts.approved == (try count("c.state = 'approved'")), "\(section.code)")
            #expect(section.counts.rejected == (try count("c.state = 'rejected'")), "\(section.code)")
            #expect(section.counts.open == (try count("c.state IN ('pending', 'held')")), "\(section.code)")
            #expect(section.counts.answered == (try count("c.state = 'approved' AND c.public_answer <> ''")), "\(section.code)")
            #expect(section.comments.count == section.counts.approved)
        }
        #expect(doc.totals.approved == (try c.fixture.int("SELECT COUNT(*) FROM comment WHERE state = 'approved'")))
        #expect(doc.totals.rejected == 2)
        #expect(doc.rejectedByReason.map { "\($0.label)=\($0.count)" }.sorted() == ["Beleidigung=1", "Werbung / Spam=1"])
        let c1 = try #require(doc.sections.first { $0.code == "C1" })
        #expect(c1.counts == CommentedGuidelines.Counts(approved: 2, answered: 1, rejected: 1, open: 1))
    }

    @Test("The Markdown has contents, counts, each section's text followed by its comments, and no rejected text")
    func markdown() throws {
        let c = try Consultation()
        let md = GuidelinesMarkdown.render(try c.export(), asOf: Fixture.now)
        #expect(md.hasPrefix("# Leitlinien für Bürgerbeteiligung\n"))
        #expect(md.contains("- [C1 Vorhabenliste](#abschnitt-c1) (2)"))
        #expect(md.contains("| C1 | Vorhabenliste | 2 | 1 | 1 | 1 |"))
        let c1 = try #require(md.range(of: "### C1 Vorhabenliste"))
        let c2 = try #require(md.range(of: "### C2 Anregung von Beteiligung"))
        let text = try #require(md.range(of: "Die Stadt veröffentlicht eine Vorhabenliste"))
        let first = try #require(md.range(of: "Die Vorhabenliste sollte auch die Kosten nennen."))
        let answer = try #require(md.range(of: "Danke, Kosten stehen künftig in C1."))
        // The hostile comment is tagged to B1 as well; look for it after C1's first comment.
        let hostile = try #require(md.range(of: "\\<script\\>alert(1)\\</script\\> \\& \"Zitat\"", range: c1.upperBound..<md.endIndex))
        #expect(c1.upperBound < text.lowerBound && text.upperBound < first.lowerBound)
        #expect(first.upperBound < answer.lowerBound && answer.upperBound < hostile.lowerBound && hostile.upperBound < c2.lowerBound)
        #expect(md.contains("> \\#\\# keine Überschrift"), "citizen text cannot make a heading")
        #expect(md.contains("> \\- keine Liste"))
        #expect(md.contains(">> **Teilnehmer/in 3**"), "replies nest one level deeper")
        #expect(md.contains("_nicht veröffentlicht: 1 (Beleidigung: 1)_"))
        for secret in ["GEHEIMER", "ABLEHNUNGSBEGRUENDUNG", "KAUFEN", "NOCH NICHT", "ZURUECKGESTELLT", "Erika Mustermann", "Hans Hetzer", "Petra Pseudonym"] {
            #expect(!md.contains(secret), "\(secret) must not be published")
        }
    }

    @Test("The HTML is one valid, self-contained file with everything escaped")
    func html() throws {
        let c = try Consultation()
        let html = GuidelinesHTML.render(try c.export(), asOf: Fixture.now)
        let problems = try HTMLValidator.problems(html)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(html.contains("<style>") && html.contains("@media print"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("<link"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zitat&quot;"))
        #expect(html.contains("<a href=\"#abschnitt-c1\">C1 Vorhabenliste</a>"))
        #expect(html.contains("id=\"abschnitt-c1\""))
        #expect(html.contains("<td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td>"))
        let c1 = try #require(html.range(of: "id=\"abschnitt-c1\""))
        let c2 = try #require(html.range(of: "id=\"abschnitt-c2\""))
        let first = try #require(html.range(of: "Die Vorhabenliste sollte auch die Kosten nennen."))
        let answer = try #require(html.range(of: "Danke, Kosten stehen künftig in C1."))
        #expect(c1.upperBound < first.lowerBound && first.upperBound < answer.lowerBound && answer.upperBound < c2.lowerBound)
        for secret in ["GEHEIMER", "ABLEHNUNGSBEGRUENDUNG", "KAUFEN", "NOCH NICHT", "ZURUECKGESTELLT", "Erika Mustermann", "Hans Hetzer"] {
            #expect(!html.contains(secret), "\(secret) must not be published")
        }
    }

    @Test("Hostile text with controls and bidi overrides cannot break the HTML")
    func hostileHTML() throws {
        let c = try Consultation()
        let process = Int64(try c.fixture.int("SELECT id FROM process"))
        let nasty = "</p></article><h1>x</h1>\u{1B}]52;c;AAAA\u{07}\u{202E}gnirts\u{0}<!-- -->"
        let id = try c.fixture.comment(process, body: nasty, minutesAgo: 10, state: .approved, answer: "</aside><b>")
        try c.fixture.tag(id, Int64(try c.fixture.int("SELECT id FROM section WHERE code = 'A'")))
        let html = GuidelinesHTML.render(try c.export(), asOf: Fixture.now)
        let problems = try HTMLValidator.problems(html)
        #expect(problems.isEmpty, "\(problems)")
        #expect(!html.contains("\u{1B}") && !html.contains("\u{202E}") && !html.contains("\u{0}"))
        #expect(html.contains("&lt;/p&gt;&lt;/article&gt;&lt;h1&gt;x&lt;/h1&gt;"))
    }

    @Test("English labels when asked; the guideline text stays as imported")
    func english() throws {
        let c = try Consultation()
        let html = GuidelinesHTML.render(try c.export(.en), language: .en, asOf: Fixture.now)
        #expect(html.contains("<html lang=\"en\">") && html.contains("Participant 1") && html.contains("Moderators&#39; answer"))
        #expect(html.contains("Die Stadt veröffentlicht eine Vorhabenliste"))
    }
}

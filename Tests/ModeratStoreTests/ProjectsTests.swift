import Foundation
import Testing
import ModeratCore
@testable import ModeratStore

@Suite("The administrator keeps the Vorhabenliste")
struct ProjectsTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    func full() -> ProjectFields {
        ProjectFields(title: "Radverkehrskonzept 2030", description: "Ein Netz <sicherer> Radwege & Abstellanlagen.",
                      councilDecisions: "Stadtrat 12.03.2026", status: "Entwurf", nextSteps: "Online-Beteiligung",
                      timing: "Frühjahr 2027", cost: "ca. 1,2 Mio. €", districts: "Innenstadt; Betzenberg",
                      topics: "Verkehr", participation: "planned", participationNote: "Karte und zwei Werkstätten",
                      boardInvolved: true, contact: "Referat Stadtentwicklung", link: "https://www.kaiserslautern.de/rad?x=1&y=2")
    }

    @Test("An admin adds a project with every field; added and updated are today; the audit holds ids and the slug only")
    func add() throws {
        let id = try fixture.store().addProject(slug: "radverkehr-2030", full())
        let p = try #require(try fixture.database.projects().first)
        #expect(p.id == id && p.slug == "radverkehr-2030" && p.title == "Radverkehrskonzept 2030")
        #expect(p.councilDecisions == "Stadtrat 12.03.2026" && p.cost == "ca. 1,2 Mio. €" && p.participation == .planned)
        #expect(p.boardInvolved && p.link == "https://www.kaiserslautern.de/rad?x=1&y=2")
        #expect(p.addedOn == "2026-11-27" && p.updatedOn == "2026-11-27")
        let detail = try fixture.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT action || ' ' || entity_id || ' ' || detail FROM audit_event WHERE entity = 'project'")
        }
        #expect(detail == "project.add \(id) {\"slug\":\"radverkehr-2030\"}")
    }

    @Test("Defaults: participation open, board not involved, no cost, no link")
    func defaults() throws {
        try fixture.store().addProject(slug: "p1", ProjectFields(title: "Nur ein Titel"))
        let p = try #require(try fixture.database.projects().first)
        #expect(p.participation == .open && !p.boardInvolved && p.cost == nil && p.link == nil && p.description.isEmpty)
    }

    @Test("Bad input names the option and writes nothing", arguments: [
        ("Bad Slug", ProjectFields(title: "T"), StoreError.invalid("--slug", line: 0, .notASlug("Bad Slug"))),
        ("ok", ProjectFields(title: "  "), .invalid("--title", line: 0, .projectNeedsTitle)),
        ("ok", ProjectFields(), .invalid("--title", line: 0, .projectNeedsTitle)),
        ("ok", ProjectFields(title: "T", participation: "maybe"),
         .invalid("--participation", line: 0, .notOneOf("maybe", allowed: ["planned", "running", "done", "none", "open"]))),
        ("ok", ProjectFields(title: "T", link: "javascript:alert(1)"), .invalid("--link", line: 0, .notAWebAddress("javascript:alert(1)"))),
        ("ok", ProjectFields(title: "T", link: "www.example.org"), .invalid("--link", line: 0, .notAWebAddress("www.example.org"))),
    ])
    func badInput(slug: String, fields: ProjectFields, expected: StoreError) throws {
        let error = #expect(throws: StoreError.self) { try fixture.store().addProject(slug: slug, fields) }
        #expect(error == expected)
        #expect(error?.exitCode == 65)
        #expect(try fixture.int("SELECT COUNT(*) FROM project") == 0)
    }

    @Test("A duplicate slug is bad input (65); a non-admin is refused (1); neither writes")
    func duplicateAndRole() throws {
        try fixture.store().addProject(slug: "p1", ProjectFields(title: "Eins"))
        let dup = #expect(throws: StoreError.self) { try fixture.store().addProject(slug: "p1", ProjectFields(title: "Zwei")) }
        #expect(dup?.exitCode == 65 && dup?.description.contains("--slug") == true)
        try fixture.moderator("mo", "Mo Derator")
        let refused = #expect(throws: StoreError.self) { try fixture.store("mo").addProject(slug: "p2", ProjectFields(title: "Zwei")) }
        #expect(refused?.caseName == "roleRefused" && refused?.description.contains("(moderator) may not edit projects") == true, "\(String(describing: refused))")
        let refusedEdit = #expect(throws: StoreError.self) { try fixture.store("mo").editProject(slug: "p1", ProjectFields(status: "x")) }
        #expect(refusedEdit?.caseName == "roleRefused" && refusedEdit?.description.contains("(moderator) may not edit projects") == true)
        #expect(try fixture.int("SELECT COUNT(*) FROM project") == 1)
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event WHERE entity = 'project'") == 1)
    }

    @Test("Editing changes only the given fields, sets updated_on, clears cost with an empty value, and logs the field names")
    func edit() throws {
        try fixture.store(offset: -10 * 86_400).addProject(slug: "radverkehr-2030", full())
        let changed = try fixture.store().editProject(slug: "radverkehr-2030",
                                                      ProjectFields(status: "Beschlossen", cost: "", participation: "running", boardInvolved: false))
        #expect(changed == ["status", "cost", "participation", "board_involved"])
        let p = try #require(try fixture.database.projects().first)
        #expect(p.status == "Beschlossen" && p.cost == nil && p.participation == .running && !p.boardInvolved)
        #expect(p.title == "Radverkehrskonzept 2030" && p.timing == "Frühjahr 2027")
        #expect(p.addedOn == "2026-11-17" && p.updatedOn == "2026-11-27")
        let detail = try fixture.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit_event WHERE action = 'project.edit'")
        }
        #expect(detail == "{\"fields\":\"status,cost,participation,board_involved\",\"slug\":\"radverkehr-2030\"}")
    }

    @Test("Editing an unknown slug or with nothing to change is bad input")
    func editBad() throws {
        let unknown = #expect(throws: StoreError.self) { try fixture.store().editProject(slug: "nope", ProjectFields(status: "x")) }
        #expect(unknown == .invalid("PROJECT_SLUG", line: 0, .missing(.project("nope"))))
        try fixture.store().addProject(slug: "p1", ProjectFields(title: "Eins"))
        let nothing = #expect(throws: StoreError.self) { try fixture.store().editProject(slug: "p1", ProjectFields()) }
        #expect(nothing == .invalid("projects edit", line: 0, .nothingToChange))
    }

    @Test("Linking a process makes it and its comments belong to the project; unknown slugs are bad input")
    func link() throws {
        try fixture.store().addProject(slug: "leitlinien-projekt", ProjectFields(title: "Leitlinien"))
        let process = try fixture.process("leitlinien")
        try fixture.comment(process)
        try fixture.comment(process)
        try fixture.store().linkProcess(processSlug: "leitlinien", projectSlug: "leitlinien-projekt")
        let p = try #require(try fixture.database.projects().first)
        #expect(p.processes == [.init(slug: "leitlinien", title: "Prozess leitlinien", comments: 2)])
        #expect(try fixture.int("""
            SELECT COUNT(*) FROM comment c JOIN process p ON p.id = c.process_id JOIN project j ON j.id = p.project_id
            WHERE j.slug = 'leitlinien-projekt'
            """) == 2)
        let detail = try fixture.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit_event WHERE action = 'process.link'")
        }
        #expect(detail == "{\"process\":\"leitlinien\",\"project\":\"leitlinien-projekt\"}")
        let badProcess = #expect(throws: StoreError.self) { try fixture.store().linkProcess(processSlug: "x", projectSlug: "leitlinien-projekt") }
        #expect(badProcess?.exitCode == 65 && badProcess?.description.hasPrefix("PROCESS_SLUG") == true)
        let badProject = #expect(throws: StoreError.self) { try fixture.store().linkProcess(processSlug: "leitlinien", projectSlug: "x") }
        #expect(badProject?.exitCode == 65 && badProject?.description.hasPrefix("PROJECT_SLUG") == true)
    }

    @Test("The public Markdown list shows every field of DESIGN §1 with German dates")
    func markdown() throws {
        try fixture.store().addProject(slug: "radverkehr-2030", full())
        let md = ProjectsExport.render(try fixture.database.projects(), format: .md, language: .de, asOf: Fixture.now)
        for text in ["# Vorhabenliste", "Stand: 27.11.2026", "## Radverkehrskonzept 2030",
                     "**Beschreibung und Ziele:** Ein Netz \\<sicherer\\> Radwege & Abstellanlagen.",
                     "**Bisherige Ratsbeschlüsse:** Stadtrat 12.03.2026", "**Aktueller Stand:** Entwurf",
                     "**Nächste Schritte:** Online-Beteiligung", "**Zeitplan:** Frühjahr 2027", "**Kosten:** ca. 1,2 Mio. €",
                     "**Stadtteile:** Innenstadt; Betzenberg", "**Themen:** Verkehr",
                     "**Bürgerbeteiligung:** Beteiligung geplant: Karte und zwei Werkstätten",
                     "**Beteiligungsbeirat einbezogen:** ja", "**Ansprechperson:** Referat Stadtentwicklung",
                     "**Weitere Informationen:** <https://www.kaiserslautern.de/rad?x=1&y=2>",
                     "**Aufgenommen:** 27.11.2026 · **Aktualisiert:** 27.11.2026"] {
            #expect(md.contains(text), "missing: \(text)")
        }
    }

    @Test("The public HTML list is one self-contained, escaped, well-formed file; only http(s) becomes a link")
    func html() throws {
        try fixture.store().addProject(slug: "radverkehr-2030", full())
        try fixture.store().addProject(slug: "boese", ProjectFields(title: "<script>alert('x')</script>", contact: "\"Quote\" & Co"))
        // A link stored by another tool that moderat would not accept must still not become a link.
        try fixture.insert("UPDATE project SET link = 'javascript:alert(1)' WHERE slug = 'boese'")
        let html = ProjectsExport.render(try fixture.database.projects(), format: .html, language: .en, asOf: Fixture.now)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("&quot;Quote&quot; &amp; Co"))
        #expect(html.contains("<a href=\"https://www.kaiserslautern.de/rad?x=1&amp;y=2\">"))
        #expect(!html.contains("href=\"javascript"))
        #expect(!html.contains("<link") && !html.contains("src="), "self-contained")
        for label in ["Council decisions so far", "Timing", "Cost", "Districts", "Topics", "Citizen participation",
                      "Advisory board involved", "Contact", "More information", "Added", "Updated"] {
            #expect(html.contains(label), "missing: \(label)")
        }
        let problems = try HTMLValidator.problems(html)
        #expect(problems.isEmpty, "\(problems)")
    }
}

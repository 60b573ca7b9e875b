import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("Synopse and Abwägungstabelle exports")
struct ConsiderationExportTests {
    /// The consideration scene with a revised C1 text, two considered comments, one split
    /// comment and one group.
    static func scene() throws -> ConsiderationScene {
        let scene = try ConsiderationScene()
        let db = scene.fixture.database
        try db.pool.write { db in
            try db.execute(sql: "UPDATE section SET body = 'Die Liste erscheint vierteljährlich.' WHERE id = ?", arguments: [scene.c1])
            try GuidelineVersions.record(db, processId: scene.process, actor: "anna", now: Fixture.now)
            try db.execute(sql: "UPDATE section SET body = 'Die Liste erscheint monatlich.' WHERE id = ?", arguments: [scene.c1])
            try GuidelineVersions.record(db, processId: scene.process, actor: "anna", now: Fixture.now)
        }
        let store = scene.fixture.store()
        try store.consider(.comment(scene.bench), outcome: .adopted, rationale: "Erscheint jetzt monatlich; \"Danke\" & <Gruß>.", expectedVersion: 0)
        let passages = try store.splitIntoParagraphs(scene.long)
        try store.setPassageSection(passages[0], sectionId: scene.c1)
        try store.setPassageSection(passages[1], sectionId: scene.c2)
        try store.consider(.passage(passages[1]), outcome: .notAdopted, rationale: "Die Schwelle bleibt; Gründe: a; b.", expectedVersion: 0)
        let group = try store.joinGroup(scene.campaign)
        try store.consider(.group(group), outcome: .covered, rationale: "Steht in B1.", expectedVersion: 0)
        return scene
    }

    @Test("The Abwägungstabelle as CSV: one row per comment, passage and group member, sorted by section, quoted where needed, no names")
    func csv() throws {
        let scene = try Self.scene()
        let table = try scene.fixture.database.abwaegung(processSlug: nil)
        let lines = table.csv().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0] == "number;sections;text;outcome;outcome_label;state;rationale")
        let (b, l, c) = (scene.bench, scene.long, scene.campaign)
        #expect(Array(lines.dropFirst()) == [
            "\(c[0]) (G1);B1;Online-Beteiligung für alle! (0);covered;bereits berücksichtigt;draft;Steht in B1.",
            "\(c[1]) (G1);B1;Online-Beteiligung für alle! (1);covered;bereits berücksichtigt;draft;Steht in B1.",
            "\(c[2]) (G1);B1;Online-Beteiligung für alle! (2);covered;bereits berücksichtigt;draft;Steht in B1.",
            "\(b);C1;Die Vorhabenliste sollte monatlich erscheinen.;adopted;übernommen;draft;\"Erscheint jetzt monatlich; \"\"Danke\"\" & <Gruß>.\"",
            "\(l).1;C1;Zur Liste: bitte mit Kosten.;;;;",
            "\(l).2;C2;Zur Anregung: 500 Unterschriften sind zu viel.;not-adopted;nicht übernommen;draft;\"Die Schwelle bleibt; Gründe: a; b.\"",
        ])
        #expect(!table.csv().contains("Erika"))
    }

    @Test("The Synopse as HTML: one valid page, the change marked, outcome and rationale escaped, the press figure")
    func html() throws {
        let scene = try Self.scene()
        let synopsis = try scene.fixture.database.synopsis(processSlug: nil)
        let html = OfficeHTML.render(SynopsisDocument.build(synopsis, asOf: Fixture.now))
        #expect(html.contains("Die Liste erscheint <del>vierteljährlich.</del> <ins>monatlich.</ins>"))
        #expect(html.contains("<strong>5 Anmerkungen, davon 1 ganz oder teilweise übernommen</strong>"))
        #expect(html.contains("Erscheint jetzt monatlich; &quot;Danke&quot; &amp; &lt;Gruß&gt;."))
        #expect(html.contains("Teilnehmer/in 1"))
        #expect(!html.contains("Erika Musterfrau"))
        let problems = try HTMLValidator.problems(html)
        #expect(problems.isEmpty, "\(problems)")
        let named = try scene.fixture.database.synopsis(processSlug: nil, withNames: true)
        #expect(OfficeHTML.render(SynopsisDocument.build(named, asOf: Fixture.now)).contains("Erika Musterfrau"))
    }

    @Test("The report counts outcomes per section and overall")
    func report() throws {
        let scene = try Self.scene()
        let figures = try scene.fixture.database.reportFigures()
        let c1 = try #require(figures.outcomesPerSection.first { $0.code == "C1" })
        #expect(c1.units == 2 && c1.considered == 1 && c1.adopted == 1)
        let overall = try #require(figures.outcomesOverall)
        #expect(overall.units == 4 && overall.considered == 3 && overall.counts == [1, 0, 1, 1, 0])
        let text = try ReportDocument.render(figures, format: .text, language: .de, asOf: Fixture.now)
        #expect(text.contains("leitlinien C1 Vorhabenliste: 1 von 2 abgewogen (übernommen 1, teilweise übernommen 0, nicht übernommen 0, bereits berücksichtigt 0, zur Kenntnis genommen 0)"))
    }
}

import Foundation
import GRDB
import ModeratCore
@testable import ModeratStore
import Testing

/// Issue 17: contact data in the forms people write it reaches no public output: a comment, a
/// public answer, a minutes text and an action item, through every exporter the public reads.
@Suite("Contact redaction in every public output")
struct PublicContactTests {
    /// The four forms the issue names.
    static let forms = ["(0631) 36 54 711", "name (at) web.de", "name [at] web.de", "+49 631 365-4711"]
    static let marker = "[Kontaktdaten entfernt]"

    func withoutContact(_ text: String, _ output: String) {
        for form in Self.forms { #expect(!text.contains(form), "\(output) holds '\(form)'") }
        // Markdown escapes the brackets of the marker.
        #expect(text.contains("Kontaktdaten entfernt"), "\(output) has no marker")
    }

    @Test("a comment and its public answer: guidelines export, decisions export and the Synopse leave the four forms out; the city's own address stays")
    func commentAndAnswer() throws {
        let f = try Fixture()
        let process = try f.process()
        let section = try f.section(process, "C1")
        let author = try f.insert("INSERT INTO author(source, external_id, display_name, contact) VALUES ('decidim', 'u-1', 'Nora Name', ?)",
                                  ["name@web.de; 0631 3654711"])
        let comment = try f.comment(process, author: author,
                                    body: "Ruft mich an: (0631) 36 54 711 oder schreibt an name (at) web.de, name [at] web.de, mobil +49 631 365-4711")
        try f.tag(comment, section)
        let answer = "Wir haben Sie unter name (at) web.de, name [at] web.de, (0631) 36 54 711 und +49 631 365-4711 erreicht; "
            + "Fragen an beteiligung@kaiserslautern.de"
        try f.store().decide(comment, .approve, expectedVersion: try f.version(comment), answer: answer)
        let city = "Wir haben Sie unter \(Self.marker), \(Self.marker), \(Self.marker) und \(Self.marker) erreicht; Fragen an beteiligung@kaiserslautern.de"

        var answers: [String?] = []
        try f.database.forEachDecision(DecisionsQuery()) { answers.append($0.publicAnswer) }
        #expect(answers == [city])

        let guidelines = try f.database.commentedGuidelines(processSlug: "leitlinien")
        let published = try #require(guidelines.sections.flatMap(\.comments).first)
        #expect(published.body == "Ruft mich an: \(Self.marker) oder schreibt an \(Self.marker), \(Self.marker), mobil \(Self.marker)")
        #expect(published.answer == city)
        withoutContact(GuidelinesMarkdown.render(guidelines, asOf: Fixture.now), "guidelines md")

        try f.database.pool.write { db in try GuidelineVersions.record(db, processId: process, actor: Fixture.admin, now: Fixture.now) }
        try f.store().consider(.comment(comment), outcome: .adopted, rationale: "Aufgenommen.", sectionId: nil, expectedVersion: 0)
        let synopsis = try f.database.synopsis(processSlug: "leitlinien")
        let texts = (synopsis.sections.flatMap(\.entries) + synopsis.unsectioned).flatMap(\.texts)
        #expect(!texts.isEmpty)
        for text in texts { withoutContact(text, "synopsis") }
        withoutContact(try f.database.abwaegung(processSlug: "leitlinien").csv(), "abwaegung csv")
    }

    @Test("minutes --public and the report leave the four forms out of a minutes text and an action item; the internal minutes keep them")
    func minutesAndReport() throws {
        let f = try MeetingFixture()
        let text = """
            Frau Feld ist erreichbar unter (0631) 36 54 711 oder name (at) web.de.
            Aufgabe: Rainer Thoma | Rückruf an name [at] web.de oder +49 631 365-4711 | 2026-12-18
            """
        let parsed = AgendaMinutesText.parse(text)
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        let version = try #require(try f.secretary.meeting(f.meetingId).items.first { $0.id == f.items[2] }?.version)
        try f.secretary.saveAgendaMinutes(f.items[2], parsed.minutes, expectedVersion: version)
        let meeting = try f.secretary.meeting(f.meetingId)
        for format in MinutesExport.Format.allCases {
            withoutContact(MinutesExport.render(meeting, format: format, publicOnly: true), "minutes \(format) --public")
        }
        let odt = MinutesExport.office(meeting, publicOnly: true)
        withoutContact("\(odt.blocks)", "minutes odt --public")
        let office = MinutesExport.render(meeting, format: .txt, publicOnly: false)
        for form in Self.forms { #expect(office.contains(form), "the office's minutes lost '\(form)'") }

        let figures = try f.fixture.database.reportFigures()
        for format in [ReportDocument.Format.text, .json, .html] {
            let report = try ReportDocument.render(figures, format: format, language: .de, asOf: Fixture.now)
            withoutContact(report, "report \(format)")
            #expect(report.contains("Rückruf an \(Self.marker) oder \(Self.marker)"), "report \(format)")
        }
    }
}

import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("Exports meant for publication never contain contact data")
struct PrivacyExportTests {
    @Test("The commented guidelines drop e-mail addresses, telephone numbers and the author's stored contact from published comments")
    func commentedGuidelines() throws {
        let f = try Fixture()
        let process = try f.process()
        let c1 = try f.section(process, "C1", title: "Vorhabenliste")
        let author = try f.insert("INSERT INTO author(source, external_id, display_name, contact) VALUES ('decidim', 'u-9', 'Ida Zett', ?)",
                                  ["ida.zett@example.org; Zwiebelgasse 7, 67655 Kaiserslautern"])
        let comment = try f.comment(process, author: author, body: """
            Die Liste sollte 350000 Euro Kosten nennen (Beschluss vom 01.11.2026, Abschnitt C1). \
            Rufen Sie mich an: 0631 365-2555 oder +49 (0)176 1234 5678, Mail an i.zett@web.example. \
            Ich wohne Zwiebelgasse 7.
            """, state: .approved, answer: "Danke! Fragen beantwortet das Büro unter 0631 365-1234; wir schreiben an ida.zett@example.org.")
        try f.tag(comment, c1)
        for language in [ExportLanguage.de, .en] {
            let doc = try f.database.commentedGuidelines(processSlug: "leitlinien", language: language)
            // Without the brackets, which Markdown escapes.
            let marker = language == .de ? "Kontaktdaten entfernt" : "contact details removed"
            for text in [GuidelinesMarkdown.render(doc, language: language, asOf: Fixture.now),
                         GuidelinesHTML.render(doc, language: language, asOf: Fixture.now)] {
                for contact in ["365-2555", "1234 5678", "i.zett@web.example", "ida.zett@example.org", "Zwiebelgasse 7"] {
                    #expect(!text.contains(contact), "\(contact) must not be published (\(language))")
                }
                #expect(text.components(separatedBy: marker).count - 1 == 5, "four in the comment, one in the answer")
                // What is not contact data stays: sums, dates, section codes and the city's own number.
                for kept in ["350000 Euro", "01.11.2026", "Abschnitt C1", "0631 365-1234"] {
                    #expect(text.contains(kept), "\(kept) must stay (\(language))")
                }
            }
        }
    }

    @Test("The office's roster export (with contact details) says on top that it is not for publication; the public one does not")
    func internalRosterIsLabelled() throws {
        let f = try rosterFixture()
        let record = try f.database.roster(boardSlug: "beirat")
        let today = f.store().today
        for format in [RosterExport.Format.md, .html] {
            for german in [true, false] {
                let label = german ? "Nur für den Dienstgebrauch" : "Internal: contains contact details"
                let office = RosterExport.render(record, on: today, format: format, publicOnly: false, german: german)
                let published = RosterExport.render(record, on: today, format: format, publicOnly: true, german: german)
                let labelAt = try #require(office.range(of: label), "\(format) \(german)")
                let firstContact = try #require(office.range(of: "@example.org"))
                #expect(labelAt.upperBound < firstContact.lowerBound)
                #expect(!published.contains(label))
            }
        }
    }

    @Test("Contact scrubbing leaves ordinary numbers alone", arguments: [
        "Am 01.11.2026 um 18:30 Uhr im Raum 0.12", "Kosten: 1.250.000 Euro", "Paragraph 12 Absatz 3", "Bus 105 und 0815-Lösungen",
        "Tempo 30 auf 2 km", "ISBN 978-3-16-148410-0",
    ])
    func ordinaryNumbers(text: String) {
        #expect(ContactScrubber(marker: "X").scrub(text) == text)
    }

    @Test("Telephone numbers and e-mail addresses as citizens write them are removed", arguments: [
        "0631 3652555", "0631/365-2555", "+49 631 3652555", "0049 176 12345678", "+49 (0)631 365 2555", "01761234567",
        "max.muster@t-online.de", "Ämter-Fan@gmx.example",
    ])
    func contactShapes(contact: String) {
        #expect(ContactScrubber(marker: "X").scrub("Erreichbar unter \(contact).") == "Erreichbar unter X.")
    }
}

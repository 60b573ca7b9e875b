import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// Contact data in the forms German citizens write it never reaches a public output.
@Suite("Contact redaction")
struct ContactRedactionTests {
    static let scrubber = ContactScrubber(marker: "[X]")

    @Test("telephone numbers with brackets, spaces, slashes and hyphens are removed", arguments: [
        "(0631) 36 54 711", "(0631) 365-2555", "0631 365-2555", "0631 / 36 54 711", "+49 (0)631 3652555",
        "+49 631 36 54 711", "0176/12345678", "0176 1234 5678", "0049 631 3654711",
    ])
    func phones(number: String) {
        #expect(Self.scrubber.scrub("Ruf an: \(number), danke") == "Ruf an: [X], danke")
    }

    @Test("e-mail addresses written with (at), [at], at, (dot), punkt are removed", arguments: [
        "anna.mueller@web.de", "anna.mueller (at) web.de", "anna.mueller[at]web.de", "anna.mueller (AT) web (dot) de",
        "anna.mueller at web dot de", "anna.mueller [at] gmx [punkt] net", "anna {at} t-online.de", "anna(ät)web.de",
    ])
    func emails(address: String) {
        #expect(Self.scrubber.scrub("Schreibt mir: \(address). Danke") == "Schreibt mir: [X]. Danke")
    }

    @Test("dates, years, sums, section numbers and ordinary words stay")
    func harmless() {
        let text = "Am 01.12.2026 um 18 Uhr, Abschnitt C 1.2, 2020-2025, 1.000 €, Seite 12 at most, Punkt 3, die Stadt at her best"
        #expect(Self.scrubber.scrub(text) == text)
    }

    @Test("export decisions leaves the author's e-mail out of a public answer; the city's own address stays")
    func decisionsExport() throws {
        let f = try Fixture()
        let process = try f.process()
        let author = try f.insert("INSERT INTO author(source, external_id, display_name, contact) VALUES ('decidim', 'u-1', 'Anna', ?)",
                                  ["anna.mueller@web.de"])
        let comment = try f.comment(process, author: author, body: "Bitte melden")
        try f.store().decide(comment, .approve, expectedVersion: 1,
                             answer: "Wir schreiben Ihnen an anna.mueller@web.de; Fragen an beteiligung@kaiserslautern.de")
        var answers: [String?] = []
        try f.database.forEachDecision(DecisionsQuery()) { answers.append($0.publicAnswer) }
        #expect(answers == ["Wir schreiben Ihnen an [Kontaktdaten entfernt]; Fragen an beteiligung@kaiserslautern.de"])
    }
}

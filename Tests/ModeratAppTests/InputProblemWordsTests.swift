import Foundation
import ModeratCore
import ModeratStore
import Testing
@testable import ModeratApp

/// Bad input the store refuses, as the workbench (and the command line) says it: German and
/// English word for word, the option or file and line first, exit code 65.
@Suite("Bad input words")
struct InputProblemWordsTests {
    static let de = Localizer(.de), en = Localizer(.en)

    @Test("a name several authors share lists them to choose by #ID, in German and English")
    func ambiguousAuthor() {
        let candidates = [AuthorCandidate(id: 4, source: "decidim", externalId: "17", displayName: "A. Müller", erasedAt: nil, comments: 1),
                          AuthorCandidate(id: 9, source: "csv", externalId: "name:A. Müller", displayName: "A. Müller", erasedAt: nil, comments: 3)]
        let error = StoreError.invalid("AUTHOR", line: 0, .ambiguousAuthor("A. Müller", candidates))
        #expect(Self.de(.storeError(error)) == """
            AUTHOR: „A. Müller“ passt auf 2 Personen; bitte die gemeinte mit #ID angeben:
              #4  decidim:17  A. Müller  (1 Beitrag)
              #9  csv:name:A. Müller  A. Müller  (3 Beiträge)
            """)
        #expect(Self.en(.storeError(error)) == """
            AUTHOR: "A. Müller" names 2 authors; give the one you mean by #ID:
              #4  decidim:17  A. Müller  (1 comments)
              #9  csv:name:A. Müller  A. Müller  (3 comments)
            """)
        #expect(error.exitCode == 65)
    }

    @Test("file and line, an option, a stated quorum, a substitute and an action item's day, in German and English",
          arguments: [
              (StoreError.invalid("leitlinien.md", line: 7, .sectionTwice(code: "A", firstLine: 1)),
               "leitlinien.md:7: Abschnitt A kommt zweimal vor (zuerst in Zeile 1)", "leitlinien.md:7: section A appears twice (first at line 1)"),
              (.invalid("--rejected-older-than", line: 0, .negativeDays(-3)),
               "--rejected-older-than: -3: bitte eine Zahl von Tagen angeben, 0 oder mehr", "--rejected-older-than: -3: give a number of days, 0 or more"),
              (.invalid("quorum-note", line: 0, .quorumStated(word: "beschlussfähig")),
               "quorum-note: die Anmerkung zum Quorum darf das berechnete Quorum ergänzen, nicht selbst nennen („beschlussfähig“): "
                  + "es wird aus der Anwesenheit berechnet",
               "quorum-note: the quorum note may add to the computed quorum, not state it ('beschlussfähig'): the figure is computed from attendance"),
              (.invalid("status", line: 0, .substitutePresent(substitute: "Elif Arslan", holder: "Mara Feld")),
               "status: Elif Arslan vertritt Mara Feld; bitte zuerst Elif Arslan als abwesend eintragen",
               "status: Elif Arslan stands in for Mara Feld; set Elif Arslan absent first"),
              (.invalid("on", line: 0, .doneBeforeMeeting(CalendarDay(year: 2026, month: 11, day: 1)!, meeting: CalendarDay(year: 2026, month: 11, day: 20)!)),
               "on: 01.11.2026 liegt vor der Sitzung (20.11.2026), die die Aufgabe beschlossen hat",
               "on: 2026-11-01 is before the meeting (2026-11-20) that agreed it"),
              (.invalid("arrived-at-top", line: 0, .noTop(99)),
               "arrived-at-top: diese Sitzung hat keinen TOP 99", "arrived-at-top: this meeting has no TOP 99"),
              (.invalid("a.csv", line: 0, .notUTF8),
               "a.csv: kein gültiger UTF-8-Text (die Datei als UTF-8 speichern)", "a.csv: not valid UTF-8 text (save the file as UTF-8)"),
          ])
    func words(error: StoreError, german: String, english: String) {
        #expect(Self.de(.storeError(error)) == german)
        #expect(Self.en(.storeError(error)) == english)
        #expect(error.exitCode == 65)
    }

    @Test("a --map to fix, in German and English")
    func csvMapping() {
        #expect(Self.de.csvMapping(.notAPair("body")) == "„body“ ist nicht Feld=Spalte")
        #expect(Self.en.csvMapping(.notAPair("body")) == "'body' is not field=Column")
    }
}

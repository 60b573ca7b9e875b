import Foundation
import ModeratCore
import ModeratStore
import Testing
@testable import ModeratApp

/// The store's typed errors and the config's problems, worded for a German and an English
/// session, word for word (one of each kind; the stories show them on screen).
@Suite("Store error words")
struct StoreErrorWordsTests {
    static let de = Localizer(.de), en = Localizer(.en)

    @Test("something missing, the last admin, a term ending before it starts and an unreadable import row, in German and English")
    func words() {
        let cases: [(StoreError, String, String)] = [
            (.notFound(.passageNumber(commentId: 12, number: 3, count: 2)),
             "Beitrag 12 hat die Passagen 1 bis 2, nicht 3.", "Comment 12 has passages 1 to 2, not 3."),
            (.notFound(.board("rat", known: ["beirat"])),
             "Das Gremium „rat“ gibt es nicht (Gremien hier: beirat).", "There is no board 'rat' (boards here: beirat)."),
            (.refusal(.lastAdmin(account: "anna", .role(.viewer))),
             "anna kann nicht Lesen werden: mindestens eine Administration muss bleiben; bitte zuerst ein anderes Konto zur Administration machen. "
                + "Nichts wurde geändert.",
             "Cannot make anna viewer: at least one admin must remain; make another account admin first. Nothing was changed."),
            (.refusal(.termEndsBeforeStart(ends: CalendarDay(year: 2026, month: 1, day: 1)!, starts: CalendarDay(year: 2026, month: 2, day: 1)!)),
             "eine Amtszeit kann nicht enden (01.01.2026), bevor sie beginnt (01.02.2026); nichts wurde geändert",
             "a term cannot end (2026-01-01) before it starts (2026-02-01); nothing was changed"),
            (.refusal(.considerationAlready(.passage(number: 2, commentId: 12), .agreed)),
             "Die Abwägung der Passage 2 von Beitrag 12 ist schon beschlossen; nichts wurde geändert.",
             "The consideration of passage 2 of comment 12 is already agreed; nothing was changed."),
            (.importProblem(file: "a.csv", line: 3, .fieldCount(expected: 4, found: 3, unclosedQuote: true)),
             "a.csv:3: erwartet werden 4 Felder wie in der Kopfzeile, gefunden 3 (ein Anführungszeichen, das nie geschlossen wird?)",
             "a.csv:3: expected 4 fields as in the header, found 3 (a quote that is never closed?)"),
        ]
        for (error, german, english) in cases {
            #expect(Self.de(.storeError(error)) == german)
            #expect(Self.en(.storeError(error)) == english)
            #expect(error.exitCode == (error == cases.last?.0 ? 65 : 1))
        }
    }

    @Test("a TOP someone else changed: who and when, in the session's language")
    func minutesConflict() {
        let now = Date(timeIntervalSince1970: 1_795_788_000)
        let error = StoreError.conflict(.minutesItem(top: 3, by: "Ines Hartmann", at: now.addingTimeInterval(-3600), now: now))
        #expect(Self.de(.storeError(error)) == "TOP 3 wurde von Ines Hartmann um 14:00 geändert, seit Sie ihn bearbeiten; nichts wurde überschrieben.")
        #expect(Self.en(.storeError(error)) == "TOP 3 was changed by Ines Hartmann at 14:00 since you started editing; nothing was overwritten.")
    }

    @Test("a broken config names file and line in both languages")
    func config() throws {
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.parse("theme: default\nlanguage: fr\n", file: "c.yaml") }
        #expect(error?.words(.de) == "c.yaml:2: language: „fr“ ist keins von de, en")
        #expect(error?.words(.en) == "c.yaml:2: language: 'fr' is not one of de, en")
    }

    @Test("a decision line the minutes editor cannot read, in German and English")
    func minutesLine() throws {
        let problem = try #require(AgendaMinutesText.parse("Ergebnis.\nBeschluss 4/6/0 angenommen: Der Antrag.").problems.first)
        #expect(MinutesLineText.words(problem, .de) == "Zeile 2: 4 Ja zu 6 Nein ist keine Mehrheit: der Antrag wurde abgelehnt")
        #expect(MinutesLineText.words(problem, .en) == "line 2: 4 yes to 6 no is no majority: the motion was abgelehnt")
    }
}

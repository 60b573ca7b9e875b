import Testing
@testable import ModeratCore

@Suite("Word diff and passages")
struct ConsiderationRulesTests {
    @Test("A changed word shows as deleted then inserted, the rest stays")
    func oneWord() {
        #expect(WordDiff.compare("Die Liste erscheint vierteljährlich im Netz.", "Die Liste erscheint monatlich im Netz.")
                == [.same("Die Liste erscheint"), .deleted("vierteljährlich"), .inserted("monatlich"), .same("im Netz.")])
    }

    @Test("Words inserted and deleted in the middle of a long text; the same text has no change")
    func middle() {
        let old = "a b c d e f g"
        #expect(WordDiff.compare(old, old) == [.same(old)])
        #expect(WordDiff.compare(old, "a b x c d f g y") == [.same("a b"), .inserted("x"), .same("c d"), .deleted("e"), .same("f g"), .inserted("y")])
        #expect(WordDiff.compare("", "neu hier") == [.inserted("neu hier")])
        #expect(WordDiff.compare("weg damit", "") == [.deleted("weg damit")])
    }

    @Test("Paragraph breaks are kept as tokens; extra spaces are no change")
    func paragraphs() {
        #expect(WordDiff.compare("Erster  Absatz.\n\nZweiter Absatz.", "Erster Absatz.\n\nZweiter, neuer Absatz.")
                == [.same("Erster Absatz.\n\n"), .deleted("Zweiter"), .inserted("Zweiter, neuer"), .same("Absatz.")])
    }

    @Test("A comment's paragraphs become passage ranges; a split must be two non-overlapping passages")
    func passages() throws {
        let body = "Erstens: Kosten.\n\n  \nZweitens: Schwelle.\nNoch eine Zeile."
        let ranges = Passages.paragraphs(of: body)
        #expect(ranges.map { $0.text(in: body) } == ["Erstens: Kosten.", "Zweitens: Schwelle.\nNoch eine Zeile."])
        #expect(try Passages.validate(ranges.reversed(), body: body) == ranges)
        #expect(throws: Passages.Refusal.tooFew) { try Passages.validate([ranges[0]], body: body) }
        #expect(throws: Passages.Refusal.overlapping(PassageRange(start: 0, end: 10), PassageRange(start: 5, end: 20))) {
            try Passages.validate([PassageRange(start: 0, end: 10), PassageRange(start: 5, end: 20)], body: body)
        }
        #expect(throws: Passages.Refusal.outside(PassageRange(start: 40, end: 90), length: body.count)) {
            try Passages.validate([ranges[0], PassageRange(start: 40, end: 90)], body: body)
        }
    }

    @Test("Outcomes have German and English labels; adopted and partly count for the press figure")
    func outcomes() {
        #expect(ConsiderationOutcome.allCases.map(\.labelDE) == ["übernommen", "teilweise übernommen", "nicht übernommen",
                                                                  "bereits berücksichtigt", "zur Kenntnis genommen"])
        #expect(ConsiderationOutcome.allCases.filter(\.isAdopted) == [.adopted, .partly])
        #expect(ConsiderationOutcome(rawValue: "not-adopted") == .notAdopted)
    }
}

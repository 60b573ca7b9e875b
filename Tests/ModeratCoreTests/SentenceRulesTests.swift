import Testing
@testable import ModeratCore

@Suite("Sentences for passages")
struct SentenceRulesTests {
    static func texts(_ body: String) -> [String] { Passages.sentences(of: body).map { $0.text(in: body) } }

    @Test("A sentence ends at . ! ? … before a capital, a digit or a quote, and at every line break")
    func boundaries() {
        #expect(Self.texts("Erstens sind die Fristen zu kurz. Zweitens fehlt etwas! 250 sind zu viele? „Zitat“ am Ende…")
                == ["Erstens sind die Fristen zu kurz.", "Zweitens fehlt etwas!", "250 sind zu viele?", "„Zitat“ am Ende…"])
        #expect(Self.texts("Erste Zeile ohne Punkt\n\n  Zweite Zeile.\nDritte") == ["Erste Zeile ohne Punkt", "Zweite Zeile.", "Dritte"])
        #expect(Self.texts("Das gilt ab 1. März, sagt er. ok.") == ["Das gilt ab 1. März, sagt er. ok."], "an ordinal and a lower-case word start no sentence")
        #expect(Self.texts("(So ist es.) Danach") == ["(So ist es.)", "Danach"])
        #expect(Self.texts("   ").isEmpty)
    }

    @Test("Cutting sentences out of a comment gives the text before, the chosen sentences and the text after; the whole text is no cut")
    func cut() throws {
        let body = "Eins. Zwei. Drei."
        let sentences = Passages.sentences(of: body)
        let middle = try #require(Passages.cut(body, sentences: sentences, from: 1, to: 1))
        #expect(middle.ranges.map { $0.text(in: body) } == ["Eins.", "Zwei.", "Drei."])
        #expect(middle.chosen == 1)
        let tail = try #require(Passages.cut(body, sentences: sentences, from: 1, to: 2))
        #expect(tail.ranges.map { $0.text(in: body) } == ["Eins.", "Zwei. Drei."])
        #expect(tail.chosen == 1)
        #expect(Passages.cut(body, sentences: sentences, from: 0, to: 2) == nil)
        #expect(try Passages.validate(tail.ranges, body: body) == tail.ranges)
    }
}

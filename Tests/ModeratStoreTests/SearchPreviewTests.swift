import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("A search's first page before its full list")
struct SearchPreviewTests {
    @Test("The preview's rows are exactly the search's first rows, or it steps aside")
    func previewEqualsSearch() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let words = ["Beteiligung", "Beteiligungsbeirat", "beteiligt", "Bürgerbeteiligung", "Straße", "Straßenbahn",
                     "Radweg", "Radwege", "Rad-Weg", "über", "Überweg", "Café", "naïve", "Lärm", "Lärmschutz", "2026",
                     "B1", "b12", "Kaiserslautern", "KL", "Stiftsplatz", "Ärger", "ärgerlich", "E-Mail", "Mail",
                     "„Spielplatz“", "Spielplätze…", "Øresund", "ﬁnden", "Ça", "Éva", "–", "rad.weg"]
        // (A combining mark anywhere leaves a row to FTS5, see below: none here, as stored text is NFC.)
        var random = SeededRandom(seed: 16)
        for i in 0..<400 {
            let body = (0..<6).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
            try fixture.comment(process, body: body, minutesAgo: 400 - i, state: i % 3 == 0 ? .approved : .pending)
        }
        let store = fixture.store()
        let queries = ["bet", "beteiligung", "strasse", "rad", "radweg", "weg", "ueber", "laerm", "2026", "b1", "b",
                       "kaiserslautern stiftsplatz", "rad laerm", "mail", "cafe", "cafes", "e", "eva", "ca", "oresund",
                       "finden", "spielpla", "zzz", "beteiligung zzz"]
        var previewed = 0
        for query in queries {
            for filter in [QueueFilter(search: query), QueueFilter(states: [], search: query, order: .newestFirst)] {
                let expected = try store.firstPage(filter, limit: 20).map(\.id)
                guard let preview = try store.searchPreview(filter, limit: 20, control: SearchControl()) else { continue }
                previewed += 1
                #expect(preview.rows.map(\.id) == expected, "query \(query), order \(filter.order)")
                #expect(preview.more == (try store.count(filter) > 20), "query \(query)")
            }
        }
        // Most plain words are decided in Swift; the accented ones step aside.
        #expect(previewed >= 24)
        #expect(SearchPreview.tokenBegins(Array("cafe".utf8), in: "Café") == nil)
        #expect(SearchPreview.tokenBegins(Array("caf".utf8), in: "Café") == true)
        #expect(SearchPreview.tokenBegins(Array("cab".utf8), in: "Café") == false)
        #expect(SearchPreview.tokenBegins(Array("weg".utf8), in: "Rad-Weg") == true)
        #expect(SearchPreview.tokenBegins(Array("spielpla".utf8), in: IndexFolding.fold("„Spielplätze…“")) == true)
        // ﬁ and ø stay what they are in the index: no ASCII word begins such a token.
        #expect(SearchPreview.tokenBegins(Array("bet".utf8), in: "ﬁnden Øresund") == false)
        #expect(SearchPreview.tokenBegins(Array("fin".utf8), in: "ﬁnden") == nil)
        #expect(SearchPreview.tokenBegins(Array("cafes".utf8), in: "Cafe\u{301}s") == nil)
    }

    @Test("A word rarer than the preview's reach is left to the full read")
    func rareWordStepsAside() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let filler = Array(repeating: "Grünfläche", count: 3)
        for i in 0..<(SearchPreview.candidateLimit + 10) {
            try fixture.comment(process, body: filler.joined(separator: " ") + (i == 5 ? " Zwetschge" : ""), minutesAgo: 5_000 - i)
        }
        let store = fixture.store()
        // The one match comes early: found, and nothing more within reach is certain, so none.
        #expect(try store.searchPreview(QueueFilter(search: "zwetschge"), limit: 20, control: SearchControl()) == nil)
        #expect(try store.firstPage(QueueFilter(search: "zwetschge"), limit: 20).count == 1)
    }
}

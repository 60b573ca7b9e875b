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
        try fixture.comments(process, (0..<400).map { i in
            let body = (0..<6).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
            return (body, 400 - i, i % 3 == 0 ? .approved : .pending)
        })
        let store = fixture.store()
        let queries = ["bet", "beteiligung", "strasse", "rad", "radweg", "weg", "ueber", "laerm", "2026", "b1", "b",
                       "kaiserslautern stiftsplatz", "rad laerm", "mail", "cafe", "cafes", "e", "eva", "ca", "oresund",
                       "finden", "spielpla", "zzz", "beteiligung zzz"]
        // Every word here is rare at the default (at most 2,000 matches): its own matches are
        // the candidates. With no word rare (0), the queue is walked.
        var previewed: [Int: Int] = [:]
        for rareLimit in [QueueSQL.smallSet, 0] {
            for query in queries {
                for filter in [QueueFilter(search: query), QueueFilter(states: [], search: query, order: .newestFirst)] {
                    let expected = try store.firstPage(filter, limit: 20).map(\.id)
                    guard let preview = try store.searchPreview(filter, limit: 20, rareLimit: rareLimit, control: SearchControl())
                    else { continue }
                    previewed[rareLimit, default: 0] += 1
                    #expect(preview.rows.map(\.id) == expected, "query \(query), order \(filter.order), rare up to \(rareLimit)")
                    #expect(preview.more == (try store.count(filter) > 20), "query \(query), rare up to \(rareLimit)")
                }
            }
        }
        // Every plain word is decided by the index for the chunk's ids (the rows' ids follow
        // their order here); a single rare word needs no walk at all.
        #expect(previewed[0, default: 0] >= 24)
        #expect(previewed[QueueSQL.smallSet, default: 0] >= 30)
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

    @Test("A common word's first page is the same when the queue's order does not follow the ids")
    func commonWordWhateverTheIds() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        // Arrival shuffled against the ids: a chunk of the queue spans ids far apart, the
        // index would be read far, and each row's text decides instead.
        var random = SeededRandom(seed: 61)
        try fixture.comments(process, (0..<1_500).map { i in
            (i % 4 == 0 ? "Keine Angabe" : "Mehr Beteiligung am Radweg", Int(random.next() % 100_000),
             i % 5 == 0 ? .approved : .pending)
        })
        let store = fixture.store()
        for query in ["beteiligung", "radweg bet", "keine", "angabe mehr"] {
            for filter in [QueueFilter(search: query), QueueFilter(states: [], search: query, order: .newestFirst)] {
                let preview = try store.searchPreview(filter, limit: 20, rareLimit: 0, control: SearchControl())
                #expect(preview?.rows.map(\.id) == (try store.firstPage(filter, limit: 20).map(\.id)), "query \(query)")
                #expect(preview?.more == (try store.count(filter) > 20), "query \(query)")
            }
        }
    }

    @Test("A word rarer than the walk's reach is found from its own matches, alone or with a common word")
    func rareWordFromItsMatches() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let filler = Array(repeating: "Grünfläche", count: 3)
        try fixture.comments(process, (0..<(SearchPreview.candidateLimit + 10)).map { i in
            (filler.joined(separator: " ") + (i == 5 || i == 2_005 ? " Zwetschge" : ""), 5_000 - i, i == 5 ? .approved : .pending)
        })
        let store = fixture.store()
        // Walking 2,000 rows of the queue would not reach the one pending match.
        let preview = try store.searchPreview(QueueFilter(search: "zwetschge"), limit: 20, control: SearchControl())
        #expect(preview?.rows.count == 1)
        #expect(preview?.more == false)
        #expect(preview?.rows.map(\.id) == (try store.firstPage(QueueFilter(search: "zwetschge"), limit: 20).map(\.id)))
        // With a common word, the rare word's few matches are checked for it in Swift.
        let both = QueueFilter(states: [], search: "grünfl zwetschge", order: .newestFirst)
        #expect(try store.searchPreview(both, limit: 20, control: SearchControl())?.rows.map(\.id)
            == (try store.firstPage(both, limit: 20).map(\.id)))
        #expect(try store.searchPreview(both, limit: 20, control: SearchControl())?.rows.count == 2)
        // Without a rare word, nothing within the walk's reach decides it: the full read does.
        #expect(try store.searchPreview(QueueFilter(search: "zwetschge"), limit: 20, rareLimit: 0, control: SearchControl()) == nil)
    }
}

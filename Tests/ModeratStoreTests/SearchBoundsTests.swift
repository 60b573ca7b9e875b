import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("Search bounds")
struct SearchBoundsTests {
    /// `d di die b be` repeated forty times: 200 terms as typed.
    static let twoHundredTerms = Array(repeating: "d di die b be", count: 40).joined(separator: " ")

    @Test("Repeated words and words another word begins with are dropped before the index is asked")
    func redundantWordsDropped() {
        #expect(SearchQuery.fts5(Self.twoHundredTerms) == #""die"* "be"*"#)
        #expect(SearchQuery.fts5("Rad rad RADWEG radweg") == #""RADWEG"*"#)
        #expect(SearchQuery.fts5("Straße strasse STRASSENBAHN") == #""STRASSENBAHN"*"#)
        // A word with a hyphen is left to FTS5's tokenizer: only exact repeats of it go.
        #expect(SearchQuery.fts5("Rad-Weg rad rad-weg") == #""Rad-Weg"* "rad"*"#)
        #expect(SearchQuery.plainWords(Self.twoHundredTerms) == ["die", "be"])
    }

    @Test("The 200-term query finds what its two remaining words find, well within a second")
    func twoHundredTermsAnswered() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let both = try fixture.comment(process, body: "Die Bebauung am Bahnhof")
        try fixture.comment(process, body: "Die Bäume bleiben")  // "bleiben" begins with b, not be
        try fixture.comment(process, body: "Beteiligung ohne Artikel")
        let store = fixture.store()
        let started = ContinuousClock.now
        let rows = try store.firstPage(QueueFilter(states: [], search: Self.twoHundredTerms), limit: 50)
        #expect(ContinuousClock.now - started < .seconds(1))
        #expect(rows.map(\.id) == [both])
    }

    @Test("More than eight different words, or more than 1,000 characters, are refused before anything is read")
    func boundsRefused() throws {
        let fixture = try Fixture()
        let store = fixture.store()
        let nine = "eins zwei drei vier fuenf sechs sieben acht neun"
        #expect(throws: SearchRefusal.tooManyWords(words: 9, limit: 8)) {
            try store.firstPage(QueueFilter(search: nine), limit: 10)
        }
        #expect(throws: SearchRefusal.tooManyWords(words: 9, limit: 8)) {
            try store.count(QueueFilter(search: nine), upTo: 1000)
        }
        // Eight words, each repeated: allowed.
        _ = try store.firstPage(QueueFilter(search: nine.split(separator: " ").dropLast().map { "\($0) \($0)" }.joined(separator: " ")), limit: 10)
        let long = String(repeating: "a", count: 1_001)
        #expect(throws: SearchRefusal.tooLong(characters: 1_001, limit: 1_000)) {
            try store.firstPage(QueueFilter(search: long), limit: 10)
        }
        #expect(SearchRefusal.tooManyWords(words: 9, limit: 8).description.contains("at most 8"))
    }

    @Test("A cancelled search stops before it reads, and a running statement stops at its time limit")
    func cancelAndTimeLimit() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        try fixture.comment(process, body: "Radweg am Fluss")
        let store = fixture.store()
        let control = SearchControl()
        control.cancel()
        #expect(throws: SearchRefusal.cancelled) {
            try store.prepareSearch(QueueFilter(search: "radweg"), control: control)
        }
        // SQLite's progress handler stops a statement that would run for minutes.
        let slow = SearchControl(timeLimit: .milliseconds(50))
        let started = ContinuousClock.now
        #expect(throws: SearchRefusal.tooSlow(seconds: 0)) {
            try fixture.database.pool.read { db in
                try slow.watching(db) {
                    try Int.fetchOne(db, sql: """
                        WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000)
                        SELECT count(*) FROM n
                        """)
                }
            }
        }
        #expect(ContinuousClock.now - started < .seconds(1))
        // The handler is gone afterwards: the same connection answers again.
        #expect(try store.firstPage(QueueFilter(search: "radweg"), limit: 10).count == 1)
    }
}

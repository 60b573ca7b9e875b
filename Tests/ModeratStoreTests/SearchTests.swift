import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("German search")
struct SearchTests {
    /// Ids the queue finds for `text`, over every state.
    func find(_ store: Store, _ text: String) throws -> Set<Int64> {
        Set(try store.firstPage(QueueFilter(states: [], search: text), limit: 100).map(\.id))
    }

    @Test("Straße, strasse and STRASSE find each other, as do über and ueber")
    func foldingFindsSpellings() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let strasse = try fixture.comment(process, body: "Die Straße vor der Schule ist zu laut.")
        let strasse2 = try fixture.comment(process, body: "Mehr Grün in der STRASSE bitte", state: .approved)
        let ueber = try fixture.comment(process, body: "Ich habe mich über die Beteiligung gefreut.")
        let ueber2 = try fixture.comment(process, body: "ueber die Leitlinien reden")
        let other = try fixture.comment(process, body: "Nichts davon")
        let store = fixture.store()
        for query in ["Straße", "strasse", "STRASSE", "Strasse", "straß"] {
            #expect(try find(store, query) == [strasse, strasse2], "query \(query)")
        }
        for query in ["über", "ueber", "ÜBER", "Ueber"] {
            #expect(try find(store, query) == [ueber, ueber2], "query \(query)")
        }
        #expect(!(try find(store, "strasse")).contains(other))
    }

    @Test("Search finds the author's name and needs every word")
    func authorAndAllWords() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let jürgen = try fixture.author("Jürgen Weiß")
        let a = try fixture.comment(process, author: jürgen, body: "Radwege ausbauen")
        try fixture.comment(process, body: "Radwege sind gut")
        let store = fixture.store()
        #expect(try find(store, "juergen") == [a])
        #expect(try find(store, "weiss radweg") == [a])
        // Renaming the author (erasure) re-indexes their comments.
        try fixture.insert("UPDATE author SET display_name = 'gelöscht' WHERE id = ?", [jürgen])
        #expect(try find(store, "juergen").isEmpty)
        #expect(try find(store, "geloescht") == [a])
    }

    @Test("Whatever the user types is never an FTS syntax error")
    func noSyntaxErrors() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let quoted = try fixture.comment(process, body: #"Er sagte "NEAR" und AND (OR) *"#)
        let store = fixture.store()
        for query in [#"""#, "AND", "(", "foo OR", "NEAR(", "*", "-", "a:b", "\"near\"", "^x", "   "] {
            _ = try find(store, query)
        }
        #expect(try find(store, "near").contains(quoted))
        #expect(try find(store, "\"NEAR\" AND").contains(quoted))
    }

    @Test("The schema's SQL folding and GermanFolding.spellOut agree on every word")
    func sqlFoldEqualsSwiftFold() throws {
        let fixture = try Fixture()
        let words = ["Straße", "STRASSE", "über", "Übermorgen", "Ärger", "Öffentlichkeit", "Mädchen", "GROẞ",
                     "schön", "Fußgängerüberweg", "naïve", "Ça va", "Kaiserslautern", "", "ß", "ÄÖÜäöüßẞ",
                     "a\u{308}rger"]
        let sql = "SELECT \(Migration001Initial.foldSQL("?"))"
        for word in words {
            // Stored text is NFC (import normalises), so the SQL side gets NFC too.
            let stored = word.precomposedStringWithCanonicalMapping
            let folded = try fixture.database.pool.read { db in try String.fetchOne(db, sql: sql, arguments: [stored]) }
            #expect(folded == GermanFolding.spellOut(word), "word \(word)")
        }
    }

    @Test("The search query quotes every word as a prefix phrase")
    func ftsQueryShape() {
        #expect(SearchQuery.fts5("Straße über") == #""Strasse"* "ueber"*"#)
        #expect(SearchQuery.fts5(#"say "hi""#) == #""say"* """hi"""*"#)
        #expect(SearchQuery.fts5("  -- ** ") == nil)
    }

    @Test("A plain word read term by term finds exactly what FTS5's prefix query finds")
    func termByTermEqualsPrefixQuery() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let words = ["Beteiligung", "Beteiligungsbeirat", "beteiligt", "Bürgerbeteiligung", "Straße", "Straßenbahn",
                     "Radweg", "Radwege", "Rad-Weg", "über", "Überweg", "Café", "naïve", "Lärm", "Lärmschutz", "2026",
                     "B1", "b12", "Kaiserslautern", "KL", "Stiftsplatz", "Ärger", "ärgerlich", "E-Mail", "Mail"]
            + (0..<80).map { "ab\($0)x" }
        var random = SeededRandom(seed: 5)
        try fixture.comments(process, (0..<400).map { i in
            let body = (0..<6).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
            return (body, 60, CommentState.allCases[i % CommentState.allCases.count])
        })
        let queries = ["bet", "beteiligung", "BETEILIGUNGS", "strasse", "Straße", "rad", "radweg", "weg", "ueber", "über",
                       "laerm", "2026", "b1", "b", "k", "kaiserslautern stiftsplatz", "rad laerm", "ab", "ab1", "zzz",
                       "mail", "cafe", "e", "beteiligung zzz"]
        try fixture.database.pool.read { db in
            for query in queries {
                let match = try #require(SearchQuery.fts5(query))
                let viaPrefix = try Int64.fetchAll(db, sql: "SELECT rowid FROM comment_fts WHERE comment_fts MATCH ? ORDER BY rowid",
                                                   arguments: [match])
                #expect(try SearchHits.read(db, search: query, match: match).ids == viaPrefix, "query \(query)")
            }
            // "ab" begins 80 terms, more than a term-by-term read takes on.
            #expect(try PrefixTerms.expand(db, prefix: "ab") == nil)
            #expect(try PrefixTerms.expand(db, prefix: "beteiligung") == ["beteiligung", "beteiligungsbeirat"])
        }
        #expect(SearchQuery.plainWords("Straße Rad") == ["strasse", "rad"])
        #expect(SearchQuery.plainWords("Rad-Weg") == nil)
        #expect(SearchQuery.plainWords("Café") == nil)
    }
}

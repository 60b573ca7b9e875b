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
}

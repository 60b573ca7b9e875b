import Testing
@testable import ModeratApp

@Suite("What a search lights up in a row")
struct SearchHighlightTests {
    @Test("a search word lights up in any case, spelled out or with its umlaut, wherever it stands")
    func foldedMatches() {
        let row = Array("Mehr BETEILIGUNG an der Straße – über die Beteiligung: Ärger (straße)")
        let ranges = SearchHighlight.clusterRanges(of: "beteiligung strasse ueber aerger", in: row)
        let words = ranges.sorted { $0.lowerBound < $1.lowerBound }.map { String(row[$0]) }
        #expect(words == ["BETEILIGUNG", "Straße", "über", "Beteiligung", "Ärger", "straße"])
        #expect(SearchHighlight.contains("zwetschge", in: "Am Zwetschgenwäldchen") == true)
        #expect(SearchHighlight.contains("wald", in: "Am Zwetschgenwäldchen") == false)
        #expect(SearchHighlight.contains("cafe", in: "Ein Café") == true)
    }
}

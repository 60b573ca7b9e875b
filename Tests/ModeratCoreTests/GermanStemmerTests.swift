import ModeratCore
import Testing

@Suite("The stemmer and a letter's core words stay what they were")
struct GermanStemmerTests {
    /// Stems as the array-based stemmer made them before it worked on pointers (fingerprints
    /// are stored, so a changed stem would split campaigns between old and new comments):
    /// every ending it strips, the umlauts spelled out and reduced, and words it leaves alone.
    @Test("Each ending and spelling gives the stem it gave before")
    func stemsArePinned() {
        let stems: [(String, String)] = [
            ("Einwohnerinnen", "einwoh"), ("Bürgerin", "burg"), ("Planungen", "plan"), ("Beteiligung", "beteilig"),
            ("Dokumentation", "dokumentatio"), ("dokumentiert", "dokument"), ("Sicherheit", "sicher"),
            ("Möglichkeit", "moglich"), ("ärgerlich", "aerger"), ("politisch", "polit"), ("Räte", "rat"),
            ("Straße", "stra"), ("neue", "neu"), ("Bürgerinitiativen", "burgerinitiativ"), ("Verwaltungen", "verwalt"),
            ("informieren", "informi"), ("Freiheit", "frei"), ("Beiräte", "beirat"), ("Spaziergang", "spaziergang"),
            ("Finanzierung", "finanz"), ("Sanierungen", "sanier"), ("Reparatur", "reparatur"), ("Papier", "papi"),
            ("Ab", "ab"), ("über", "ueber"), ("Gemeinderäte", "gemeinderat"), ("Ausschüssen", "ausschu"),
            ("Häuser", "hau"), ("Grünflächen", "grunflach"), ("Haltestelle", "haltestell"),
        ]
        for (word, stem) in stems {
            #expect(GermanStemmer.stem(word) == stem, "\(word)")
        }
    }

    @Test("A letter's core words come stemmed, without greeting and closing, in order")
    func coreWords() {
        var words: [String] = []
        LetterText.forEachCoreWord("Sehr geehrte Damen und Herren,\r\ndie Planungen für die STRASSE sind ärgerlich.\nMit freundlichen Grüßen\nErika") {
            words.append(String(decoding: $0, as: UTF8.self))
        }
        #expect(words == ["die", "plan", "fur", "die", "stra", "sind", "aerger"])
    }
}

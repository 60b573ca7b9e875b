import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore
@testable import ModeratSamples

/// The labelled comments of Fixtures/section-labels.tsv: (section, text).
enum SectionLabels {
    static func load() throws -> [(section: String, text: String)] {
        let text = try String(contentsOfFile: ImportFixtures.path("section-labels.tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { return nil }
            return (String(line[..<tab]), String(line[line.index(after: tab)...]))
        }
    }

    /// Share of comments whose section is among the first `k` of `ranked`.
    static func accuracy(_ labels: [(section: String, text: String)], k: Int, ranked: (String) throws -> [String]) rethrows -> Double {
        var hits = 0
        for label in labels where try ranked(label.text).prefix(k).contains(label.section) { hits += 1 }
        return Double(hits) / Double(labels.count)
    }

    /// The baseline: the comment's words OR-ed into one FTS5 query over the sections' title
    /// and body (unicode61, umlauts folded as search folds them), best bm25 first.
    static func bm25(_ db: Database, _ text: String) throws -> [String] {
        let words = Set(GermanAnalyzer.words(text)).map { "\"\($0)\"" }
        guard !words.isEmpty else { return [] }
        return try String.fetchAll(db, sql: "SELECT code FROM temp.section_bm25 WHERE section_bm25 MATCH ? ORDER BY bm25(section_bm25)",
                                   arguments: [words.joined(separator: " OR ")])
    }
}

@Suite("Section suggestions")
struct SectionSuggestionTests {
    @Test("German word forms meet: Beiräte and Beirat, Straße and Strasse, compounds split against the vocabulary")
    func wordForms() {
        #expect(GermanStemmer.stem("Beiräte") == GermanStemmer.stem("Beirat"))
        #expect(GermanStemmer.stem("Beiraete") == GermanStemmer.stem("Beiräten"))
        #expect(GermanStemmer.stem("Straße") == GermanStemmer.stem("Strasse"))
        #expect(GermanStemmer.stem("Einwohnerinnen") == GermanStemmer.stem("Einwohner"))
        let splitter = CompoundSplitter(vocabulary: ["beteiligung", "beirat", "verfahren", "buerger"])
        #expect(splitter.parts(of: "beteiligungsbeirat") == [GermanStemmer.stem("Beteiligung"), "beirat"])
        let parts = splitter.parts(of: "buergerbeteiligungsverfahren")
        #expect(parts.contains(GermanStemmer.stem("Beteiligung")) && parts.contains(GermanStemmer.stem("Verfahren")))
        #expect(splitter.parts(of: "haustuer") == [])
    }

    @Test("A comment about the Beirat is suggested the section titled Beteiligungsbeirat first, without any tagged comments")
    func compoundTitle() throws {
        let ranker = SectionRanker(sections: DemoGuidelines.sections.map { SectionEvidence(code: $0.code, title: $0.title, body: $0.body) })
        #expect(ranker.rank("Wie oft tagen die Beiräte eigentlich?").first?.code == "G1")
        #expect(ranker.rank("Die Koordinierungsstelle braucht mehr Personal.").first?.code == "G2")
    }

    @Test("Tagged comments teach the ranking: a word only moderators' tags tie to a section brings it up")
    func taggedCommentsTeach() {
        let plain = DemoGuidelines.sections.map { SectionEvidence(code: $0.code, title: $0.title, body: $0.body) }
        let text = "Infostand auf dem Wochenmarkt!"
        let taught = plain.map { section in
            section.code == "B1"
                ? SectionEvidence(code: "B1", title: section.title, body: section.body,
                                  taggedComments: ["Ein Infostand auf dem Wochenmarkt erreicht viele Menschen."])
                : section
        }
        #expect(SectionRanker(sections: plain).rank(text).first?.code != "B1")
        #expect(SectionRanker(sections: taught).rank(text).first?.code == "B1")
    }

    @Test("On the labelled set: top-3 at least 90 %, top-1 at least 75 %, each better than a plain bm25 query")
    func labelledAccuracy() throws {
        let labels = try SectionLabels.load()
        #expect(labels.count >= 40)
        let f = try DemoFixture.copy()

        // Sections alone (a new consultation nobody has tagged yet).
        let sectionsOnly = SectionRanker(sections: DemoGuidelines.sections.map { SectionEvidence(code: $0.code, title: $0.title, body: $0.body) })
        let alone = { (text: String) in sectionsOnly.rank(text).map(\.code) }
        // With the demo's tagged comments teaching (one ranker, as the CLI builds it per comment).
        let evidence = try f.database.pool.read { db in
            try ModeratDatabase.evidence(db, processId: try #require(try Int64.fetchOne(db, sql: "SELECT id FROM process WHERE slug = 'leitlinien'")),
                                         excluding: nil).evidence
        }
        let taughtRanker = SectionRanker(sections: evidence)
        let taught = { (text: String) in taughtRanker.rank(text).map(\.code) }
        let baseline = try f.database.pool.write { db -> (Double, Double) in
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.section_bm25 USING fts5(code UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')")
            for section in DemoGuidelines.sections {
                try db.execute(sql: "INSERT INTO temp.section_bm25(code, title, body) VALUES (?, ?, ?)",
                               arguments: [section.code, GermanFolding.spellOut(section.title), GermanFolding.spellOut(section.body)])
            }
            let top1 = try SectionLabels.accuracy(labels, k: 1) { try SectionLabels.bm25(db, $0) }
            let top3 = try SectionLabels.accuracy(labels, k: 3) { try SectionLabels.bm25(db, $0) }
            return (top1, top3)
        }
        let figures = (
            alone1: SectionLabels.accuracy(labels, k: 1, ranked: alone), alone3: SectionLabels.accuracy(labels, k: 3, ranked: alone),
            taught1: SectionLabels.accuracy(labels, k: 1, ranked: taught), taught3: SectionLabels.accuracy(labels, k: 3, ranked: taught))
        print("section suggestions on \(labels.count) labelled comments: "
              + "sections alone top-1 \(percent(figures.alone1)) top-3 \(percent(figures.alone3)); "
              + "with the demo's tags top-1 \(percent(figures.taught1)) top-3 \(percent(figures.taught3)); "
              + "bm25 top-1 \(percent(baseline.0)) top-3 \(percent(baseline.1))")
        for label in labels {
            let ranked = taught(label.text)
            if ranked.first != label.section { print("  miss \(label.section) → \(ranked.prefix(3).joined(separator: ",")): \(label.text)") }
        }
        #expect(figures.taught3 >= 0.9)
        #expect(figures.taught1 >= 0.75)
        #expect(figures.taught1 > baseline.0 && figures.taught3 > baseline.1)
        #expect(figures.alone1 >= baseline.0 && figures.alone3 > baseline.1)
    }

    private func percent(_ value: Double) -> String { String(format: "%.0f %%", value * 100) }
}

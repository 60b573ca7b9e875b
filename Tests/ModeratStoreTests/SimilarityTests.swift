import Foundation
import GRDB
import ModeratCore
import ModeratSamples
import Testing
@testable import ModeratStore

/// One letter of a campaign and the ways its senders change it.
enum CampaignLetter {
    static let sentences = [
        "Wir fordern, dass im Beteiligungsbeirat mindestens zehn ausgeloste Einwohnerinnen und Einwohner sitzen.",
        "Die Verwaltung darf im Beirat nicht mehr Stimmen haben als die Bürgerschaft.",
        "Außerdem müssen alle Sitzungen des Beirats öffentlich sein und im Internet übertragen werden.",
        "Die Geschäftsordnung soll von den Mitgliedern selbst beschlossen werden und nicht von der Stadtverwaltung.",
        "Nur so wird der Beirat zu einem echten Instrument der Bürgerbeteiligung in unserer Stadt.",
    ]
    static let greetings = ["Sehr geehrte Damen und Herren,", "Liebe Koordinierungsstelle,", "Hallo,", "Guten Tag,", ""]
    static let closings = ["Mit freundlichen Grüßen", "Viele Grüße", "MfG", "Beste Grüße", "Herzliche Grüße"]

    /// Variant `n`: its own greeting and signature, sometimes other case, sentence order, a changed word.
    static func variant(_ n: Int) -> String {
        var body = sentences
        if n % 3 == 1 { body.swapAt(0, 2) }
        if n % 4 == 2 { body.reverse() }
        if n % 5 == 3 { body[1] = body[1].replacingOccurrences(of: "nicht mehr Stimmen", with: "keinesfalls mehr Stimmen") }
        if n % 6 == 4 { body[4] = body[4].replacingOccurrences(of: "unserer Stadt", with: "Kaiserslautern") }
        if n % 7 == 5 { body[3] = body[3].replacingOccurrences(of: "Straße", with: "Strasse") + " Bitte!" }
        var text = body.joined(separator: n % 2 == 0 ? " " : "\n")
        if n % 8 == 6 { text = text.uppercased() }
        let greeting = greetings[n % greetings.count]
        let signature = "\(closings[n % closings.count])\nPerson \(n)\(n % 3 == 0 ? "\nMusterweg \(n), 67655 Kaiserslautern" : "")"
        return (greeting.isEmpty ? "" : greeting + "\n\n") + text + "\n\n" + signature
    }
}

@Suite("Campaigns and waves")
struct SimilarityTests {
    @Test("Greetings, signatures, case, word order and a changed word leave a letter's fingerprint nearly the same")
    func fingerprint() {
        let a = TextFingerprint(CampaignLetter.variant(0)), b = TextFingerprint(CampaignLetter.variant(13))
        #expect(MinHash.jaccard(a.words, b.words) >= 0.8)
        #expect(a.exact != b.exact || a.words == b.words)
        #expect(!TextFingerprint("Gute Idee, bitte umsetzen!").isComparable)
    }

    @Test("A comment's words read again are its fingerprint's words; a text too short to be compared gets no signature made")
    func wordsAlone() {
        var fingerprinter = Fingerprinter()
        for n in [0, 6, 13] {
            let text = CampaignLetter.variant(n)
            let full = TextFingerprint(text)
            #expect(fingerprinter.words(text) == full.words)
            #expect(full.isComparable && full.minHash == MinHash(words: full.words) && full.sketch == WordSketch(words: full.words))
        }
        // Ascending and each once, short texts (sorted by insertion) and long ones (by the standard library).
        for count in [2, 20, 64, 65, 70, 200] {
            let text = (0 ..< count).map { "wort\(($0 * 7_919) % 1_000)x" }.joined(separator: " ")
            let words = TextFingerprint(text).words
            #expect(words == Array(Set(words)).sorted() && words.count == count, "\(count) words")
        }
        let short = TextFingerprint("Gute Idee, bitte umsetzen! Das wünschen sich viele hier im Viertel.")
        #expect(!short.isComparable && short.words.count > 5)
        #expect(short.minHash == MinHash(words: []) && short.sketch.count == 0)
    }

    @Test("24 variants of one letter among the 51 labelled comments are exactly one campaign group; nothing else is grouped")
    func campaign() throws {
        let f = try Fixture()
        let process = try f.process()
        var letters: [Int64] = []
        var others: [Int64] = []
        let labels = try SectionLabels.load()
        for (index, label) in labels.enumerated() {
            others.append(try f.comment(process, author: try f.author("Person O\(index)"), body: label.text, minutesAgo: 5000 - index * 60))
            if index < 24 {
                letters.append(try f.comment(process, author: try f.author("Person L\(index)"), body: CampaignLetter.variant(index),
                                             minutesAgo: 4990 - index * 60))
            }
        }
        // Same topic, own words: not part of the campaign.
        others.append(try f.comment(process, author: try f.author("Eigene Meinung"), body: """
            Ich finde, der Beteiligungsbeirat sollte vor allem mehr junge Menschen aufnehmen. Die Verwaltung hat dort \
            genug Sitze, und öffentliche Sitzungen gibt es ja schon. Eine Übertragung im Internet halte ich für übertrieben.
            """))
        try f.database.pool.write { db in _ = try SimilarityIndex.update(db, after: 0, thresholds: SimilarityThresholds()) }
        let groups = try f.database.commentGroups()
        #expect(groups.count == 1)
        #expect(groups.first?.kind == "campaign")
        #expect(groups.first?.commentIds == letters)
        #expect(groups.first?.authorCount == 24)
        #expect(throws: StoreError.notFound(.process("leitlinein")), "a misspelt process is refused, not an empty list") {
            try f.database.commentGroups(processSlug: "leitlinein")
        }
    }

    @Test("Exact duplicates by one author are a group of their own kind; a second person makes it similar, a third a campaign")
    func duplicates() throws {
        let f = try Fixture()
        let process = try f.process()
        let anna = try f.author("Anna A"), ben = try f.author("Ben B"), clara = try f.author("Clara C")
        let text = "Die Vorhabenliste sollte jeden Monat aktualisiert werden, damit man rechtzeitig von neuen Vorhaben erfährt "
            + "und sich noch vor der Entscheidung im Stadtrat einbringen kann."
        let first = try f.comment(process, author: anna, body: text, minutesAgo: 300)
        let second = try f.comment(process, author: anna, body: "Hallo,\n" + text.uppercased() + "\nGruß Anna", minutesAgo: 200)
        try f.database.pool.write { db in _ = try SimilarityIndex.update(db, after: 0, thresholds: SimilarityThresholds()) }
        #expect(try f.database.commentGroups().map(\.kind) == ["duplicate"])
        // Incremental: later imports bring the same text from someone else, then from a third person.
        let third = try f.comment(process, author: ben, body: text, minutesAgo: 100)
        try f.database.pool.write { db in _ = try SimilarityIndex.update(db, after: second, thresholds: SimilarityThresholds()) }
        #expect(try f.database.commentGroups().map(\.kind) == ["similar"])
        let fourth = try f.comment(process, author: clara, body: "Sehr geehrte Damen und Herren,\n" + text + "\nViele Grüße\nClara", minutesAgo: 50)
        try f.database.pool.write { db in _ = try SimilarityIndex.update(db, after: third, thresholds: SimilarityThresholds()) }
        let groups = try f.database.commentGroups()
        #expect(groups.map(\.kind) == ["campaign"])
        #expect(groups.first?.commentIds == [first, second, third, fourth])
        #expect(try f.database.similarityMarks(commentIds: [fourth])[fourth]?.groupSize == 4)
    }

    @Test("A letter's variant 12,000 comments after it is grouped with it from the words kept in memory, not read again from the database")
    func recentWordsKept() throws {
        let f = try Fixture()
        let process = try f.process()
        let first = try f.comment(process, author: try f.author("Person A"), body: CampaignLetter.variant(0), minutesAgo: 20_000)
        // Unrelated comments long enough to be compared, each with words of its own.
        try f.comments(process, (0 ..< 12_000).map { index in
            ((0 ..< 16).map { "wort\(index)x\($0)" }.joined(separator: " "), 19_000 - index, .pending)
        })
        let last = try f.comment(process, author: try f.author("Person B"), body: CampaignLetter.variant(13), minutesAgo: 10)
        let report = try f.database.pool.write { db in try SimilarityIndex.update(db, after: 0, thresholds: SimilarityThresholds()) }
        #expect(try f.database.commentGroups().map(\.commentIds) == [[first, last]])
        // The first letter's words were still at hand (a memory emptied every 8,000 comments had lost them).
        #expect(report.rereads == 0)
        #expect(report.comparisons == 1)
    }

    @Test("Detecting again over comments already fingerprinted keeps one fingerprint each and finds the same group")
    func detectingAgain() throws {
        let f = try Fixture()
        let process = try f.process()
        let anna = try f.author("Anna A")
        let text = "Die Vorhabenliste sollte jeden Monat aktualisiert werden, damit man rechtzeitig von neuen Vorhaben erfährt "
            + "und sich noch vor der Entscheidung im Stadtrat einbringen kann."
        let first = try f.comment(process, author: anna, body: text, minutesAgo: 300)
        let second = try f.comment(process, author: anna, body: "Hallo,\n" + text + "\nGruß Anna", minutesAgo: 200)
        for _ in 0 ..< 2 {
            try f.database.pool.write { db in _ = try SimilarityIndex.update(db, after: 0, thresholds: SimilarityThresholds()) }
        }
        #expect(try f.database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment_fingerprint") } == 2)
        let groups = try f.database.commentGroups()
        #expect(groups.map(\.kind) == ["duplicate"])
        #expect(groups.first?.commentIds == [first, second])
    }

    @Test("A wave: one account posting eight comments in six minutes is flagged; the same account's calm comments and others' are not")
    func burst() throws {
        let f = try Fixture()
        let process = try f.process()
        let spammer = try f.author("Schnellschreiber"), calm = try f.author("Ruhige Person")
        let labels = try SectionLabels.load()
        var wave: [Int64] = []
        let early = try f.comment(process, author: spammer, body: labels[0].text, minutesAgo: 3000)
        for index in 0 ..< 8 { wave.append(try f.comment(process, author: spammer, body: labels[index + 1].text, minutesAgo: 100 - index)) }
        for index in 0 ..< 8 { _ = try f.comment(process, author: calm, body: labels[index + 10].text, minutesAgo: 1000 - index * 30) }
        try f.database.pool.write { db in _ = try SimilarityIndex.update(db, after: 0, thresholds: SimilarityThresholds()) }
        let waves = try f.database.commentWaves()
        #expect(waves.count == 1)
        #expect(waves.first?.kind == "burst")
        #expect(waves.first?.author == "Schnellschreiber")
        #expect(waves.first?.commentIds.sorted() == wave)
        #expect(try f.database.similarityMarks(commentIds: [early])[early] == nil)
    }

    @Test("A wave: six new accounts posting the letter within an hour are flagged as new accounts")
    func newAccounts() throws {
        let f = try Fixture()
        let process = try f.process()
        var posted: [Int64] = []
        for index in 0 ..< 6 {
            posted.append(try f.comment(process, author: try f.author("Neu \(index)"), body: CampaignLetter.variant(index), minutesAgo: 60 - index * 5))
        }
        try f.database.pool.write { db in _ = try SimilarityIndex.update(db, after: 0, thresholds: SimilarityThresholds()) }
        let waves = try f.database.commentWaves()
        #expect(waves.map(\.kind) == ["new-accounts"])
        #expect(waves.first?.commentIds.sorted() == posted)
    }

    @Test("The demo's ordinary comments: no wave; the only campaigns are texts that three people each posted with the same words")
    func demo() throws {
        let f = try DemoFixture.copy()
        let groups = try f.database.commentGroups()
        let waves = try f.database.commentWaves()
        let kinds = Dictionary(grouping: groups, by: \.kind).mapValues(\.count)
        print("demo: \(kinds) groups of \(groups.map(\.commentIds.count).reduce(0, +)) comments; \(groups.count) groups \(groups.map { "\($0.kind) \($0.commentIds)" }), \(waves.count) waves \(waves.map { "\($0.kind) \($0.author ?? "-") \($0.commentIds)" })")
        #expect(waves.isEmpty)
        // The demo builds comments from a pool of sentences, so a few texts come out (nearly) identical:
        // the only campaigns are three people each with the same words (a district name or a phrase apart).
        // Four of them: a comment is compared with the last earlier one sharing a band key, and of
        // one such trio only two met (they are "similar"); comparing with the first found five.
        let campaigns = groups.filter { $0.kind == "campaign" }
        #expect(campaigns.count == 4 && campaigns.allSatisfy { $0.commentIds.count == 3 })
        let nearlySame = try f.database.pool.read { db in
            try campaigns.allSatisfy { group in
                let prints = try group.commentIds.map { TextFingerprint(try String.fetchOne(db, sql: "SELECT body FROM comment WHERE id = ?", arguments: [$0]) ?? "") }
                return prints.allSatisfy { MinHash.jaccard($0.words, prints[0].words) >= SimilarityThresholds().nearIdentical }
            }
        }
        #expect(nearlySame)
    }
}

@Suite("Campaigns found as an import goes")
struct ImportDetectionTests {
    @Test("24 letter variants in a CSV among the 51 labelled comments: one campaign group after the import, the same as detecting again over everything; importing again changes nothing")
    func importedCampaign() throws {
        let f = try Fixture()
        let labels = try SectionLabels.load()
        var lines = ["Name,Text"]
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        for (index, label) in labels.enumerated() {
            lines.append("Person O\(index),\(quoted(label.text))")
            if index < 24 { lines.append("Person L\(index),\(quoted(CampaignLetter.variant(index)))") }
        }
        let path = f.directory.appendingPathComponent("kampagne.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let options = ImportOptions(path: path, format: .csv(try CSVMapping("body=Text,author=Name")), processSlug: "beirat")
        let report = try f.store().importComments(options)
        #expect(report.inserted == labels.count + 24)
        let letters = try f.database.pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT c.id FROM comment c JOIN author a ON a.id = c.author_id WHERE a.display_name LIKE 'Person L%' ORDER BY c.id")
        }
        let groups = try f.database.commentGroups()
        #expect(groups.map(\.kind) == ["campaign"])
        #expect(groups.first?.commentIds == letters)
        let again = try f.store().importComments(options)
        #expect(again.inserted == 0)
        #expect(try f.database.commentGroups() == groups)
        try f.database.rebuildSimilarity()
        #expect(try f.database.commentGroups() == groups)
    }
}

@Suite("A detected group considered together")
struct ConsiderDetectedGroupTests {
    @Test("The approved letters of a campaign become one group considered together (group.join), the pending one is left out and named")
    func considerCampaign() throws {
        let f = try Fixture()
        let process = try f.process()
        var letters: [Int64] = []
        for index in 0 ..< 5 {
            letters.append(try f.comment(process, author: try f.author("Absender \(index)"), body: CampaignLetter.variant(index),
                                         minutesAgo: 5000 - index * 600, state: index == 4 ? .pending : .approved))
        }
        try f.database.rebuildSimilarity()
        let result = try f.store().considerDetectedGroup(ofComment: letters[2])
        #expect(result.joined == Array(letters.prefix(4)))
        #expect(result.notApproved == [letters[4]])
        #expect(try f.int("SELECT COUNT(*) FROM consideration_group_member WHERE group_id = ?", [result.considerationGroup]) == 4)
        #expect(try f.int("SELECT COUNT(*) FROM audit_event WHERE action = 'group.join' AND entity_id = ?", [String(result.considerationGroup)]) == 1)
        let lonely = try f.comment(process, body: "Ein einzelner Beitrag ohne Gruppe.", state: .approved)
        #expect(throws: StoreError.self) { try f.store().considerDetectedGroup(ofComment: lonely) }
    }
}

import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("Queue paging and counting")
struct QueueTests {
    /// 60 comments over two processes, all states, some with equal created_at (ties by id).
    func populated() throws -> (Fixture, process: Int64, other: Int64, section: Int64, author: Int64) {
        let fixture = try Fixture()
        let process = try fixture.process("leitlinien")
        let other = try fixture.process("stiftsplatz")
        let section = try fixture.section(process, "C1")
        let author = try fixture.author("Erika Mustermann")
        let states = CommentState.allCases
        for i in 0..<60 {
            let id = try fixture.comment(i % 5 == 0 ? other : process, author: i % 4 == 0 ? author : nil,
                                         body: "Kommentar \(i)\nzweite Zeile", minutesAgo: 200 - (i / 2) * 3,
                                         state: states[i % 3 == 0 ? 0 : i % states.count],
                                         answer: i % 6 == 0 ? "Antwort" : nil)
            if i % 3 == 1, i % 5 != 0 { try fixture.tag(id, section) }
        }
        return (fixture, process, other, section, author)
    }

    /// Every row of the queue, read page by page forward.
    func walkForward(_ store: Store, _ filter: QueueFilter, pageSize: Int) throws -> [QueueRow] {
        var all: [QueueRow] = []
        var cursor: QueueCursor?
        while true {
            let page = try store.page(filter, after: cursor, limit: pageSize)
            if page.isEmpty { return all }
            all += page
            cursor = page.last?.cursor
        }
    }

    /// Every row, read backward from the last page with page(before:).
    func walkBackward(_ store: Store, _ filter: QueueFilter, pageSize: Int) throws -> [QueueRow] {
        var all = try store.lastPage(filter, limit: pageSize)
        while let first = all.first?.cursor {
            let page = try store.page(filter, before: first, limit: pageSize)
            if page.isEmpty { return all }
            all = page + all
        }
        return all
    }

    /// What the queue should show, computed the naive way.
    func expected(_ fixture: Fixture, where condition: String, order: QueueFilter.Order) throws -> [Int64] {
        let direction = order == .oldestFirst ? "ASC" : "DESC"
        return try fixture.database.pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM comment c WHERE \(condition) ORDER BY created_at \(direction), id \(direction)")
        }
    }

    @Test("Paging forward and backward returns every row exactly once, in both orders")
    func keysetPagingComplete() throws {
        let (fixture, _, _, _, _) = try populated()
        let store = fixture.store()
        for order in QueueFilter.Order.allCases {
            for states in [Set<CommentState>([.pending]), [.pending, .held], []] {
                let filter = QueueFilter(states: states, order: order)
                let stateList = (states.isEmpty ? Set(CommentState.allCases) : states).map { "'\($0.rawValue)'" }.joined(separator: ",")
                let want = try expected(fixture, where: "state IN (\(stateList))", order: order)
                for size in [1, 7, 100] {
                    #expect(try walkForward(store, filter, pageSize: size).map(\.id) == want, "\(order) \(states) \(size)")
                    #expect(try walkBackward(store, filter, pageSize: size).map(\.id) == want, "\(order) \(states) \(size) back")
                }
                #expect(try store.count(filter) == want.count)
            }
        }
    }

    @Test("Filters by process, section, author, answer and date give what a full scan gives")
    func filtersMatchNaiveQuery() throws {
        let (fixture, process, _, section, author) = try populated()
        let store = fixture.store()
        let cutoff = Fixture.now.addingTimeInterval(-150 * 60)
        let cases: [(QueueFilter, String)] = [
            (QueueFilter(states: [], processId: process), "process_id = \(process)"),
            (QueueFilter(states: [.pending], sectionId: section),
             "state = 'pending' AND id IN (SELECT comment_id FROM comment_section WHERE section_id = \(section))"),
            (QueueFilter(states: [], authorId: author), "author_id = \(author)"),
            (QueueFilter(states: [.pending, .approved], hasAnswer: true), "state IN ('pending','approved') AND public_answer IS NOT NULL"),
            (QueueFilter(states: [], hasAnswer: false), "public_answer IS NULL"),
            (QueueFilter(states: [], createdFrom: cutoff), "created_at >= '\(Timestamps.string(cutoff))'"),
            (QueueFilter(states: [.pending], createdBefore: cutoff), "state = 'pending' AND created_at < '\(Timestamps.string(cutoff))'"),
            (QueueFilter(states: [], search: "zweite"), "1"),
        ]
        for (filter, condition) in cases {
            for order in QueueFilter.Order.allCases {
                var ordered = filter
                ordered.order = order
                let want = try expected(fixture, where: condition, order: order)
                #expect(!want.isEmpty, "\(condition)")
                #expect(try walkForward(store, ordered, pageSize: 4).map(\.id) == want, "\(condition) \(order)")
                #expect(try store.count(ordered) == want.count, "\(condition)")
            }
        }
    }

    @Test("Counts from the maintained counters equal COUNT(*) for every set of states")
    func maintainedCounts() throws {
        let (fixture, _, _, _, _) = try populated()
        let store = fixture.store()
        let all = CommentState.allCases
        for mask in 0..<(1 << all.count) {
            let states = Set(all.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element))
            let filter = QueueFilter(states: states)
            #expect(filter.isStatesOnly)
            let list = (states.isEmpty ? Set(all) : states).map { "'\($0.rawValue)'" }.joined(separator: ",")
            #expect(try store.count(filter) == fixture.int("SELECT COUNT(*) FROM comment WHERE state IN (\(list))"))
        }
    }

    @Test("A queue row carries the first line only, the tags, the process and the claim")
    func rowContents() throws {
        let fixture = try Fixture()
        let process = try fixture.process("leitlinien")
        let b2 = try fixture.section(process, "B2")
        let a1 = try fixture.section(process, "A1")
        let long = "\n  Erste Zeile  \n" + String(repeating: "x", count: 5_000)
        let id = try fixture.comment(process, author: try fixture.author("Erika"), body: long)
        try fixture.tag(id, b2)
        try fixture.tag(id, a1)
        let anna = fixture.store()
        #expect(try anna.claim(id) == .claimed(until: "2026-11-27T14:05:00Z"))
        let row = try #require(try anna.firstPage(QueueFilter(), limit: 10).first)
        #expect(row.firstLine == "Erste Zeile")
        #expect(row.sectionCodes == ["A1", "B2"])
        #expect(row.processSlug == "leitlinien")
        #expect(row.authorName == "Erika")
        #expect(row.claimedBy == "Anna Beispiel")
        // Ten minutes later the claim has lapsed.
        let later = try #require(try fixture.store(offset: 600).firstPage(QueueFilter(), limit: 10).first)
        #expect(later.claimedBy == nil)
    }

    @Test("A row's first line ends at any kind of line break, after umlauts and emoji as after ASCII")
    func firstLineEndsAtEveryBreak() {
        let excerpts = [
            "Erste Zeile\nZweite", "  \t \n\r\nGrün ist gut \r\nnein", "Straße\u{2028}über", "Café\u{85}zwei",
            "\u{2029}\u{2029}  ab\u{A0}", "🚲 Radweg 🚲\u{0B}x", "Überall\u{0C}", " \u{3000}Ä \u{3000}", "\n \n",
            "kein Umbruch, nur Text mit ä, ö, ü und ß", "",
        ]
        for excerpt in excerpts {
            // What the queue showed before the line was looked for in the bytes.
            let expected = excerpt.split(whereSeparator: \.isNewline)
                .first { !$0.allSatisfy(\.isWhitespace) }
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            #expect(QueueRow.firstLine(of: excerpt) == expected, "\(excerpt.debugDescription)")
        }
    }
}

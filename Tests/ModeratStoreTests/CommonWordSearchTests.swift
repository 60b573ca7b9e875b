import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// A word in thousands of comments takes the walking path (more matches than
/// `QueueSQL.smallSet`); what the moderator sees must be the same as for a rare word.
@Suite("Searching a common word")
struct CommonWordSearchTests {
    /// 3,300 comments, two of three saying "Beteiligung" (or a longer word starting so), in
    /// every state, their arrival times shuffled against their ids; written once per test run
    /// (seconds, with the search index's triggers) and copied for each test.
    func populated() throws -> Fixture {
        try Fixture(copyOf: Self.template.get())
    }

    static let template = builtOnce {
        let fixture = try Fixture()
        let process = try fixture.process("leitlinien")
        let states = CommentState.allCases
        try fixture.database.pool.write { db in
            // One statement for all rows (compiling it compiles comment's triggers too).
            let insert = try db.cachedStatement(sql: """
                INSERT INTO comment(source, external_id, process_id, body, created_at, imported_at, state)
                VALUES ('test', ?, ?, ?, ?, ?, ?)
                """)
            for i in 0..<3_300 {
                let body = i % 3 == 0 ? "Mehr Grün am Platz" : i % 3 == 1 ? "Bessere Beteiligung" : "Das Beteiligungsverfahren"
                let created = Timestamps.string(Fixture.now.addingTimeInterval(Double(-((i * 7_919) % 5_000)) * 60))
                try insert.execute(arguments: ["c\(i)", process, body, created, created, states[i % 7 % states.count].rawValue])
            }
        }
        return fixture
    }

    func expected(_ fixture: Fixture, states: [CommentState], order: QueueFilter.Order) throws -> [Int64] {
        let direction = order == .oldestFirst ? "ASC" : "DESC"
        let list = states.map { "'\($0.rawValue)'" }.joined(separator: ",")
        return try fixture.database.pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM comment WHERE state IN (\(list)) AND body LIKE '%beteiligung%'
                ORDER BY created_at \(direction), id \(direction)
                """)
        }
    }

    @Test("Paging through a common word shows every match once, in queue order, both ways")
    func pagingMatchesNaiveOrder() throws {
        let fixture = try populated()
        let store = fixture.store()
        for states in [[CommentState.pending], [.pending, .held], []] {
            for order in QueueFilter.Order.allCases {
                let filter = QueueFilter(states: Set(states), search: "beteiligung", order: order)
                let want = try expected(fixture, states: states.isEmpty ? CommentState.allCases : states, order: order)
                #expect(want.count > QueueSQL.smallSet || states.count > 0)
                var forward: [Int64] = []
                var cursor: QueueCursor?
                while true {
                    let page = try store.page(filter, after: cursor, limit: 97)
                    if page.isEmpty { break }
                    forward += page.map(\.id)
                    cursor = page.last?.cursor
                }
                #expect(forward == want, "\(states) \(order)")
                var backward = try store.lastPage(filter, limit: 97)
                while let first = backward.first?.cursor {
                    let page = try store.page(filter, before: first, limit: 97)
                    if page.isEmpty { break }
                    backward = page + backward
                }
                #expect(backward.map(\.id) == want, "\(states) \(order)")
                #expect(try store.count(filter) == want.count)
            }
        }
    }

    @Test("The count stops at its cap and says so; below the cap it is exact")
    func boundedCount() throws {
        let fixture = try populated()
        let store = fixture.store()
        let pending = QueueFilter(states: [.pending], search: "Beteiligung")
        let pendingCount = try expected(fixture, states: [.pending], order: .oldestFirst).count
        #expect(pendingCount > 100)
        #expect(try store.count(pending, upTo: 100) == QueueCount(value: 100, isExact: false))
        #expect(try store.count(pending, upTo: 5_000) == QueueCount(value: pendingCount, isExact: true))
        let everything = QueueFilter(states: [], search: "Beteiligung")
        #expect(try store.count(everything, upTo: 100) == QueueCount(value: 2_200, isExact: true))
        let rare = QueueFilter(states: [], search: "Grün")
        #expect(try store.count(rare, upTo: 100) == QueueCount(value: 1_100, isExact: true))
        // States holding more of the comments than the word does count among the matches,
        // fewer among the queue's rows: the same figures either way.
        for states in [[CommentState.pending], [.pending, .approved, .rejected], [.held], [.approved, .held]] {
            let filter = QueueFilter(states: Set(states), search: "Beteiligung")
            let exact = try expected(fixture, states: states, order: .oldestFirst).count
            for cap in [100, exact - 1, exact, 5_000] {
                #expect(try store.count(filter, upTo: cap) == QueueCount(value: min(cap, exact), isExact: exact <= cap),
                        "\(states), up to \(cap)")
            }
        }
    }

    @Test("After someone edits a comment, the next search sees the new text")
    func hitsRenewedAfterCommit() throws {
        let fixture = try populated()
        let store = fixture.store()
        let filter = QueueFilter(states: [], search: "beteiligung")
        let before = try store.count(filter, upTo: 10_000)
        let edited = try fixture.database.pool.write { db in
            try db.execute(sql: "UPDATE comment SET body = 'Mehr Beteiligung' WHERE external_id = 'c0'")
            return try Int64.fetchOne(db, sql: "SELECT id FROM comment WHERE external_id = 'c0'")
        }
        #expect(try store.count(filter, upTo: 10_000).value == before.value + 1)
        #expect(try store.firstPage(filter, limit: 3_300).contains { $0.id == edited })
    }
}

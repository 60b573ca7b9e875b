import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("Query plans stay on indexes")
struct QueryPlanTests {
    func plan(_ fixture: Fixture, _ query: (sql: String, arguments: StatementArguments)) throws -> [String] {
        try fixture.database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments).map { $0["detail"] }
        }
    }

    /// A plan line that reads the whole comment table (or one of its indexes end to end).
    func scansComment(_ line: String) -> Bool {
        line == "SCAN c" || line.hasPrefix("SCAN c ") || line.hasPrefix("SCAN comment ")
    }

    func access(_ fixture: Fixture, _ filter: QueueFilter) throws -> QueueSQL.Access {
        try fixture.database.pool.read { db in try QueueSQL.access(db, filter: filter) }
    }

    /// Plans for a filter under the access path the store would choose and every other.
    let cases: [(QueueFilter, QueueSQL.Access)] = [
        (QueueFilter(), .perState),
        (QueueFilter(states: [], order: .newestFirst), .perState),
        (QueueFilter(states: [.pending], processId: 1), .perState),
        (QueueFilter(states: [.pending, .held], authorId: 1), .perState),
        (QueueFilter(states: [.pending], sectionId: 1), .perState),
        (QueueFilter(states: [.pending], createdFrom: Fixture.now, hasAnswer: false), .perState),
        (QueueFilter(states: [.pending, .approved], hasAnswer: true), .perState),
        (QueueFilter(states: [], sectionId: 1), .byTime),
        (QueueFilter(states: [.pending, .held], search: "strasse"), .byTime),
        (QueueFilter(states: [], processId: 1, sectionId: 1), .fromSet(.section)),
        (QueueFilter(states: [.pending], search: "strasse"), .fromSet(.search)),
    ]

    @Test("Every queue page reads comment through an index or a small set, never a full scan")
    func queuePagesUseIndexes() throws {
        let fixture = try Fixture()
        let cursor = QueueCursor(createdAt: "2026-01-01T00:00:00Z", id: 5)
        for (filter, access) in cases {
            for ascending in [true, false] {
                let lines = try plan(fixture, QueueSQL.keysetSQL(filter: filter, access: access, after: cursor,
                                                                 ascending: ascending, limit: 50))
                let text = lines.joined(separator: " | ")
                #expect(!lines.contains(where: scansComment), "\(filter): \(text)")
                switch access {
                case .perState:
                    // Each branch reads its index in order; only the merge of ≤ limit rows per branch may sort.
                    let indexed = lines.filter { $0.hasPrefix("SEARCH c USING") && $0.contains("INDEX comment_") }
                    #expect(indexed.count == (filter.effectiveStates.count), "\(filter): \(text)")
                    if filter.effectiveStates.count == 1 {
                        #expect(!lines.contains { $0.contains("TEMP B-TREE") }, "\(filter): \(text)")
                    }
                case .byTime:
                    #expect(lines.contains { $0.contains("INDEX comment_created") }, "\(filter): \(text)")
                    #expect(!lines.contains { $0.contains("TEMP B-TREE") }, "\(filter): \(text)")
                case .fromSet:
                    #expect(lines.contains { $0.contains("INTEGER PRIMARY KEY") }, "\(filter): \(text)")
                }
                // Counting every state with no other narrowing may read a whole index; the
                // maintained counters answer that case instead.
                let count = try plan(fixture, QueueSQL.countSQL(filter: filter, access: access))
                #expect(!count.contains { scansComment($0) && !$0.contains("COVERING INDEX") }, "count \(filter): \(count)")
                if filter.sectionId != nil || access == .fromSet(.search) {
                    #expect(count.contains { $0.contains("INTEGER PRIMARY KEY") }, "count \(filter): \(count)")
                }
            }
        }
    }

    @Test("A rare section or search starts from its matches; a common one reads in time order")
    func accessFollowsSetSize() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let section = try fixture.section(process, "C1")
        try fixture.comment(process, body: "Straße")
        let pending = QueueFilter(states: [.pending], sectionId: section)
        let several = QueueFilter(states: [.pending, .held], search: "strasse")
        #expect(try access(fixture, pending) == .fromSet(.section))
        #expect(try access(fixture, several) == .fromSet(.search))
        #expect(try access(fixture, QueueFilter(states: [.pending, .held])) == .perState)
        // Past the small-set limit the plan switches.
        try fixture.database.pool.write { db in
            // Two statements for all rows (compiling an INSERT compiles its table's triggers too).
            let comment = try db.cachedStatement(sql: """
                INSERT INTO comment(source, external_id, process_id, body, created_at, imported_at)
                VALUES ('bulk', ?, ?, 'Straße', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                """)
            let tag = try db.cachedStatement(sql: "INSERT INTO comment_section(comment_id, section_id) VALUES (?, ?)")
            for i in 0...QueueSQL.smallSet {
                try comment.execute(arguments: ["b\(i)", process])
                try tag.execute(arguments: [db.lastInsertedRowID, section])
            }
        }
        #expect(try access(fixture, pending) == .perState)
        #expect(try access(fixture, several) == .byTime)
    }
}

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
                #expect(!lines.contains { $0.hasPrefix("SCAN c") }, "\(filter): \(text)")
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
                let count = try plan(fixture, QueueSQL.countSQL(filter: filter, access: access))
                #expect(!count.contains { $0.hasPrefix("SCAN c") }, "count \(filter): \(count)")
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
        try fixture.database.pool.read { db in
            #expect(try QueueSQL.access(db, filter: pending) == .fromSet(.section))
            #expect(try QueueSQL.access(db, filter: several) == .fromSet(.search))
            #expect(try QueueSQL.access(db, filter: QueueFilter(states: [.pending, .held])) == .perState)
        }
        // Past the small-set limit the plan switches.
        try fixture.database.pool.write { db in
            for i in 0...QueueSQL.smallSet {
                try db.execute(sql: """
                    INSERT INTO comment(source, external_id, process_id, body, created_at, imported_at)
                    VALUES ('bulk', ?, ?, 'Straße', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                    """, arguments: ["b\(i)", process])
                try db.execute(sql: "INSERT INTO comment_section(comment_id, section_id) VALUES (?, ?)",
                               arguments: [db.lastInsertedRowID, section])
            }
        }
        try fixture.database.pool.read { db in
            #expect(try QueueSQL.access(db, filter: pending) == .perState)
            #expect(try QueueSQL.access(db, filter: several) == .byTime)
        }
    }
}

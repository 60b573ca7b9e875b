import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// The queue's "n markiert, m sichtbar": how many marked comments a filter shows, counted in
/// the database by the marked ids, never by a scan of the comments.
@Suite("Marked comments a filter shows")
struct MarkedCountTests {
    @Test("the count equals what the filter's pages hold, for every kind of filter, searches too")
    func countMatchesPages() throws {
        let fixture = try Fixture()
        let process = try fixture.process("leitlinien")
        let other = try fixture.process("stiftsplatz")
        let section = try fixture.section(process, "C1")
        let author = try fixture.author("Erika Mustermann")
        var ids: [Int64] = []
        for i in 0..<40 {
            let id = try fixture.comment(i % 5 == 0 ? other : process, author: i % 4 == 0 ? author : nil,
                                         body: i % 3 == 0 ? "Radweg \(i)" : "Kommentar \(i)", minutesAgo: 200 - i * 3,
                                         state: CommentState.allCases[i % CommentState.allCases.count],
                                         answer: i % 6 == 0 ? "Antwort" : nil)
            if i % 3 == 1 { try fixture.tag(id, section) }
            ids.append(id)
        }
        let store = fixture.store()
        let marked = stride(from: 0, to: ids.count, by: 3).map { ids[$0] } + [ids[1], ids[7], ids[38]]
        let filters = [
            QueueFilter(), QueueFilter(states: []), QueueFilter(states: [.pending], processId: process),
            QueueFilter(states: [], sectionId: section), QueueFilter(states: [], authorId: author),
            QueueFilter(states: [.pending, .approved], hasAnswer: true), QueueFilter(states: [], createdFrom: Fixture.now.addingTimeInterval(-90 * 60)),
            QueueFilter(states: [], search: "radweg"), QueueFilter(states: [.pending], search: "radweg"),
        ]
        for filter in filters {
            let shown = Set(try store.page(filter, after: nil, limit: 1_000).map(\.id))
            #expect(try store.count(filter, among: marked) == marked.filter(shown.contains).count, "\(filter)")
        }
        #expect(try store.count(QueueFilter(), among: []) == 0)
    }

    @Test("the count looks the marked ids up by primary key, whatever the filter")
    func countUsesTheIds() throws {
        let fixture = try Fixture()
        let cases: [QueueFilter] = [
            QueueFilter(), QueueFilter(states: [], processId: 1, sectionId: 1), QueueFilter(states: [.pending], authorId: 1),
            QueueFilter(states: [], createdFrom: Fixture.now, createdBefore: Fixture.now, hasAnswer: true),
        ] + [{ var group = QueueFilter(states: [.pending, .held]); group.groupId = 1; return group }()]
        for filter in cases {
            let query = MarkedCount.sql(filter, among: [1, 2, 3])
            let lines = try fixture.database.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments).map { $0["detail"] as String }
            }
            #expect(lines.contains { $0.hasPrefix("SEARCH c USING INTEGER PRIMARY KEY") }, "\(filter): \(lines)")
            #expect(!lines.contains { $0.hasPrefix("SCAN c") }, "\(filter): \(lines)")
        }
    }
}

import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("Reading the audit log")
struct AuditQueryTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    /// Appends an event `hoursAgo` hours before the fixture's now.
    @discardableResult
    func event(_ actor: String, _ action: String, _ entity: String, _ id: String?, hoursAgo: Double = 0) throws -> Int64 {
        try fixture.database.pool.write { db in
            try db.appendAudit(actor: actor, action: action, entity: entity, entityId: id, detail: ["n": id ?? "-"],
                               at: Fixture.now.addingTimeInterval(-hoursAgo * 3600))
        }
    }

    @Test("The log pages newest first by keyset: pages of 3 cover every event once, in order")
    func paging() throws {
        var ids: [Int64] = []
        for n in 0 ..< 8 { ids.append(try event("anna", "comment.approve", "comment", String(n), hoursAgo: Double(8 - n))) }
        var seen: [Int64] = []
        var before: Int64?
        var pages = 0
        while true {
            let page = try fixture.database.auditPage(AuditFilter(), before: before, limit: 3)
            #expect(page.count <= 3)
            seen += page.map(\.id)
            pages += 1
            guard page.count == 3, let last = page.last else { break }
            before = last.id
        }
        #expect(seen == ids.reversed())
        #expect(pages == 3)
    }

    @Test("Filters by entity, actor and since combine; since is inclusive")
    func filters() throws {
        try event("anna", "comment.approve", "comment", "1", hoursAgo: 50)
        try event("bernd", "comment.reject", "comment", "2", hoursAgo: 30)
        let add = try event("anna", "user.add", "moderator", "3", hoursAgo: 24)
        let role = try event("anna", "user.role", "moderator", "3", hoursAgo: 1)
        let reject = try event("bernd", "comment.reject", "comment", "4", hoursAgo: 0)
        let db = fixture.database
        #expect(try db.auditPage(AuditFilter(entity: "moderator"), limit: 10).map(\.id) == [role, add])
        #expect(try db.auditPage(AuditFilter(actor: "bernd"), limit: 10).map(\.action) == ["comment.reject", "comment.reject"])
        let since = Timestamps.string(Fixture.now.addingTimeInterval(-24 * 3600))
        #expect(try db.auditPage(AuditFilter(since: since), limit: 10).map(\.id) == [reject, role, add])
        #expect(try db.auditPage(AuditFilter(entity: "comment", actor: "bernd", since: since), limit: 10).map(\.id) == [reject])
        #expect(try db.auditPage(AuditFilter(entity: "project"), limit: 10).isEmpty)
        // A day as people type it is midnight in Berlin: 26.11.2026 00:00 CET is 25.11. 23:00 UTC.
        #expect(ImportTimestamp.stored("2026-11-26") == "2026-11-25T23:00:00Z")
        #expect(try db.auditPage(AuditFilter(since: ImportTimestamp.stored("26.11.2026")), limit: 10).count == 4)
    }

    @Test("The users' own changes appear under entity moderator with accounts and roles, newest first")
    func userEvents() throws {
        try fixture.store().addUser(account: "bernd", displayName: "Bernd Schäfer", role: "viewer")
        try fixture.store(offset: 60).setUserRole(account: "bernd", role: "moderator")
        try fixture.store(offset: 120).removeUser(account: "bernd")
        let page = try fixture.database.auditPage(AuditFilter(entity: "moderator", actor: "anna"), limit: 10)
        #expect(page.map(\.action) == ["user.remove", "user.role", "user.add"])
        #expect(page.allSatisfy { !$0.detail.contains("Schäfer") })
        #expect(page.first?.berlinTime == "2026-11-27 15:02:00")
    }

    @Test("Times read in Europe/Berlin, winter and summer")
    func berlinTimes() throws {
        let winter = AuditEntry(id: 1, at: "2026-11-27T14:00:00Z", actor: "a", action: "x", entity: "e", entityId: nil, detail: "{}")
        #expect(winter.berlinTime == "2026-11-27 15:00:00" && winter.berlinISO == "2026-11-27T15:00:00+01:00")
        let summer = AuditEntry(id: 2, at: "2026-07-31T22:30:00Z", actor: "a", action: "x", entity: "e", entityId: nil, detail: "{}")
        #expect(summer.berlinTime == "2026-08-01 00:30:00" && summer.berlinISO == "2026-08-01T00:30:00+02:00")
    }

    @Test("Pages come from an index walk, never a sort of the whole table", arguments: [
        AuditFilter(), AuditFilter(entity: "comment"), AuditFilter(actor: "anna"), AuditFilter(since: "2026-11-01T00:00:00Z"),
    ])
    func queryPlan(filter: AuditFilter) throws {
        let (sql, arguments) = ModeratDatabase.auditPageSQL(filter, before: 100, limit: 50)
        let plan = try fixture.database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
        #expect(!plan.joined(separator: " ").contains("TEMP B-TREE"), "\(plan)")
    }
}

import Foundation
import GRDB
import Testing

/// `moderat meetings attendance` writes a member's status and their arrival or departure as
/// one: a refused arrival leaves the status (and the audit log) as it was.
@Suite("Attendance in one write end to end", .serialized, .beyondSmokeSet)
struct AttendanceOneWriteEndToEndTests {
    /// Konrad Weiß, absent from the demo's meeting 2, whose TOPs are 1 to 7.
    static let arguments = ["meetings", "attendance", "2", "--member", "Konrad Weiß", "--status", "present"]
    static let secretary = ["MODERAT_ACCOUNT": "cweber"]

    /// Konrad Weiß's attendance row: status, arrived at, left after.
    static func konrad(_ db: URL) throws -> String? {
        try DemoDatabase.read(db) {
            try String.fetchOne($0, sql: """
                SELECT a.status || '|' || ifnull(a.arrived_at_item, '') || '|' || ifnull(a.left_after_item, '')
                FROM attendance a JOIN member m ON m.id = a.member_id WHERE a.meeting_id = 2 AND m.name = 'Konrad Weiß'
                """)
        }
    }

    static func auditCount(_ db: URL) throws -> Int? {
        try DemoDatabase.read(db) { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit_event") }
    }

    @Test("present with an arrival at a TOP the meeting lacks is refused whole: exit 65, the option named, the status and audit log unchanged")
    func refusedArrivalKeepsTheStatus() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        #expect(try Self.konrad(db) == "absent||")
        let audit = try Self.auditCount(db)
        for (lang, says) in [("de", "moderat: arrived-at-top: diese Sitzung hat keinen TOP 99\n"),
                             ("en", "moderat: arrived-at-top: this meeting has no TOP 99\n")] {
            let result = try await ModeratLaunch.run(database: db, arguments: Self.arguments + ["--arrived-at-top", "99", "--lang", lang],
                                                     environment: Self.secretary, workspace: workspace)
            #expect(result.status == 65, "\(lang): \(result.stderr)")
            #expect(result.stderr == says, "\(lang)")
            #expect(result.stdout.isEmpty, "\(lang): \(result.stdout)")
            #expect(try Self.konrad(db) == "absent||", "\(lang): the status stays as it was")
            #expect(try Self.auditCount(db) == audit, "\(lang): no audit entry for a refused change")
        }
    }

    @Test("present from TOP 3 to TOP 5 in one command records the status and both TOPs")
    func statusAndArrivalTogether() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let audit = try #require(try Self.auditCount(db))
        let result = try await ModeratLaunch.run(database: db, arguments: Self.arguments + ["--arrived-at-top", "3", "--left-after-top", "5"],
                                                 environment: Self.secretary, workspace: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.konrad(db) == "present|3|5")
        // The status and the arrival, each audited as before.
        #expect(try Self.auditCount(db) == audit + 2)
        let cleared = try await ModeratLaunch.run(database: db, arguments: Self.arguments + ["--arrived-at-top", "0"],
                                                  environment: Self.secretary, workspace: workspace)
        #expect(cleared.status == 0, "\(cleared.stderr)")
        #expect(try Self.konrad(db) == "present||5", "0 clears the arrival; the departure not given stays")
    }
}

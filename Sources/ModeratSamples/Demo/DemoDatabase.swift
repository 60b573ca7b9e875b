import Foundation
import GRDB
import ModeratCore
import ModeratStore

/// Fills an empty moderat database with realistic, invented German demo data.
public enum DemoDatabase {
    /// The seed used when none is given; the same seed and `now` always give the same data.
    public static let defaultSeed: UInt64 = 0x4B4C_4D69_7457_6972  // "KLMitWir"

    /// The audit action that marks a database as built by the demo.
    public static let markerAction = AuditAction.demoPopulate

    /// Writes the whole demo (moderators, guidelines consultation with comments, a second
    /// consultation, the advisory board roster, the Vorhabenliste, two meetings) in one
    /// transaction and says what it created. Refuses a database that already holds processes
    /// or comments.
    public static func populate(_ database: ModeratDatabase, currentAccount: String, now: Date,
                                seed: UInt64 = defaultSeed) throws -> DemoSummary {
        let account = currentAccount.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !account.isEmpty else {
            throw StoreError.refused("The demo needs the current OS account name to make it an administrator.")
        }
        return try database.pool.write { db in
            let existing = try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM process) + (SELECT COUNT(*) FROM comment)") ?? 0
            if existing > 0 {
                throw StoreError.refused("\(database.path): already holds processes or comments; the demo only fills an empty database.")
            }
            let context = DemoContext(db: db, seed: seed, now: now)
            try DemoReasons.insert(context)
            let staff = try DemoModerators.insert(context, currentAccount: account)
            let projects = try DemoProjects.insert(context)
            let guidelines = try DemoGuidelines.insert(context)
            let stiftsplatz = try DemoStiftsplatz.insert(context, projectID: projects.stiftsplatzID)
            var authors = DemoAuthors(rng: &context.rng)
            try DemoComments.insert(context, process: guidelines, staff: staff, authors: &authors)
            try DemoComments.insert(context, process: stiftsplatz, staff: staff, authors: &authors)
            let roster = try DemoRoster.insert(context, actor: staff.admin.account)
            try DemoMeetings.insert(context, roster: roster, staff: staff)
            try DemoConsiderations.insert(context, process: guidelines, staff: staff)
            try GuidelineVersions.record(db, processId: stiftsplatz.id, actor: staff.admin.account, now: stiftsplatz.start)
            try context.flushAudit()
            // Campaigns and waves as an import would have found them.
            try SimilarityIndex.update(db, after: 0, thresholds: SimilarityThresholds())
            // The mark `holdsOnlyDemoData` looks for: this file may be rebuilt without asking.
            try db.appendAudit(actor: account, action: markerAction, entity: "database", entityId: nil,
                               detail: ["comments": String(context.summary.comments), "seed": String(seed)], at: now)
            context.summary.auditEvents += 1
            return context.summary
        }
    }
}

/// How many rows of each kind the demo created.
public struct DemoSummary: Equatable, Sendable {
    public var moderators = 0
    public var reasons = 0
    public var processes = 0
    public var sections = 0
    public var authors = 0
    public var comments = 0
    public var pendingComments = 0
    public var decidedComments = 0
    public var replies = 0
    public var sectionTags = 0
    public var projects = 0
    public var seatGroups = 0
    public var seats = 0
    public var members = 0
    public var terms = 0
    public var meetings = 0
    public var agendaItems = 0
    public var decisions = 0
    public var actionItems = 0
    public var auditEvents = 0

    public init() {}
}

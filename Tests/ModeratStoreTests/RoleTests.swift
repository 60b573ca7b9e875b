import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// Who may do what, as README's "Who may do what" says: `viewer` reads, `moderator` decides
/// comments, `secretary` writes minutes, `admin` may do everything; an account that is not
/// on the list, or was removed, reads only (the `unknown_accounts: read-only` setting; with
/// `refuse` the workbench does not open at all: RolesEndToEndTests). Every operation
/// is tried by every kind of account on the demo database: an allowed write appends exactly
/// one audit event under the account; a refusal names the role and what was refused and
/// leaves every row of every table as it was.
@Suite("Roles: every account against every action")
struct RoleTests {
    /// The kinds of account a write can come from.
    enum Who: String, CaseIterable, CustomTestStringConvertible {
        case viewer, moderator, secretary, admin, unknown, removed

        var account: String {
            switch self {
            case .viewer: return "dkoenig"
            case .moderator: return "amueller"
            case .secretary: return "cweber"
            case .admin: return Fixture.admin
            case .unknown: return "mallory"
            case .removed: return "ehemals"
            }
        }

        var role: Role? {
            switch self {
            case .viewer: return .viewer
            case .moderator: return .moderator
            case .secretary: return .secretary
            case .admin: return .admin
            case .unknown, .removed: return nil
            }
        }

        var testDescription: String {
            switch self {
            case .viewer: return "a viewer"
            case .moderator: return "a moderator"
            case .secretary: return "the secretary"
            case .admin: return "an admin"
            case .unknown: return "an account not on the list"
            case .removed: return "a removed admin"
            }
        }
    }

    /// What an account tries: every kind of write the roles guard, and two reads.
    enum Operation: String, CaseIterable, Sendable {
        case readQueue, exportGuidelines
        case approve, reject, tag, answer
        case createMeeting, saveMinutes
        case endTerm, editProject
        case addUser, setRole, removeUser
        case importGuidelines, forgetAuthor, purge

        /// Who may, written out rather than read from `Role.may`, so the code is checked
        /// against README's table and not against itself.
        var allowed: Set<Who> {
            switch self {
            case .readQueue, .exportGuidelines: return Set(Who.allCases)
            case .approve, .reject, .tag, .answer: return [.moderator, .admin]
            case .createMeeting, .saveMinutes: return [.secretary, .admin]
            case .endTerm, .editProject, .addUser, .setRole, .removeUser, .importGuidelines, .forgetAuthor, .purge:
                return [.admin]
            }
        }

        /// What the refusal says was refused.
        /// Erasing personal data: refused by its own admins-only rule.
        var isErasure: Bool { self == .forgetAuthor || self == .purge }

        var refusedPhrase: String {
            switch self {
            case .readQueue, .exportGuidelines: return "?"
            case .approve, .reject, .tag, .answer: return "may not moderate comments"
            case .createMeeting, .saveMinutes: return "may not write minutes"
            case .endTerm: return "may not edit the roster"
            case .editProject: return "may not edit projects"
            case .addUser, .setRole, .removeUser: return "may not manage users"
            case .importGuidelines: return "may not import data"
            case .forgetAuthor, .purge: return "may not erase personal data: admins only"
            }
        }

        /// The entity of the one audit event an allowed write appends (nil: a read).
        var auditEntity: String? {
            switch self {
            case .readQueue, .exportGuidelines: return nil
            case .approve, .reject, .tag, .answer: return "comment"
            case .createMeeting: return "meeting"
            case .saveMinutes: return "agenda_item"
            case .endTerm: return "term"
            case .editProject: return "project"
            case .addUser, .setRole, .removeUser: return "moderator"
            case .importGuidelines: return "process"
            case .forgetAuthor: return "author"
            case .purge: return "comment"
            }
        }

        var words: String {
            switch self {
            case .readQueue: return "read the queue"
            case .exportGuidelines: return "export the commented guidelines"
            case .approve: return "approve a comment"
            case .reject: return "reject a comment"
            case .tag: return "tag a comment to a section"
            case .answer: return "write a public answer"
            case .createMeeting: return "prepare a meeting"
            case .saveMinutes: return "save a TOP's minutes"
            case .endTerm: return "end a term on the board"
            case .editProject: return "edit a project"
            case .addUser: return "add a user"
            case .setRole: return "change a user's role"
            case .removeUser: return "remove a user"
            case .importGuidelines: return "import guidelines"
            case .forgetAuthor: return "erase an author (forget-author)"
            case .purge: return "purge old rejected comments"
            }
        }
    }

    /// One case: an account trying an operation; its name reads as a sentence.
    struct Attempt: CustomTestStringConvertible, Sendable {
        var who: Who
        var operation: Operation
        var mayDo: Bool { operation.allowed.contains(who) }
        /// An allowed write: the one kind of case that changes its database.
        var writes: Bool { mayDo && operation.auditEntity != nil }
        var testDescription: String {
            "\(who.testDescription) \(mayDo ? "may" : "may not") \(operation.words)"
        }
    }

    static let attempts: [Attempt] = Operation.allCases.flatMap { op in Who.allCases.map { Attempt(who: $0, operation: op) } }

    /// The demo database (admin `anna`, the demo's moderator, secretary and viewer) plus a
    /// removed admin, built once.
    static let template = builtOnce {
        let f = try rosterFixture()
        try f.moderator(Who.removed.account, "Ehemalige Verwaltung", role: .admin)
        try f.insert("UPDATE moderator SET removed_at = ? WHERE account = ?", [Timestamps.string(Fixture.now), Who.removed.account])
        return f
    }

    /// A fresh copy of the template for one test: a file copy, far cheaper than building the
    /// demo (or migrating a new file) a hundred times.
    static func fixture() throws -> Fixture {
        let f = try Fixture(copyOf: template.get())
        // The pool opens on first use, and GRDB's writer then makes the empty log non-empty
        // (a commit): opened here, as the workbench opens it after its first frame, so the
        // attempts compare data_version in the steady state.
        try f.database.openConnections()
        return f
    }

    /// Does the operation once as `store`'s account.
    static func perform(_ operation: Operation, _ f: Fixture, _ store: Store) throws {
        let pending = { try Int64(f.int("SELECT id FROM comment WHERE state = 'pending' ORDER BY id LIMIT 1")) }
        switch operation {
        case .readQueue:
            #expect(try !store.firstPage(QueueFilter(), limit: 5).isEmpty)
        case .exportGuidelines:
            let document = try f.database.commentedGuidelines(processSlug: "leitlinien")
            #expect(!GuidelinesMarkdown.render(document, asOf: Fixture.now).isEmpty)
        case .approve:
            let id = try pending()
            try store.decide(id, .approve, expectedVersion: try f.version(id))
        case .reject:
            let id = try pending()
            try store.decide(id, .reject, expectedVersion: try f.version(id), reason: "spam")
        case .tag:
            let id = try pending()
            let section = try Int64(f.int("""
                SELECT s.id FROM section s JOIN comment c ON c.process_id = s.process_id WHERE c.id = ?
                  AND s.id NOT IN (SELECT section_id FROM comment_section WHERE comment_id = c.id) ORDER BY s.id DESC LIMIT 1
                """, [id]))
            try store.addTags([id], sectionIds: [section])
        case .answer:
            let id = try pending()
            _ = try store.setAnswer(id, "Danke, wir prüfen das.", expectedVersion: try f.version(id))
        case .createMeeting:
            _ = try store.createMeeting(NewMeeting(boardSlug: "beirat", title: "Probesitzung",
                                                   date: try #require(CalendarDay("2027-01-15")), place: "Rathaus"))
        case .saveMinutes:
            let item = try Int64(f.int("""
                SELECT a.id FROM agenda_item a JOIN minutes m ON m.meeting_id = a.meeting_id
                WHERE m.status = 'draft' ORDER BY a.id LIMIT 1
                """))
            try store.saveAgendaMinutes(item, AgendaMinutes(result: "Vertagt."),
                                        expectedVersion: f.int("SELECT version FROM agenda_item WHERE id = ?", [item]))
        case .endTerm:
            let term = try f.int("SELECT id FROM term WHERE ends_on IS NULL AND role = 'member' ORDER BY id LIMIT 1")
            try store.endTerm(Int64(term), on: store.today, boardSlug: "beirat")
        case .editProject:
            let slug = try #require(try f.database.pool.read { db in try String.fetchOne(db, sql: "SELECT slug FROM project ORDER BY id LIMIT 1") })
            _ = try store.editProject(slug: slug, ProjectFields(status: "Probe"))
        case .addUser:
            _ = try store.addUser(account: "neu", displayName: "Neue Person", role: "viewer")
        case .setRole:
            _ = try store.setUserRole(account: Who.viewer.account, role: "moderator")
        case .removeUser:
            _ = try store.removeUser(account: Who.viewer.account)
        case .importGuidelines:
            let document = try GuidelinesParser.parse("# A Präambel\n\nEin Satz.\n", file: "probe.md")
            _ = try store.importGuidelines(document, processSlug: "probe")
        case .forgetAuthor:
            let author = try f.int("SELECT author_id FROM comment WHERE author_id IS NOT NULL ORDER BY id LIMIT 1")
            _ = try store.forgetAuthor("#\(author)")
        case .purge:
            #expect(try f.int("SELECT COUNT(*) FROM comment WHERE state = 'rejected'") > 0)
            #expect(try store.purgeRejected(olderThanDays: 0).comments > 0)
        }
    }

    /// Every row of every table, in a fixed order: equal dumps mean nothing was written.
    static func dump(_ database: ModeratDatabase) throws -> [String] {
        try database.pool.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                  AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name
                """)
            return try tables.flatMap { table in
                // Sorted as text: WITHOUT ROWID tables (drafts, the FTS index's own) have no rowid to order by.
                try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { "\(table): \($0)" }.sorted()
            }
        }
    }

    /// One copy of the template per kind of account, for the cases that must commit nothing
    /// (reads and refusals, three in four cases): each checks with `data_version` that nothing
    /// was committed, so while the code is right the copy stays exactly the template, and the
    /// cases stay independent of each other and of their order; an allowed write gets a copy
    /// of its own. One copy per account instead of one per case saves opening ~70 files.
    static let untouched: Result<[Who: Fixture], any Error> = Result {
        try Dictionary(uniqueKeysWithValues: Who.allCases.map { who in
            let f = try fixture()
            RemovedAtExit.add(f.directory)  // held for the whole run, never deinitialised
            return (who, f)
        })
    }

    @Test(arguments: RoleTests.attempts)
    func attempt(_ attempt: Attempt) throws {
        let f = try attempt.writes ? Self.fixture() : #require(try Self.untouched.get()[attempt.who])
        let store = f.store(attempt.who.account)
        // SQLite's data_version, on a connection of its own, moves with every commit: a cheap
        // and complete "nothing was written" (comparing dumps of every table cost a second a case).
        let version = try f.database.dataVersion()
        let lastAudit = try f.int("SELECT COALESCE(MAX(id), 0) FROM audit_event")
        if attempt.mayDo {
            try Self.perform(attempt.operation, f, store)
            let appended = try f.database.pool.read { db in
                try Row.fetchAll(db, sql: "SELECT actor, at, entity FROM audit_event WHERE id > ?", arguments: [lastAudit])
            }
            guard let entity = attempt.operation.auditEntity else {
                #expect(try f.database.dataVersion() == version, "a read writes nothing")
                return
            }
            #expect(appended.count == 1, "one write, one audit event: \(appended)")
            #expect(appended.first?["actor"] == attempt.who.account)
            #expect(appended.first?["at"] == Timestamps.string(Fixture.now))
            #expect(appended.first?["entity"] == entity)
            return
        }
        let error = try #require(throws: StoreError.self) { try Self.perform(attempt.operation, f, store) }
        // A refusal by role is a typed value; erasing (admins only) refuses by its own rule.
        let message: String
        switch error {
        case .roleRefused(let refusal): message = refusal.description
        case .refusal(let refusal) where attempt.operation.isErasure: message = refusal.description
        default:
            Issue.record("expected a refusal, got \(error)")
            return
        }
        #expect(error.exitCode == 1)
        #expect(message.contains("nothing was changed") || message.contains("ask an administrator"), "\(message)")
        if let role = attempt.who.role {
            #expect(message.contains("(\(role.rawValue))"), "the message names the role: \(message)")
            #expect(message.contains(attempt.operation.refusedPhrase), "the message names what was refused: \(message)")
        } else {
            #expect(message.contains("'\(attempt.who.account)' is not on moderat's list of users"), "\(message)")
        }
        #expect(try f.database.dataVersion() == version, "a refused write commits nothing: every table stays as it was")
    }

    @Test("the audit log is read by moderators, the secretary and admins; a viewer, an unknown and a removed account are refused by name",
          arguments: Who.allCases)
    func auditReader(_ who: Who) throws {
        let f = try Self.fixture()
        let store = f.store(who.account)
        switch who {
        case .moderator, .secretary, .admin:
            try store.requireAuditReader()
        case .viewer:
            #expect(throws: StoreError.roleRefused(.mayNot(.readAuditLog, name: "Dörte König", role: .viewer))) {
                try store.requireAuditReader()
            }
        case .unknown, .removed:
            let error = try #require(throws: StoreError.self) { try store.requireAuditReader() }
            #expect("\(error)".contains("'\(who.account)' is not on moderat's list of users"))
        }
    }

    @Test("README's roles table and Role.may agree for every role and action")
    func tableMatchesCode() {
        let documented: [Action: Set<Role>] = [
            .read: Set(Role.allCases), .decideComments: [.moderator, .admin], .writeMinutes: [.secretary, .admin],
            .editRoster: [.admin], .editProjects: [.admin], .manageUsers: [.admin], .importData: [.admin],
        ]
        for role in Role.allCases {
            for action in Action.allCases {
                #expect(role.may(action) == (documented[action]?.contains(role) ?? false), "\(role) \(action)")
            }
        }
    }

    @Test("a role whose row says something unknown reads only: it is treated as a viewer")
    func unknownRoleText() throws {
        let f = try Self.fixture()
        // The CHECK constraint keeps bad roles out; an older or hand-edited file might not have it.
        try f.database.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE moderator SET role = 'superuser' WHERE account = 'amueller'")
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        let before = try Self.dump(f.database)
        let error = try #require(throws: StoreError.self) { try Self.perform(.approve, f, f.store("amueller")) }
        #expect("\(error)".contains("(viewer) may not moderate comments"))
        #expect(try Self.dump(f.database) == before)
    }
}

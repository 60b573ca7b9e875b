import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("The administrator keeps the list of users")
struct UsersTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    func audit(_ action: String) throws -> [String] {
        try fixture.database.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT actor || ' ' || entity || ' ' || entity_id || ' ' || detail FROM audit_event WHERE action = ? ORDER BY id
                """, arguments: [action])
        }
    }

    @Test("Anna (admin) adds Bernd as moderator: he is on the list and may decide; the audit holds his id, account and role only")
    func add() throws {
        let result = try fixture.store().addUser(account: "bernd", displayName: "Bernd Schäfer", role: "moderator")
        guard case let .added(id) = result else { Issue.record("not added: \(result)"); return }
        let me = try #require(try fixture.store("bernd").currentModerator())
        #expect(me == Moderator(id: id, account: "bernd", displayName: "Bernd Schäfer", role: .moderator))
        let users = try fixture.database.users()
        #expect(users.map(\.account) == ["anna", "bernd"])
        #expect(users[1].createdAt == "2026-11-27T14:00:00Z" && !users[1].isRemoved)
        #expect(try audit("user.add") == ["anna moderator \(id) {\"account\":\"bernd\",\"role\":\"moderator\"}"])
        let comment = try fixture.comment(try fixture.process())
        try fixture.store("bernd").decide(comment, .approve, expectedVersion: 1)
        #expect(try fixture.state(comment) == "approved")
    }

    @Test("An unknown role is bad input (65) naming the option; nothing is written", arguments: [
        ("add", "--role"), ("set-role", "ROLE"),
    ])
    func unknownRole(command: String, option: String) throws {
        try fixture.moderator("bernd", "Bernd Schäfer")
        let error = #expect(throws: StoreError.self) {
            if command == "add" {
                try fixture.store().addUser(account: "clara", displayName: "Clara", role: "chef")
            } else {
                try fixture.store().setUserRole(account: "bernd", role: "chef")
            }
        }
        #expect(error == .invalid(option, line: 0, .notARole("chef")))
        #expect(error?.description == "\(option): 'chef' is not a role (one of viewer, moderator, secretary, admin)")
        #expect(error?.exitCode == 65)
        #expect(try fixture.int("SELECT COUNT(*) FROM moderator") == 2)
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event") == 0)
    }

    @Test("Roles are accepted in any case; a blank name or an account with spaces is bad input")
    func inputChecks() throws {
        try fixture.store().addUser(account: "clara", displayName: "  Clara Berg ", role: "Secretary")
        #expect(try fixture.store("clara").currentModerator()?.role == .secretary)
        #expect(try fixture.store("clara").currentModerator()?.displayName == "Clara Berg")
        let blank = #expect(throws: StoreError.self) { try fixture.store().addUser(account: "dora", displayName: " ", role: "viewer") }
        #expect(blank?.exitCode == 65 && blank?.description.hasPrefix("--name") == true)
        let spaced = #expect(throws: StoreError.self) { try fixture.store().addUser(account: "do ra", displayName: "Dora", role: "viewer") }
        #expect(spaced?.exitCode == 65 && spaced?.description.hasPrefix("ACCOUNT") == true)
    }

    @Test("Adding an account that is on the list already is bad input (65)")
    func duplicate() throws {
        try fixture.store().addUser(account: "bernd", displayName: "Bernd", role: "viewer")
        let error = #expect(throws: StoreError.self) {
            try fixture.store().addUser(account: "bernd", displayName: "Bernd Zwei", role: "admin")
        }
        #expect(error?.exitCode == 65 && error?.description.contains("on the list already") == true)
        #expect(try fixture.store("bernd").currentModerator()?.role == .viewer)
        #expect(try audit("user.add").count == 1)
    }

    @Test("Changing the role or removing an account that is not on the list is bad input (65)")
    func unknownAccount() throws {
        for action in ["set-role", "remove"] {
            let error = #expect(throws: StoreError.self) {
                if action == "set-role" { try fixture.store().setUserRole(account: "nobody", role: "viewer") }
                else { try fixture.store().removeUser(account: "nobody") }
            }
            #expect(error?.exitCode == 65 && error?.description.contains("'nobody' is not on moderat's list") == true)
        }
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event") == 0)
    }

    @Test("Viewers, moderators and secretaries may not manage users (1), nor may an account not on the list; nothing is written",
          arguments: [Role.viewer, .moderator, .secretary, nil])
    func nonAdminRefused(role: Role?) throws {
        if let role { try fixture.moderator("eve", "Eve Beispiel", role: role) }
        try fixture.moderator("bernd", "Bernd", role: .viewer)
        let eve = fixture.store("eve")
        let attempts: [() throws -> Void] = [
            { try eve.addUser(account: "mallory", displayName: "Mallory", role: "admin") },
            { try eve.setUserRole(account: "eve", role: "admin") },
            { try eve.setUserRole(account: "bernd", role: "moderator") },
            { try eve.removeUser(account: "anna") },
            { try eve.removeUser(account: "bernd") },
        ]
        for attempt in attempts {
            let error = #expect(throws: StoreError.self) { try attempt() }
            #expect(error?.exitCode == 1)
            if let role { #expect(error?.description.contains("(\(role.rawValue)) may not manage users") == true) }
            else { #expect(error?.description.contains("not on moderat's list of users") == true) }
        }
        #expect(try fixture.database.users().map { "\($0.account):\($0.role.rawValue)" }.sorted()
                == (["anna:admin", "bernd:viewer"] + (role.map { ["eve:\($0.rawValue)"] } ?? [])).sorted())
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event") == 0)
    }

    @Test("set-role changes the role and logs from and to; the same role again logs nothing")
    func setRole() throws {
        let id = try fixture.moderator("bernd", "Bernd", role: .viewer)
        #expect(try fixture.store().setUserRole(account: "bernd", role: "moderator") == .viewer)
        #expect(try fixture.store("bernd").currentModerator()?.role == .moderator)
        #expect(try fixture.store().setUserRole(account: "bernd", role: "moderator") == .moderator)
        #expect(try audit("user.role") == ["anna moderator \(id) {\"account\":\"bernd\",\"from\":\"viewer\",\"to\":\"moderator\"}"])
    }

    @Test("The last admin can be neither demoted nor removed (1, 'at least one admin must remain'); with a second admin both work")
    func lastAdmin() throws {
        #expect(throws: StoreError.refusal(.lastAdmin(account: "anna", .role(.moderator)))) {
            try fixture.store().setUserRole(account: "anna", role: "moderator")
        }
        #expect(throws: StoreError.refusal(.lastAdmin(account: "anna", .remove))) { _ = try fixture.store().removeUser(account: "anna") }
        #expect(StoreError.refusal(.lastAdmin(account: "anna", .remove)).exitCode == 1)
        #expect(StoreError.refusal(.lastAdmin(account: "anna", .remove)).description.contains("at least one admin must remain"))
        #expect(try fixture.store().currentModerator()?.role == .admin)
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event") == 0)

        try fixture.store().addUser(account: "bernd", displayName: "Bernd", role: "admin")
        #expect(try fixture.store().setUserRole(account: "anna", role: "secretary") == .admin)
        // Bernd is now the only admin: he cannot step down or remove himself.
        #expect(throws: StoreError.refusal(.lastAdmin(account: "bernd", .remove))) { try fixture.store("bernd").removeUser(account: "bernd") }
        #expect(throws: StoreError.refusal(.lastAdmin(account: "bernd", .role(.viewer)))) {
            try fixture.store("bernd").setUserRole(account: "bernd", role: "viewer")
        }
        #expect(try fixture.store("bernd").removeUser(account: "anna") == .markedRemoved)  // anna added bernd: she is in the audit log
    }

    @Test("A removed admin does not count as the admin that remains")
    func removedAdminDoesNotCount() throws {
        try fixture.store().addUser(account: "bernd", displayName: "Bernd", role: "admin")
        try fixture.store().removeUser(account: "bernd")
        #expect(throws: StoreError.refusal(.lastAdmin(account: "anna", .role(.viewer)))) {
            try fixture.store().setUserRole(account: "anna", role: "viewer")
        }
    }

    @Test("Removing a moderator who decided comments keeps the row (decisions stay countable); the account reads only from then on")
    func removedBecomesReadOnly() throws {
        let bernd = try fixture.moderator("bernd", "Bernd Schäfer")
        let process = try fixture.process()
        let decided = try fixture.comment(process)
        let open = try fixture.comment(process)
        try fixture.store("bernd").decide(decided, .reject, expectedVersion: 1, reason: "insult")

        #expect(try fixture.store().removeUser(account: "bernd") == .markedRemoved)
        #expect(try audit("user.remove") == ["anna moderator \(bernd) {\"account\":\"bernd\",\"role\":\"moderator\",\"row\":\"marked\"}"])
        // The decision still points at Bernd's row, and the database is consistent.
        #expect(try fixture.int("SELECT COUNT(*) FROM comment c JOIN moderator m ON m.id = c.decided_by WHERE m.role = 'moderator'") == 1)
        #expect(try fixture.database.pool.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
        let listed = try #require(try fixture.database.users().first { $0.account == "bernd" })
        #expect(listed.removedAt == "2026-11-27T14:00:00Z")
        // Bernd is treated like an unknown account: reading works, writing is refused.
        #expect(try fixture.store("bernd").currentModerator() == nil)
        let refused = #expect(throws: StoreError.self) { try fixture.store("bernd").decide(open, .approve, expectedVersion: 1) }
        #expect(refused?.exitCode == 1 && refused?.description.contains("not on moderat's list of users") == true)
        #expect(try fixture.state(open) == "pending")
        // A second removal or a role change treats him as unknown.
        let again = #expect(throws: StoreError.self) { try fixture.store().removeUser(account: "bernd") }
        #expect(again == .invalid("ACCOUNT", line: 0, .notListed(account: "bernd")))
        #expect(again?.description == "ACCOUNT: 'bernd' is not on moderat's list of users (see `moderat users list`)")
        let role = #expect(throws: StoreError.self) { try fixture.store().setUserRole(account: "bernd", role: "admin") }
        #expect(role == .invalid("ACCOUNT", line: 0, .notListed(account: "bernd")))
    }

    @Test("Adding a removed account again makes it active with the new name and role, on the same row")
    func restore() throws {
        let bernd = try fixture.moderator("bernd", "Bernd")
        let comment = try fixture.comment(try fixture.process())
        try fixture.store("bernd").decide(comment, .approve, expectedVersion: 1)
        try fixture.store().removeUser(account: "bernd")
        #expect(try fixture.store().addUser(account: "bernd", displayName: "Bernd Schäfer", role: "viewer") == .restored(bernd))
        #expect(try fixture.store("bernd").currentModerator() == Moderator(id: bernd, account: "bernd", displayName: "Bernd Schäfer", role: .viewer))
        #expect(try audit("user.add").last == "anna moderator \(bernd) {\"account\":\"bernd\",\"restored\":\"true\",\"role\":\"viewer\"}")
    }

    @Test("An account nobody refers to is deleted outright; its removal is still logged")
    func unusedDeleted() throws {
        try fixture.moderator("clara", "Clara", role: .viewer)
        #expect(try fixture.store().removeUser(account: "clara") == .deleted)
        #expect(try fixture.int("SELECT COUNT(*) FROM moderator WHERE account = 'clara'") == 0)
        #expect(try audit("user.remove").count == 1)
        #expect(try fixture.store().addUser(account: "clara", displayName: "Clara", role: "viewer").id > 0)
    }
}

@Suite("Migration 002 adds removed users")
struct UsersMigrationTests {
    @Test("002-users comes after 001-initial; a file at version 1 gains moderator.removed_at and keeps its users")
    func upgrade() throws {
        #expect(Array(ModeratDatabase.knownMigrations.prefix(2)) == ["001-initial", "002-users"])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("moderat-mig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.db").path
        do {
            let pool = try DatabasePool(path: path)
            try Migrations.migrator.migrate(pool, upTo: "001-initial")
            try pool.write { db in
                try db.execute(sql: "INSERT INTO moderator(account, display_name, role, created_at) VALUES ('anna', 'Anna', 'admin', '2026-01-01T00:00:00Z')")
            }
        }
        // Read-only, the file is not migrated, and the account is still found.
        let readOnly = try ModeratDatabase.open(path: path, readOnly: true)
        #expect(try readOnly.appliedMigrations() == ["001-initial"])
        #expect(try Store(database: readOnly, account: "anna").currentModerator()?.role == .admin)
        #expect(try readOnly.users().map(\.removedAt) == [nil])

        let database = try ModeratDatabase.open(path: path)
        #expect(try database.appliedMigrations() == ModeratDatabase.knownMigrations, "and every later one")
        let columns = try database.pool.read { db in try db.columns(in: "moderator").map(\.name) }
        #expect(columns.contains("removed_at"))
        #expect(try Store(database: database, account: "anna").currentModerator()?.role == .admin)
    }
}

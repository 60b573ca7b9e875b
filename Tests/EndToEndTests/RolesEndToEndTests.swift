import Foundation
import GRDB
import Testing

/// Roles with the real binary: a refused command exits 1 with a message naming the account's
/// role and what was refused, and writes nothing; `unknown_accounts: refuse` keeps an account
/// not on the list out of the workbench; the audit view is screen 8.
@Suite("Roles end to end", .serialized, .beyondSmokeSet)
struct RolesEndToEndTests {
    /// Every row of the audit trail and of the user list, as the admin's CLI prints them.
    static func snapshot(_ db: URL, _ workspace: TempWorkspace) async throws -> String {
        var out = ""
        for arguments in [["audit", "--limit", "100000", "--format", "json"], ["users", "list", "--format", "json"]] {
            let result = try await ModeratLaunch.run(database: db, arguments: arguments, workspace: workspace)
            guard result.succeeded else { throw E2EError.commandFailed(result) }
            out += result.stdout
        }
        return out
    }

    @Test("a viewer and a moderator are refused (exit 1, role and what in the message); nothing is written",
          arguments: [
              ("dkoenig", ["users", "add", "neu", "--name", "Neue Person", "--role", "admin"], "Nicht erlaubt: nur Administration (Ihre Rolle: Lesen)"),
              ("amueller", ["projects", "add", "--slug", "probe", "--title", "Probe"], "Nicht erlaubt: nur Administration (Ihre Rolle: Moderation)"),
              ("mallory", ["users", "set-role", "amueller", "admin"], "Das Konto „mallory“ steht nicht in der Liste von moderat"),
          ])
    func refusedCommand(account: String, arguments: [String], says: String) async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let before = try await Self.snapshot(db, workspace)
        let result = try await ModeratLaunch.run(database: db, arguments: arguments, environment: ["MODERAT_ACCOUNT": account],
                                                 workspace: workspace)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("moderat: ") && result.stderr.contains(says), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try await Self.snapshot(db, workspace) == before)
    }

    @Test("`moderat audit` is for the roles that change things: the secretary reads it, a viewer is refused (1)")
    func auditCommandByRole() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let secretary = try await ModeratLaunch.run(database: db, arguments: ["audit", "--limit", "3"],
                                                    environment: ["MODERAT_ACCOUNT": "cweber"], workspace: workspace)
        #expect(secretary.status == 0 && secretary.stdout.split(separator: "\n").count == 3, "\(secretary.stderr)")
        let viewer = try await ModeratLaunch.run(database: db, arguments: ["audit"], environment: ["MODERAT_ACCOUNT": "dkoenig"],
                                                 workspace: workspace)
        #expect(viewer.status == 1)
        #expect(viewer.stderr.contains("nicht für „Lesen“"), "\(viewer.stderr)")
        #expect(viewer.stdout.isEmpty)
    }

    @Test("with unknown_accounts: refuse an account not on the list is turned away from the workbench and the commands (77); a listed one is not")
    func refusePolicy() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        // The policy is a shared setting: the system-wide file sets it, and mallory's own
        // config saying read-only changes nothing.
        let system = workspace.path("etc-moderat-config.yaml")
        try Data("unknown_accounts: refuse\n".utf8).write(to: system)
        let config = workspace.configHome.appendingPathComponent("moderat", isDirectory: true)
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("unknown_accounts: read-only\n".utf8).write(to: config.appendingPathComponent("config.yaml"))
        let refused = try await ModeratLaunch.run(database: db, arguments: ["--lang", "en"], environment: ["MODERAT_ACCOUNT": "mallory",
                                                                                             "MODERAT_SYSTEM_CONFIG": system.path],
                                                  workspace: workspace)
        #expect(refused.stderr.contains("unknown_accounts is a shared setting; it is read only from the system-wide"), "\(refused.stderr)")
        #expect(refused.status == 77)
        #expect(refused.stderr.contains("the account 'mallory' is not on moderat's list of users (unknown_accounts: refuse)"),
                "\(refused.stderr)")
        // A listed account passes the check and only then meets the missing terminal (69).
        let listed = try await ModeratLaunch.run(database: db, arguments: [], environment: ["MODERAT_ACCOUNT": "dkoenig",
                                                                                            "MODERAT_SYSTEM_CONFIG": system.path],
                                                 workspace: workspace)
        #expect(listed.status == 69, "\(listed.stderr)")
        // Reading commands too: the queue on stdout is as much the data as the workbench.
        let queue = try await ModeratLaunch.run(database: db, arguments: ["queue"], environment: ["MODERAT_ACCOUNT": "mallory",
                                                                                                  "MODERAT_SYSTEM_CONFIG": system.path],
                                                workspace: workspace)
        #expect(queue.status == 77 && queue.stdout.isEmpty, "\(queue.stderr)")
        #expect(queue.stderr.contains("unknown_accounts: refuse"), "\(queue.stderr)")
        let listedQueue = try await ModeratLaunch.run(database: db, arguments: ["queue"], environment: ["MODERAT_ACCOUNT": "dkoenig",
                                                                                                        "MODERAT_SYSTEM_CONFIG": system.path],
                                                      workspace: workspace)
        #expect(listedQueue.status == 0 && !listedQueue.stdout.isEmpty, "\(listedQueue.stderr)")
    }

    @Test("an admin approves in the queue, presses 8 and sees the approval on top of the audit log; Enter shows its detail",
          .requires(.tmux))
    func auditViewInTmux() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let first = try #require(try await DemoDatabase.queue(db, limit: 1, workspace: workspace).first)
        let tmux = try await ModeratLaunch.inTmux(database: db, arguments: ["--lang", "en"], workspace: workspace)
        try await tmux.waitFor(text: "Queue")
        try await tmux.sendKeys("a")
        try await tmux.waitFor(text: ": approved")
        try await tmux.sendKeys("8")
        try await tmux.waitFor(text: "Audit log, newest first: all events")
        let screen = try await tmux.waitFor(text: "comment \(first.id) ")
        let row = try #require(screen.first { $0.contains("comment \(first.id) ") })
        #expect(row.contains("approved") && row.contains("pending → approved"), "\(row)")
        try await tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Action: approved (comment.approve)")
        try await tmux.sendKeys("Escape")  // alone: Esc and q in one write would read as Alt-q
        try await tmux.waitFor(text: "Audit log, newest first")
        try await tmux.sendKeys("q")
        #expect(try await tmux.waitForExit() == 0)
        await tmux.kill()
    }
}

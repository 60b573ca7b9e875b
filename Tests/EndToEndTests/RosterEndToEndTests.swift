import Foundation
import Testing

/// The advisory board roster in the real binary under tmux: an administrator fills the
/// vacant seat through the form; a moderator only reads.
@Suite("Roster end to end", .serialized, .requires(.tmux), .beyondSmokeSet)
struct RosterEndToEndTests {
    /// A fresh demo database in its own workspace; the account running the tests is its admin.
    func demo() async throws -> (TempWorkspace, URL) {
        let workspace = try TempWorkspace()
        let database = workspace.path("demo.db")
        let built = try await ModeratLaunch.run(database: database, arguments: ["demo", "--no-tui"], workspace: workspace)
        guard built.succeeded else { throw E2EError("moderat demo failed: \(built.stderr)") }
        return (workspace, database)
    }

    @Test("an administrator fills the vacant seat through the form and sees the vacancy count drop")
    func fillVacantSeat() async throws {
        try E2EEnvironment.require(.tmux)
        let (workspace, database) = try await demo()
        let tmux = try await ModeratLaunch.inTmux(database: database, arguments: ["--lang", "en"], workspace: workspace)
        try await tmux.waitFor(text: "Queue")
        try await tmux.sendKeys("4")
        try await tmux.waitFor(text: "1 seat vacant")
        // The vacant seat (the Migration board's) is the last row of the roster.
        try await tmux.sendKeys("G", "a")
        try await tmux.waitFor(text: "Add a term: Beirat für Migration und Integration")
        try await tmux.type("Yasemin Kaya")
        try await tmux.waitFor(text: "new person")
        try await tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "0 seats vacant")
        try await tmux.waitFor(text: "Term added for Yasemin Kaya")
        try await tmux.sendKeys("q")
        #expect(try await tmux.waitForExit() == 0)
        let check = try await ModeratLaunch.run(database: database, arguments: ["roster", "check", "--lang", "en"], workspace: workspace)
        #expect(check.status == 0)
        #expect(check.stdout.contains("0 vacant, 0 errors"))
        await tmux.kill()
    }

    @Test("a moderator sees the roster read-only: the keys that change it only explain why not")
    func moderatorReadsOnly() async throws {
        try E2EEnvironment.require(.tmux)
        let (workspace, database) = try await demo()
        let tmux = try await ModeratLaunch.inTmux(database: database, arguments: ["--lang", "en"],
                                                  environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        try await tmux.waitFor(text: "Queue")
        try await tmux.sendKeys("4")
        try await tmux.waitFor(text: "1 seat vacant · read-only")
        try await tmux.sendKeys("G", "a")
        try await tmux.waitFor(text: "Not allowed: admins only (your role: moderator).")
        #expect(!(try await tmux.capture().joined(separator: "\n").contains("Add a term")))
        // Private contact details are not shown to a moderator.
        #expect(!(try await tmux.capture().joined(separator: "\n").contains("@example.org")))
        try await tmux.sendKeys("q")
        #expect(try await tmux.waitForExit() == 0)
        await tmux.kill()
    }
}

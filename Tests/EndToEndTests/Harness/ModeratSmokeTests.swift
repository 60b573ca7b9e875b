import Foundation
import Testing

/// The launch helpers with the real binary, using only its command-line side (the full-screen
/// workbench gets its own end-to-end tests).
@Suite("moderat launch helpers", .serialized, .requires(.tmux))
struct ModeratSmokeTests {
    @Test("moderat run from a shell in tmux at 100x30 prints and leaves the terminal sane")
    func fromShell() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        // A subcommand's help: short enough that its first line stays on a 30-row screen.
        let shell = try await ModeratLaunch.inShell(database: workspace.databaseURL, arguments: ["check", "--help"], workspace: workspace)
        try await shell.tmux.waitFor(text: "USAGE: moderat check")
        try await shell.waitForPrompt()
        try await shell.ttyState().requireSane()
        await shell.tmux.kill()
    }

    @Test("moderat directly in tmux reports its exit status")
    func directly() async throws {
        try E2EEnvironment.require(.tmux)
        let tmux = try await ModeratLaunch.inTmux(database: nil, arguments: ["--version"])
        #expect(try await tmux.waitForExit() == 0)
        #expect(try await tmux.capture().contains { !$0.isEmpty })
        await tmux.kill()
    }

    @Test("moderat over SSH gets the workspace environment", .requires(.tmux, .sshd, .ssh, .sshKeygen), .beyondSmokeSet)
    func overSSH() async throws {
        try E2EEnvironment.require(E2ETool.forSSH)
        let server = try await SSHServer.start()
        defer { server.stop() }
        let workspace = try TempWorkspace()
        let tmux = try await ModeratLaunch.overSSH(server, database: workspace.databaseURL, arguments: ["check", "--help"], workspace: workspace)
        do {
            #expect(try await tmux.waitForExit() == 0)
            #expect(try await tmux.capture().containsText("USAGE: moderat check"))
        } catch {
            throw E2EError("\(error)\nsshd log:\n\(server.log)")
        }
        await tmux.kill()
    }
}

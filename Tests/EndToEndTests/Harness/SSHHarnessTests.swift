import Foundation
import Testing

/// Proves the SSH harness: a private sshd on 127.0.0.1, ssh -tt into it inside tmux.
@Suite("ssh harness", .serialized, .requires(.tmux, .sshd, .ssh, .sshKeygen), .beyondSmokeSet)
struct SSHHarnessTests {
    @Test("ssh -tt into a private sshd inside tmux, run a command, exit")
    func echoOverSSH() async throws {
        try E2EEnvironment.require(E2ETool.forSSH)
        let server = try await SSHServer.start()
        defer { server.stop() }

        let tmux = try await TmuxSession.start(shellCommand: server.sshCommand(), width: 100, height: 30)
        do {
            // A login shell over ssh: wait until it echoes the command we type.
            try await tmux.type("echo hello-over-''ssh; echo \"T=$TERM\"")
            try await tmux.sendKeys("Enter")
            let screen = try await tmux.waitFor(text: "hello-over-ssh")
            #expect(screen.containsText("T=\(TerminalEnvironment.defaultTerm)"))
            try await tmux.type("exit")
            try await tmux.sendKeys("Enter")
            #expect(try await tmux.waitForExit() == 0)
        } catch {
            throw E2EError("\(error)\nsshd log:\n\(server.log)")
        }
        await tmux.kill()
    }

    @Test("a remote command with explicit environment runs in a remote terminal")
    func remoteCommand() async throws {
        try E2EEnvironment.require(E2ETool.forSSH)
        let server = try await SSHServer.start()
        defer { server.stop() }

        let command = server.sshCommand(
            remoteCommand: ["sh", "-c", "test -t 0 && echo \"tty=yes v=$MODERAT_PROBE b=$SWIFT_BACKTRACE\"; stty size"],
            environment: ["MODERAT_PROBE": "grüße"])
        let tmux = try await TmuxSession.start(shellCommand: command, width: 90, height: 25)
        do {
            let status = try await tmux.waitForExit()
            let screen = try await tmux.capture()
            #expect(status == 0, "screen:\n\(screen.dump)")
            #expect(screen.containsText("tty=yes v=grüße b=interactive=no"), "screen:\n\(screen.dump)")
            #expect(screen.containsText("25 90"), "screen:\n\(screen.dump)")
        } catch {
            throw E2EError("\(error)\nsshd log:\n\(server.log)")
        }
        await tmux.kill()
    }
}

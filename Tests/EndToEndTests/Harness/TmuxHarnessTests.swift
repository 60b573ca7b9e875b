import Foundation
import Testing

/// Proves the tmux harness itself, with `sh` as the program (no moderat needed).
@Suite("tmux harness", .serialized, .requires(.tmux), .beyondSmokeSet)
struct TmuxHarnessTests {
    @Test("sh in tmux echoes UTF-8 text, including double-width characters")
    func echoesUnicode() async throws {
        try E2EEnvironment.require(.tmux)
        let shell = try await ShellSession.start(width: 100, height: 30)

        try await shell.runLine("echo grüße 日本; echo \"TERM=$TERM LANG=$LANG\"")
        let screen = try await shell.tmux.waitFor(text: "TERM=\(TerminalEnvironment.defaultTerm) LANG=C.UTF-8")
        // The typed line is on screen too; the output is a row of its own.
        #expect(screen.contains("grüße 日本"), "\(screen.dump)")
        #expect(screen.count == 30)
        await shell.tmux.kill()
    }

    @Test("the program's environment is controlled: HOME and XDG in the workspace, extras passed")
    func controlledEnvironment() async throws {
        try E2EEnvironment.require(.tmux)
        let shell = try await ShellSession.start(environment: ["MODERAT_E2E_PROBE": "probe-42"])
        try await shell.runLine("echo \"H=$HOME C=$XDG_CONFIG_HOME P=$MODERAT_E2E_PROBE B=$SWIFT_BACKTRACE\"")
        let screen = try await shell.tmux.waitFor(text: "P=probe-42")
        let ws = shell.tmux.workspace
        #expect(screen.containsText("H=\(ws.home.path) C=\(ws.configHome.path) P=probe-42 B=interactive=no"))
        await shell.tmux.kill()
    }

    @Test("resize-window on a detached session changes the pane and the program's terminal size")
    func resize() async throws {
        try E2EEnvironment.require(.tmux)
        let shell = try await ShellSession.start(width: 100, height: 30)
        #expect(try await shell.runAndWait("stty size").contains("30 100"))

        try await shell.tmux.resize(width: 60, height: 20)
        let size = try await shell.tmux.size()
        #expect(size.width == 60 && size.height == 20)
        let screen = try await shell.runAndWait("clear; stty size; printf '%060d\\n' 0")
        #expect(screen.contains("20 60"), "\(screen.dump)")
        #expect(screen.count == 20)
        // A 60-wide line fits exactly on one row of the narrower screen.
        #expect(screen.containsText(String(repeating: "0", count: 60)))
        #expect(screen.allSatisfy { $0.count <= 60 })
        await shell.tmux.kill()
    }

    @Test("keys by name reach the program: C-c interrupts, Escape and Enter are bytes")
    func keyNames() async throws {
        try E2EEnvironment.require(.tmux)
        let shell = try await ShellSession.start()
        // The child prints the marker itself, so it is already the foreground job when C-c comes.
        try await shell.runLine("sh -c 'echo sleeping-''now; exec sleep 30'")
        try await shell.tmux.waitFor(text: "sleeping-now")
        try await shell.tmux.sendKeys("C-c")
        try await shell.waitForPrompt()
        // od shows the bytes that named keys produce.
        try await shell.runLine("od -An -c")
        try await shell.tmux.sendKeys("Escape", "Enter", "C-d")
        try await shell.tmux.waitFor(text: "033  \\n")
        try await shell.waitForPrompt()
        await shell.tmux.kill()
    }

    @Test("tty sanity: cooked after a normal command, detected as broken after stty raw -echo")
    func ttySanity() async throws {
        try E2EEnvironment.require(.tmux)
        let shell = try await ShellSession.start()
        let before = try await shell.ttyState()
        try before.requireSane()
        #expect(before.isOn("echo") && before.isOn("icanon"))

        // A program that leaves the terminal raw, as a crashed curses program would.
        try await shell.runAndWait("stty raw -echo")
        let broken = try await shell.ttyState()
        #expect(!broken.isOn("echo"))
        #expect(!broken.isOn("icanon"))
        #expect(throws: E2EError.self) { try broken.requireSane() }

        try await shell.runLine("stty sane")
        try await shell.ttyState().requireSane()
        await shell.tmux.kill()
    }

    @Test("a program that exits stays on screen and reports its status; kill ends the server")
    func exitAndKill() async throws {
        try E2EEnvironment.require(.tmux)
        let tmux = try await TmuxSession.start(shellCommand: "echo bye-now; exit 3", width: 40, height: 5)
        #expect(try await tmux.waitForExit() == 3)
        let screen = try await tmux.capture()
        #expect(screen.containsText("bye-now"), "\(screen.dump)")
        #expect(await tmux.isAlive == false)

        let running = try await TmuxSession.start(["sleep", "30"], width: 40, height: 5)
        #expect(await running.isAlive)
        await running.kill()
        #expect(await running.isAlive == false)
        #expect(!FileManager.default.fileExists(atPath: running.socketPath))
    }

    @Test("C-c ends a program started directly in the pane; its status is 130")
    func interruptDirectProgram() async throws {
        try E2EEnvironment.require(.tmux)
        let tmux = try await TmuxSession.start(["sh", "-c", "echo ready-for-''signal; exec sleep 30"], width: 40, height: 5)
        try await tmux.waitFor(text: "ready-for-signal")
        try await tmux.sendKeys("C-c")
        #expect(try await tmux.waitForExit() == 130)
        await tmux.kill()
    }

    @Test("waitFor fails with the last screen in the message")
    func waitForTimeout() async throws {
        try E2EEnvironment.require(.tmux)
        let tmux = try await TmuxSession.start(shellCommand: "echo visible-line; sleep 30", width: 40, height: 5)
        try await tmux.waitFor(text: "visible-line")
        do {
            try await tmux.waitFor(text: "never-appears", timeout: .milliseconds(200))
            Issue.record("waitFor should have thrown")
        } catch let error as E2EError {
            #expect(error.description.contains("never-appears"))
            #expect(error.description.contains("|visible-line"))
        }
        await tmux.kill()
    }

    @Test("capture with escapes shows colours")
    func colours() async throws {
        try E2EEnvironment.require(.tmux)
        let tmux = try await TmuxSession.start(shellCommand: "printf 'plain \\033[1;31mred\\033[0m\\n'; sleep 30", width: 40, height: 5)
        try await tmux.waitFor(text: "plain red")
        let coloured = try await tmux.captureWithEscapes()
        #expect(coloured.contains { $0.contains("\u{1B}[1m") || $0.contains("\u{1B}[1;31m") || $0.contains("31m") })
        await tmux.kill()
    }
}

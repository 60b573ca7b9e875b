import Foundation
import Testing

/// Issue 3 over SSH: the secretary's way of working — `ssh -tt` into the machine holding the
/// database and run the workbench there.
@Suite("workbench over SSH", .serialized, .requires(.tmux, .sshd, .ssh, .sshKeygen))
struct SSHEndToEndTests {
    @Test("over ssh -tt: the queue, j j Enter opens the third comment, Tab, help, Esc, a resize, q exits 0")
    func workOverSSH() async throws {
        try E2EEnvironment.require(E2ETool.forSSH)
        let server = try await SSHServer.start()
        defer { server.stop() }
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let queue = try await DemoDatabase.queue(db, limit: 3, workspace: workspace)
        try #require(queue.count == 3)

        let tmux = try await ModeratLaunch.overSSH(
            server, database: db, arguments: ["--lang", "en"], environment: ["MODERAT_ACCOUNT": "amueller"],
            width: 100, height: 30, workspace: workspace)
        do {
            // The queue, full size, with the account passed along on the remote command line.
            let list = try await tmux.waitForSettled("the queue over ssh", timeout: .seconds(15)) {
                $0.count == 30 && $0[1].contains("pending · oldest first") && $0.last?.hasPrefix(" Enter open") == true
            }
            #expect(list[0].hasPrefix(" moderat  1 Queue") && list[0].hasSuffix("moderat.db · Anna Müller (moderator)"), "\(list.dump)")
            #expect(list[3].contains(queue[0].author), "\(list.dump)")

            // j j Enter: the third comment opens; Esc: back to the same list.
            try await tmux.sendKeys("j", "j", "Enter")
            let comment = try await tmux.waitForSettled("comment #\(queue[2].id)") { $0[1].hasPrefix(" #\(queue[2].id)  pending") }
            #expect(comment.contains { $0.hasPrefix(" Author: \(queue[2].author)") }, "\(comment.dump)")
            try await tmux.sendKeys("Escape")
            try await tmux.waitFor("the queue again") { $0[1].contains("pending · oldest first") && $0[3].dropFirst(2) == list[3].dropFirst(2) }

            // Tab to the sections, their help, Esc.
            try await tmux.sendKeys("Tab")
            let sections = try await tmux.waitForSettled("the sections") { $0[0].contains(" 2 Sections ") && $0[1].contains("Guideline sections") }
            try await tmux.sendKeys("?")
            let help = try await tmux.waitForSettled(text: "Help – Sections")
            #expect(help.containsText("switch screen"), "global bindings are listed too:\n\(help.dump)")
            try await tmux.sendKeys("Escape")
            try await tmux.waitFor("help closed") { $0 == sections }

            // The window changes size: SIGWINCH travels through ssh and the screen is laid out anew.
            try await tmux.resize(width: 80, height: 24)
            let smaller = try await tmux.waitForSettled("the 80x24 layout") {
                $0.count == 24 && $0[0].hasSuffix("moderat.db · Anna Müller (moderator)") && $0[0].count <= 80 && $0[1].contains("Guideline sections")
            }
            #expect(smaller.allSatisfy { $0.count <= 80 })

            try await tmux.sendKeys("q")
            #expect(try await tmux.waitForExit(timeout: .seconds(15)) == 0)
        } catch {
            throw E2EError("\(error)\nsshd log:\n\(server.log)")
        }
        await tmux.kill()
    }
}

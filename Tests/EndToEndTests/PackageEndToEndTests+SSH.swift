import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 21: the secretary's SSH login on a server with the package installed, with the sshd
/// block exactly as the README documents it. Part of the package suite: its tests install
/// and remove the same package, so they must not run at the same time.
extension PackageEndToEndTests {
    /// The README's `Match Group secretaries` block, for `group` and `database`.
    static func documentedBlock(group: String, database: String) throws -> String {
        let readme = try String(contentsOf: ModeratBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "Match Group secretaries"), "the README documents the sshd block")
        let block = lines[start...].prefix { $0 != "```" }
        return "\n" + block.joined(separator: "\n")
            .replacingOccurrences(of: "Match Group secretaries", with: "Match Group \(group)")
            .replacingOccurrences(of: "/var/lib/moderat/city.db", with: database) + "\n"
    }

    /// The moderat processes running as `account`.
    static func processes(of account: String) async throws -> String {
        let found = try await ProcessRunner.run(["pgrep", "-a", "-u", account])
        return found.stdout
    }

    @Test("ForceCommand: the login opens the workbench on the shared database whatever command is asked for, survives a resize, and a dropped connection leaves nothing running", .requires(.sshd, .ssh, .sshKeygen))
    func forcedLogin() async throws {
        try E2EEnvironment.require(E2ETool.forSSH)
        let package = try await InstalledPackageFixture.requirements()
        let fixture = try await InstalledPackageFixture()
        defer { fixture.cleanUp() }
        let anna = fixture.admin
        let installed = try await fixture.install(package)
        try #require(installed.succeeded, "\(installed.stderr)")
        try await ProcessRunner.check(["/usr/bin/moderat", "init", fixture.databaseName, "--admin", anna.name],
                                      environment: ["PATH": "/usr/bin:/bin", "HOME": "/root", "LANG": "en_US.UTF-8"])
        // sshd without PAM refuses an account whose password is locked ('!'); '*' is no password.
        try await ProcessRunner.check(["usermod", "-p", "*", anna.name])

        let server = try await SSHServer.start(
            user: anna.name, extraConfig: try Self.documentedBlock(group: fixture.secretaries, database: fixture.database))
        defer { server.stop() }
        let workspace = try TempWorkspace(prefix: "mod-sec")
        let tmux = try await TmuxSession.start(
            shellCommand: server.sshCommand(remoteCommand: "echo SHELL-RAN; exec /bin/sh"),
            width: 100, height: 30, environment: ["LANG": "C.UTF-8"], workspace: workspace)
        defer { Task { await tmux.kill() } }

        let opened = try await tmux.waitForSettled("the workbench over ssh") {
            $0.count == 30 && $0[0].contains("\(fixture.databaseName).db") && $0.last?.hasPrefix(" Enter") == true
        }
        #expect(!opened.containsText("SHELL-RAN"), "\(opened.dump)")
        let running = try await Self.processes(of: anna.name)
        #expect(running.contains("/usr/bin/moderat --db \(fixture.database)") && !running.contains("/bin/sh"), "\(running)")

        try await tmux.resize(width: 80, height: 24)
        // At 80 columns the tab bar has no room for the file's name; the queue is laid out anew.
        let resized = try await tmux.waitForSettled("the workbench redrawn at 80x24") {
            $0.count == 24 && $0[1].contains("älteste zuerst") && $0.last?.hasPrefix(" Enter") == true
        }
        #expect(resized.allSatisfy { $0.count <= 80 }, "\(resized.dump)")

        // The connection drops: the client dies without saying goodbye.
        let client = try await ProcessRunner.run(["pgrep", "-f", "-n", "ssh -tt -p \(server.port)"])
        let pid = try #require(pid_t(client.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "the ssh client: \(client.stdout)")
        kill(pid, SIGKILL)
        let left = try await poll("nothing of the secretary's left running", timeout: .seconds(10)) { () -> Bool? in
            let found = ProcessRunner.runSynchronously(["pgrep", "-u", anna.name])
            return found == 1 ? true : nil
        }
        #expect(left)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cleans up after test processes that died (a crash skips every deinit): each workspace records
/// its owner's pid; at the first workspace of a run, workspaces whose owner is gone get their
/// tmux servers and sshd killed and are removed.
enum StaleCleanup {
    static let ownerFile = "owner.pid"
    static let prefixes = ["mod-e2e-", "mod-sshd-"]

    /// Runs the sweep once per process.
    static func sweepOnce() {
        _ = sweep
    }

    private static let sweep: Void = {
        let tmp = "/tmp"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: tmp) else { return }
        for name in names where prefixes.contains(where: name.hasPrefix) {
            let directory = "\(tmp)/\(name)"
            guard let text = try? String(contentsOfFile: "\(directory)/\(ownerFile)", encoding: .utf8),
                  let owner = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)),
                  kill(owner, 0) != 0 && errno == ESRCH
            else { continue }
            clean(directory)
        }
    }()

    private static func clean(_ directory: String) {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        if let tmux = E2ETool.tmux.path {
            for socket in files where socket.hasSuffix(".sock") {
                ProcessRunner.runSynchronously([tmux, "-S", "\(directory)/\(socket)", "kill-server"])
            }
        }
        for pidFile in files where pidFile.hasPrefix("sshd") && pidFile.hasSuffix(".pid") {
            if let text = try? String(contentsOfFile: "\(directory)/\(pidFile)", encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 1 {
                kill(pid, SIGTERM)
            }
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Marks `directory` as owned by this process.
    static func markOwned(_ directory: URL) throws {
        try Data("\(getpid())\n".utf8).write(to: directory.appendingPathComponent(ownerFile))
    }
}

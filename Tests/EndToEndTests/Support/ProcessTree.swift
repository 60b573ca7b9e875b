import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Looks at other processes through /proc (Linux), for tests that kill a process a script
/// started and must then wait for what is left of it.
enum ProcessTree {
    /// Whether /proc lists processes here (without it, callers kill whole process groups).
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: "/proc/self/stat") }

    /// The direct children of `parent` whose command name contains `name`.
    static func children(of parent: pid_t, named name: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { pid in
            guard let stat = stat(pid) else { return false }
            return stat.parent == parent && stat.command.contains(name) && stat.state != "Z"
        }
    }

    /// Waits until `pid` has ended (gone, or a zombie nobody reaped yet), at most `timeout`.
    static func waitUntilGone(_ pid: pid_t, timeout: Duration = .seconds(10)) async throws {
        let deadline = ContinuousClock.now + timeout
        while let stat = stat(pid), stat.state != "Z" {
            guard ContinuousClock.now < deadline else { throw E2EError("process \(pid) (\(stat.command)) still runs after \(timeout)") }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Fields of /proc/PID/stat: the command name is in parentheses and may contain spaces.
    private static func stat(_ pid: pid_t) -> (command: String, state: Character, parent: pid_t)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")") else { return nil }
        let command = String(text[text.index(after: open)..<close])
        let rest = text[text.index(after: close)...].split(separator: " ")
        guard rest.count > 1, let state = rest[0].first, let parent = pid_t(rest[1]) else { return nil }
        return (command, state, parent)
    }
}

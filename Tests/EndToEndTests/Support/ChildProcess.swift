import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process started with posix_spawn and reaped by polling `waitpid(WNOHANG)`.
///
/// Why not Foundation's `Process`: on Linux it learns that a child ended when a socket it hands
/// to the child is closed, then calls a blocking `waitpid` on its single monitor thread. sshd
/// closes inherited descriptors at startup, so that thread blocks until sshd exits and no other
/// `Process` in the test run is ever seen to finish. Polling here never blocks a thread, which
/// also matters because Swift's cooperative pool is only as wide as the core count (2 here).
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    let commandLine: String
    private let lock = NSLock()
    private var exitStatus: Int32?

    /// Starts `arguments` with exactly `environment` (plus SWIFT_BACKTRACE=interactive=no).
    /// stdin is /dev/null; stdout and stderr go to the given files (or /dev/null); every other
    /// descriptor of the test process is closed in the child.
    init(
        _ arguments: [String],
        environment: [String: String]?,
        currentDirectory: URL? = nil,
        stdout: URL? = nil,
        stderr: URL? = nil
    ) throws {
        guard let name = arguments.first else { throw E2EError("empty command") }
        guard let resolved = ProcessRunner.executablePath(name) else { throw E2EError("command not found: \(name)") }
        commandLine = ShellQuote.join(arguments)
        // posix_spawn_file_actions_addchdir_np is not visible to Swift here: let sh change directory.
        var executable = resolved
        var arguments = [resolved] + arguments.dropFirst()
        if let currentDirectory {
            executable = "/bin/sh"
            arguments = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", currentDirectory.path] + arguments
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout?.path ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr?.path ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        for fd in Self.openDescriptors() where fd > 2 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }

        // Own process group, so a timeout can signal everything the command started.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaultSignals = sigset_t()
        sigfillset(&defaultSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)

        let env = ProcessRunner.childEnvironment(environment).map { "\($0.key)=\($0.value)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard error == 0 else { throw E2EError("posix_spawn \(executable) failed: \(String(cString: strerror(error)))") }
        self.pid = pid
    }

    /// The exit status once the child has ended (128 + signal number when killed), else nil.
    /// Reaps the child the first time it sees it ended.
    func poll() -> Int32? {
        lock.withLock {
            if let exitStatus { return exitStatus }
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let signal = status & 0x7f
                exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
            } else if result == -1 && errno == ECHILD {
                exitStatus = -1  // reaped elsewhere
            }
            return exitStatus
        }
    }

    var isRunning: Bool { poll() == nil }

    /// Waits for the child to end, polling with a short back-off (1 ms up to 20 ms).
    func waitForExit() async throws -> Int32 {
        var interval = 1
        while true {
            if let status = poll() { return status }
            try await Task.sleep(for: .milliseconds(interval))
            interval = Swift.min(interval * 2, 20)
        }
    }

    /// Blocking wait; only for places that cannot await (deinit), with short-lived commands.
    func waitForExitBlocking() -> Int32 {
        while true {
            if let status = poll() { return status }
            usleep(1_000)
        }
    }

    /// Sends `signal` to the child's process group.
    func signal(_ signal: Int32) {
        guard isRunning else { return }
        kill(-pid, signal)
    }

    /// The descriptors open in this process, from /proc/self/fd (Linux) or /dev/fd.
    private static func openDescriptors() -> [Int32] {
        for directory in ["/proc/self/fd", "/dev/fd"] {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: directory) {
                return names.compactMap { Int32($0) }
            }
        }
        return Array(3..<256)
    }
}

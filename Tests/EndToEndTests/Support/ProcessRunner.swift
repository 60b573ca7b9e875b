import Foundation

/// What a finished command printed and how it ended.
struct CommandResult: Sendable {
    let commandLine: String
    let status: Int32
    let stdout: String
    let stderr: String
    let timedOut: Bool

    var succeeded: Bool { status == 0 && !timedOut }
}

/// Runs short helper commands (tmux, ssh-keygen, swift build) to completion, without blocking
/// a thread (see `ChildProcess`). Output goes to temporary files rather than pipes, so a daemon
/// the command forks (the tmux server) cannot keep the reader waiting.
enum ProcessRunner {
    /// Runs `arguments[0]` (a path, or a name looked up in PATH) with the remaining arguments.
    /// `environment` nil inherits this process's environment; `SWIFT_BACKTRACE` is always set.
    /// After `timeout` the command's process group gets SIGTERM, then SIGKILL.
    static func run(
        _ arguments: [String],
        environment: [String: String]? = nil,
        currentDirectory: URL? = nil,
        timeout: Duration = .seconds(30)
    ) async throws -> CommandResult {
        let id = UUID().uuidString.prefix(12)
        let outURL = URL(fileURLWithPath: "/tmp/moderat-e2e-\(id).out")
        let errURL = URL(fileURLWithPath: "/tmp/moderat-e2e-\(id).err")
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let child = try ChildProcess(
            arguments, environment: environment, currentDirectory: currentDirectory, stdout: outURL, stderr: errURL)

        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var timedOut = false
        var interval = 1
        var status: Int32
        while true {
            if let finished = child.poll() { status = finished; break }
            if clock.now >= deadline, !timedOut {
                timedOut = true
                child.signal(SIGTERM)
                try? await Task.sleep(for: .seconds(2))
                child.signal(SIGKILL)
                continue
            }
            do {
                try await Task.sleep(for: .milliseconds(interval))
            } catch {
                child.signal(SIGKILL)  // the test was cancelled: do not leave the command behind
                throw error
            }
            interval = Swift.min(interval * 2, 20)
        }

        return CommandResult(
            commandLine: child.commandLine,
            status: status,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "",
            timedOut: timedOut
        )
    }

    /// Like `run`, but throws unless the command exits with status 0.
    @discardableResult
    static func check(
        _ arguments: [String],
        environment: [String: String]? = nil,
        currentDirectory: URL? = nil,
        timeout: Duration = .seconds(30)
    ) async throws -> CommandResult {
        let result = try await run(arguments, environment: environment, currentDirectory: currentDirectory, timeout: timeout)
        guard result.succeeded else { throw E2EError.commandFailed(result) }
        return result
    }

    /// For `deinit` and other places that cannot await: runs a short command, output discarded,
    /// and returns its exit status.
    @discardableResult
    static func runSynchronously(_ arguments: [String], environment: [String: String]? = nil) -> Int32 {
        guard let child = try? ChildProcess(arguments, environment: environment) else { return -1 }
        return child.waitForExitBlocking()
    }

    /// The environment helper processes get: the given one (or ours) plus SWIFT_BACKTRACE.
    static func childEnvironment(_ environment: [String: String]?) -> [String: String] {
        var env = environment ?? ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "interactive=no"
        return env
    }

    /// Resolves a command name against PATH (plus the sbin directories); a name containing a
    /// slash is returned as it is if executable.
    static func executablePath(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let searched: [String] = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for directory in searched + ["/usr/local/sbin", "/usr/sbin", "/sbin"] {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished command printed and how it ended.
struct CommandResult: Sendable {
    let commandLine: String
    let status: Int32
    let stdout: String
    let stderr: String
    let timedOut: Bool

    var succeeded: Bool { status == 0 && !timedOut }
}

/// Runs short helper commands (tmux, ssh-keygen, swift build) to completion.
///
/// Nothing here blocks a thread while the child runs: on Linux, Swift's cooperative pool and
/// Foundation's process monitor share libdispatch's small thread pool (2 threads on 2 cores),
/// and a blocked thread there stalls every test. Output goes to temporary files, not pipes,
/// so a daemon the command forks (the tmux server) cannot hold a pipe open.
enum ProcessRunner {
    /// Runs `arguments[0]` (a path, or a name looked up in PATH) with the remaining arguments.
    /// `environment` nil inherits this process's environment; `SWIFT_BACKTRACE` is always set.
    static func run(
        _ arguments: [String],
        environment: [String: String]? = nil,
        currentDirectory: URL? = nil,
        timeout: Duration = .seconds(30)
    ) async throws -> CommandResult {
        guard let name = arguments.first else { throw E2EError("empty command") }
        guard let executable = executablePath(name) else { throw E2EError("command not found: \(name)") }

        let id = UUID().uuidString
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("moderat-e2e-\(id).out")
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("moderat-e2e-\(id).err")
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let outHandle = try writableFile(outURL)
        let errHandle = try writableFile(errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(arguments.dropFirst())
        process.environment = childEnvironment(environment)
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        let box = ProcessBox(process)

        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            box.startWatchdog(after: timeout)
        }
        box.cancelWatchdog()
        try? outHandle.close()
        try? errHandle.close()

        return CommandResult(
            commandLine: ShellQuote.join(arguments),
            status: status,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "",
            timedOut: box.timedOut
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

    /// For `deinit` and other places that cannot await: posix_spawn and waitpid, independent of
    /// Foundation and libdispatch. Output is discarded. Returns the exit status.
    @discardableResult
    static func runSynchronously(_ arguments: [String], environment: [String: String]? = nil) -> Int32 {
        guard let name = arguments.first, let executable = executablePath(name) else { return -1 }
        let env = childEnvironment(environment).map { "\($0.key)=\($0.value)" }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
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

    private static func writableFile(_ url: URL) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw E2EError("cannot create \(url.path)")
        }
        return try FileHandle(forWritingTo: url)
    }
}

/// A running `Process` and its timeout watchdog, shared with the watchdog's closure.
private final class ProcessBox: @unchecked Sendable {
    private let process: Process
    private let lock = NSLock()
    private var watchdog: DispatchWorkItem?
    private var didTimeOut = false

    init(_ process: Process) { self.process = process }

    var timedOut: Bool { lock.withLock { didTimeOut } }

    /// After `timeout`: SIGTERM, and SIGKILL two seconds later if still running.
    func startWatchdog(after timeout: Duration) {
        let item = DispatchWorkItem { [self] in
            guard process.isRunning else { return }
            lock.withLock { didTimeOut = true }
            process.terminate()
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + 2) { [self] in
                if process.isRunning { kill(pid, SIGKILL) }
            }
        }
        lock.withLock { watchdog = item }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout.timeInterval, execute: item)
    }

    func cancelWatchdog() {
        lock.withLock { watchdog?.cancel() }
    }
}

extension Duration {
    /// Seconds as a `TimeInterval`, for Dispatch and Foundation APIs.
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}

import Foundation

/// A long-running helper (sshd) whose output goes to a log file.
final class BackgroundProcess: @unchecked Sendable {
    let process: Process
    let logURL: URL

    /// Starts `arguments` with `environment` (plus SWIFT_BACKTRACE), stdout and stderr to `logURL`.
    init(_ arguments: [String], environment: [String: String]? = nil, logURL: URL) throws {
        guard let name = arguments.first, let executable = ProcessRunner.executablePath(name) else {
            throw E2EError("command not found: \(arguments.first ?? "")")
        }
        guard FileManager.default.createFile(atPath: logURL.path, contents: nil) else {
            throw E2EError("cannot create log file \(logURL.path)")
        }
        let log = try FileHandle(forWritingTo: logURL)
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(arguments.dropFirst())
        process.environment = ProcessRunner.childEnvironment(environment)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        self.logURL = logURL
        try process.run()
        try? log.close()
    }

    deinit { stop() }

    var isRunning: Bool { process.isRunning }

    /// Everything the process logged so far.
    var log: String {
        (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
    }

    /// SIGTERM now, SIGKILL a second later if it is still running. Does not block (see
    /// `ProcessRunner` for why). Safe to call more than once.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let process = process
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) {
            if process.isRunning { kill(pid, SIGKILL) }
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A long-running helper (sshd) whose stdout and stderr go to a log file.
final class BackgroundProcess: @unchecked Sendable {
    let child: ChildProcess
    let logURL: URL

    /// Starts `arguments` with `environment` (nil: ours; SWIFT_BACKTRACE always set).
    init(_ arguments: [String], environment: [String: String]? = nil, logURL: URL) throws {
        self.logURL = logURL
        child = try ChildProcess(arguments, environment: environment, stdout: logURL, stderr: logURL)
    }

    deinit { stop() }

    var isRunning: Bool { child.isRunning }

    /// Everything the process logged so far.
    var log: String {
        (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
    }

    /// SIGTERM to the process group; SIGKILL a second later if it is still there, then reaped.
    /// Does not block. Safe to call more than once.
    func stop() {
        guard child.isRunning else { return }
        child.signal(SIGTERM)
        let child = child
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) {
            child.signal(SIGKILL)
            _ = child.poll()
        }
    }
}

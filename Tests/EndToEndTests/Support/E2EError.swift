import Foundation

/// Errors thrown by the end-to-end harness. Their descriptions are what a failing test shows,
/// so they carry the context needed to debug (the last screen, a log tail, the command).
struct E2EError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    static func commandFailed(_ result: CommandResult) -> E2EError {
        E2EError("""
        command failed (exit \(result.status)): \(result.commandLine)
        stdout: \(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        stderr: \(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
        """)
    }
}

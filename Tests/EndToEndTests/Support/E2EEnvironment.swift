import Foundation
import Testing

/// A tool an end-to-end test needs on this machine.
enum E2ETool: String, Sendable, CaseIterable {
    case tmux
    case sshd
    case ssh
    case sshKeygen = "ssh-keygen"
    case soffice
    case pdftotext

    /// The tools that turn an office document into PDF text (LibreOffice, poppler).
    static let forOffice: [E2ETool] = [.soffice, .pdftotext]

    /// The tools an SSH test needs (it also runs ssh inside tmux).
    static let forSSH: [E2ETool] = [.tmux, .sshd, .ssh, .sshKeygen]

    /// Where the tool is, or nil when it is not installed.
    var path: String? {
        switch self {
        case .sshd:
            // sshd re-executes itself and must be started by absolute path.
            for candidate in ["/usr/sbin/sshd", "/usr/local/sbin/sshd", "/sbin/sshd"]
            where FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
            return nil
        default:
            return ProcessRunner.executablePath(rawValue)
        }
    }

    var installHint: String {
        switch self {
        case .tmux: "apt-get install tmux"
        case .sshd: "apt-get install openssh-server"
        case .ssh, .sshKeygen: "apt-get install openssh-client"
        case .soffice: "apt-get install libreoffice-writer-nogui"
        case .pdftotext: "apt-get install poppler-utils"
        }
    }
}

/// The requirement gate for end-to-end tests (DESIGN.md §7): a test whose tools are missing is
/// skipped with a message, unless `MODERAT_REQUIRE_E2E=1`, in which case it fails.
///
/// Usage, first line of a test:
///
///     try E2EEnvironment.require(.tmux)
///     try E2EEnvironment.require(E2ETool.forSSH)
///
/// or as a trait (skips when missing and not required; when required it lets the test run so
/// that `require` inside it fails loudly):
///
///     @Test(.requires(.tmux)) func ...
enum E2EEnvironment {
    /// True when `MODERAT_REQUIRE_E2E=1`: missing tools are failures, not skips.
    static var isRequired: Bool {
        ProcessInfo.processInfo.environment["MODERAT_REQUIRE_E2E"] == "1"
    }

    /// The tools from `tools` that are not installed.
    static func missing(_ tools: [E2ETool]) -> [E2ETool] {
        tools.filter { $0.path == nil }
    }

    /// A sentence naming the missing tools and how to install them.
    static func missingMessage(_ missing: [E2ETool]) -> String {
        let names = missing.map(\.rawValue).joined(separator: ", ")
        let hints = Set(missing.map(\.installHint)).sorted().joined(separator: "; ")
        return "end-to-end test needs \(names), not found (\(hints))"
    }

    /// Returns when every tool is present. Otherwise cancels (skips) the current test with a
    /// message, or, when `MODERAT_REQUIRE_E2E=1`, throws an error that fails it.
    static func require(_ tools: E2ETool..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        try require(tools, sourceLocation: sourceLocation)
    }

    static func require(_ tools: [E2ETool], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let missing = missing(tools)
        guard !missing.isEmpty else { return }
        let message = missingMessage(missing)
        if isRequired {
            throw E2EError("\(message); MODERAT_REQUIRE_E2E=1 makes this a failure")
        }
        try Test.cancel(Comment(rawValue: "skipped: \(message)"), sourceLocation: sourceLocation)
    }

    /// Whether a test needing `tools` should run at all (for `.enabled(if:)`).
    static func shouldRun(_ tools: [E2ETool]) -> Bool {
        isRequired || missing(tools).isEmpty
    }
}

extension Trait where Self == ConditionTrait {
    /// Skips the test with a message when a tool is missing, unless `MODERAT_REQUIRE_E2E=1`.
    /// Pair it with `try E2EEnvironment.require(...)` in the body so the required case fails.
    static func requires(_ tools: E2ETool...) -> Self {
        .enabled(
            if: E2EEnvironment.shouldRun(tools),
            Comment(rawValue: E2EEnvironment.missingMessage(E2EEnvironment.missing(tools)))
        )
    }
}

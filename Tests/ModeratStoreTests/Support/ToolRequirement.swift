import Foundation
import Testing

/// A program a store test runs (python3 for the HTML check, the sqlite3 shell). When it is
/// missing the test is skipped with a message saying which and how to install it; with
/// `MODERAT_REQUIRE_E2E=1` (as `.ci/run` sets after installing them) it fails instead.
enum ToolRequirement {
    /// The tool's path, or a skip / failure naming it.
    static func require(_ name: String, install: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        if let path = which(name) { return path }
        let message = "needs \(name), not found (\(install))"
        if ProcessInfo.processInfo.environment["MODERAT_REQUIRE_E2E"] == "1" {
            Issue.record("\(message); MODERAT_REQUIRE_E2E=1 makes this a failure", sourceLocation: sourceLocation)
        }
        try Test.cancel(Comment(rawValue: "skipped: \(message)"), sourceLocation: sourceLocation)
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

import Foundation
import Testing

/// The long tests (the crash test's `kill -9` rounds, the fuzz smoke test) run only when
/// `MODERAT_FULL_TESTS=1`, which `.ci/run` sets: a developer's `swift test` stays quick and
/// CI still runs everything. Without it they are skipped with this message.
enum FullTests {
    static var enabled: Bool { ProcessInfo.processInfo.environment["MODERAT_FULL_TESTS"] == "1" }

    static let skipReason: Comment = "skipped: a long test; MODERAT_FULL_TESTS=1 runs it (.ci/run does)"
}

import Foundation
import Testing

/// The long tests (the crash test's `kill -9` rounds, the fuzz smoke test, every test that
/// starts LibreOffice, and the end-to-end suites outside the smoke set) run only when
/// `MODERAT_FULL_TESTS=1`, which `.ci/run` sets: a developer's `swift test` stays under a
/// minute on two shared cores and CI still runs everything. Without it they are skipped with
/// a message saying why.
enum FullTests {
    static var enabled: Bool { ProcessInfo.processInfo.environment["MODERAT_FULL_TESTS"] == "1" }

    static let skipReason: Comment = "skipped: a long test; MODERAT_FULL_TESTS=1 runs it (.ci/run does)"
}

extension Trait where Self == ConditionTrait {
    /// A long test, skipped unless `MODERAT_FULL_TESTS=1`; `why` says what makes it long.
    static func long(_ why: String) -> Self {
        .enabled(if: FullTests.enabled,
                 Comment(rawValue: "skipped: a long test (\(why)); MODERAT_FULL_TESTS=1 runs it (.ci/run does)"))
    }

    /// A test that converts documents in LibreOffice: seconds of CPU per document.
    static var startsLibreOffice: Self { .long("it starts LibreOffice") }

    /// An end-to-end suite or test outside the smoke set a plain `swift test` keeps (the binary
    /// found and run, the queue under tmux with a decision in the database, one ssh session, the
    /// CLI's exit codes): each starts the real binary many times, seconds of CPU apiece.
    static var beyondSmokeSet: Self { .long("end to end, beyond the smoke set") }
}

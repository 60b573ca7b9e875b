import Foundation
import Testing

/// The long tests (the crash test's `kill -9` rounds, the fuzz smoke test, every test that
/// starts LibreOffice) run only when `MODERAT_FULL_TESTS=1`, which `.ci/run` sets: a
/// developer's `swift test` stays quick and CI still runs everything. Without it they are
/// skipped with a message saying why.
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
}

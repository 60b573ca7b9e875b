import Foundation
import Testing

/// Issue 10: every fuzz target runs briefly in each CI run (`MODERAT_FULL_TESTS=1`, which
/// `.ci/run` sets), so a change that makes an importer or the sanitiser crash on odd input is
/// caught without a separate CI job. Here the
/// plain `moderat-fuzz` build (no libFuzzer, built with the tests) replays the seed fixtures and
/// a few thousand seeded variations of them; the long coverage-guided runs are `.ci/fuzz`
/// (README, "Fuzzing"). `MODERAT_FUZZ_SECONDS=N` also runs `.ci/fuzz` for N seconds per target.
@Suite("fuzz targets, briefly", .serialized)
struct FuzzSmokeEndToEndTests {
    static let fixtures = ModeratBinary.packageRoot.appendingPathComponent("Tests/ModeratStoreTests/Fixtures")

    /// Each target with its seed files and how many variations keep it to a few seconds (debug).
    static let targets: [(name: String, seeds: [String], variations: Int)] = [
        ("decidim-csv", ["decidim-comments.csv", "decidim-broken.csv"], 800),
        ("decidim-json", ["decidim-comments.json", "decidim-broken.json"], 800),
        ("generic-csv", ["decidim-comments.csv", "decidim-broken.csv"], 800),
        ("sanitizer", ["decidim-comments.csv", "decidim-comments.json", "leitlinien.md"], 2000),
        ("guidelines", ["leitlinien.md"], 2000),
        ("applicants", ["applicants-comma.csv", "applicants-semicolon.csv"], 2000),
    ]

    @Test("each fuzz target takes its seeds and a few thousand variations of them without a crash",
          .enabled(if: FullTests.enabled, FullTests.skipReason))
    func variations() async throws {
        let binary = try await Self.fuzzBinary()
        // Where a failing input stays (moderat-fuzz removes it when all variations pass).
        let findings = (ModeratBinary.buildSettings()?.scratch ?? URL(fileURLWithPath: NSTemporaryDirectory()))
            .appendingPathComponent("fuzz-smoke-findings")
        try FileManager.default.createDirectory(at: findings, withIntermediateDirectories: true)
        // A fixed seed, so a run repeats the last one; MODERAT_TEST_SEED tries others.
        var random = TestRandom(label: "fuzz smoke test", fixedSeed: 20_261_206)
        let started = ContinuousClock.now
        for target in Self.targets {
            let seed = UInt64.random(in: 1...UInt64(UInt32.max), using: &random)
            let lastInput = findings.appendingPathComponent("\(target.name)-seed-\(seed)")
            let arguments = [binary.path, target.name, "--mutations", String(target.variations), "--seed", String(seed),
                             "--last-input", lastInput.path] + target.seeds.map { Self.fixtures.appendingPathComponent($0).path }
            let result = try await ProcessRunner.run(arguments, timeout: .seconds(300))
            #expect(result.succeeded && result.stdout.contains("\(target.variations) variations (seed \(seed)), no finding"),
                    """
                    \(target.name) failed on a variation (seed \(seed)); the input is \(Self.describe(lastInput));
                    repeat with \(ShellQuote.join(arguments))
                    \(result.stdout)\(result.stderr.suffix(3000))
                    """)
        }
        print("fuzz smoke test: \(Self.targets.map { "\($0.name) \($0.variations)" }.joined(separator: ", ")) "
            + "variations in \(ContinuousClock.now - started)")
    }

    @Test("each fuzz target survives MODERAT_FUZZ_SECONDS of libFuzzer (by hand: .ci/fuzz)",
          .enabled(if: ProcessInfo.processInfo.environment["MODERAT_FUZZ_SECONDS"] != nil))
    func libFuzzerRun() async throws {
        let seconds = ProcessInfo.processInfo.environment["MODERAT_FUZZ_SECONDS"] ?? "5"
        // A debug build in its own scratch path, beside the one the tests were built in.
        let outer = ModeratBinary.buildSettings()?.scratch ?? ModeratBinary.packageRoot.appendingPathComponent(".build")
        let scratch = outer.appendingPathComponent("fuzz-smoke")
        var environment = ProcessInfo.processInfo.environment
        environment.merge(["FUZZ_CONFIG": "debug", "FUZZ_SCRATCH": scratch.path, "FUZZ_TIME": seconds,
                           "FUZZ_RUNS": "100000000"]) { _, new in new }
        let result = try await ProcessRunner.run(
            [ModeratBinary.packageRoot.appendingPathComponent(".ci/fuzz").path], environment: environment,
            currentDirectory: ModeratBinary.packageRoot, timeout: .seconds(3600))
        print("libFuzzer smoke run:\n\(result.stdout)")
        #expect(result.status != 69, "the fuzz targets cannot be built with -sanitize=fuzzer here:\n\(result.stderr.suffix(2000))")
        #expect(result.succeeded, "a fuzz target found a crash, trap or hang (reproducers in \(scratch.path)/findings):\n\(result.stdout)\(result.stderr)")
        for target in Self.targets.map(\.name) {
            let line = result.stdout.split(separator: "\n").first { $0.hasPrefix("fuzz: \(target): ") }
            #expect(line?.hasSuffix("no finding") == true, "\(target): \(line ?? "no result")")
        }
    }

    /// `moderat-fuzz` from the same build as the tests and the `moderat` they drive.
    static func fuzzBinary() async throws -> URL {
        let url = try await ModeratBinary.url().deletingLastPathComponent().appendingPathComponent("moderat-fuzz")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw E2EError("\(url.path) is missing: swift build --product moderat-fuzz (with the tests' scratch path)")
        }
        return url
    }

    /// The failing input, short enough for a test report.
    static func describe(_ url: URL) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else { return "not kept" }
        return "\(url.path) (\(data.count) bytes; the first 200 as base64: \(data.prefix(200).base64EncodedString()))"
    }
}

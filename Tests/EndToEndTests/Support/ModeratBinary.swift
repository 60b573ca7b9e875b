import Foundation

/// Finds the built `moderat` executable for end-to-end tests.
///
/// Order: `$MODERAT_BINARY`; next to the running test executable or `.xctest` bundle (the same
/// scratch path and configuration that `swift test` just built). `swift test` builds every
/// product of the package, the executable included (checked with a clean scratch path), so the
/// binary is normally there. If it is not (`swift test --skip-build`, or a runner that built only
/// the test product), the harness runs `swift build --product moderat --ignore-lock` once per
/// test process with that scratch path and configuration. `--ignore-lock` because `swift test`
/// holds SwiftPM's lock on the scratch directory while the tests run (a plain nested
/// `swift build` waits for it forever); the harness's own flock on
/// `<scratch>/moderat-e2e-build.lock` keeps parallel test processes from building at once.
/// Only when the scratch path cannot be found does it fall back to `.build/debug/moderat`
/// relative to this source file.
enum ModeratBinary {
    /// The executable's absolute URL; builds it once per test process when missing.
    static func url() async throws -> URL {
        try await resolution.value
    }

    /// The absolute path of the executable.
    static func path() async throws -> String {
        try await url().path
    }

    private static let resolution = Task<URL, any Error> {
        if let override = ProcessInfo.processInfo.environment["MODERAT_BINARY"], !override.isEmpty {
            guard isExecutable(URL(fileURLWithPath: override)) else {
                throw E2EError("MODERAT_BINARY=\(override) is not an executable file")
            }
            return URL(fileURLWithPath: override)
        }
        if let sibling = siblings.first(where: isExecutable) { return sibling }
        if let settings = buildSettings() {
            try await build(scratch: settings.scratch, configuration: settings.configuration)
            if let sibling = siblings.first(where: isExecutable) { return sibling }
            throw E2EError("built moderat but it is not in any of \(siblings.map(\.path))")
        }
        let fallback = packageRoot.appendingPathComponent(".build/debug/moderat")
        if isExecutable(fallback) { return fallback }
        try await build(scratch: packageRoot.appendingPathComponent(".build"), configuration: "debug")
        guard isExecutable(fallback) else { throw E2EError("built moderat but it is not at \(fallback.path)") }
        return fallback
    }

    /// Where the package root is, from this file's location (Tests/EndToEndTests/Support/…).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // EndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    /// Directories that may hold the test executable (and so the `moderat` built with it).
    static var testProductDirectories: [URL] {
        var directories: [URL] = []
        var executables: [String] = []
        if let main = Bundle.main.executablePath { executables.append(main) }
        if let first = CommandLine.arguments.first { executables.append(first) }
        for path in executables {
            let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
            directories.append(url.deletingLastPathComponent())
        }
        // On macOS the test code lives in a .xctest bundle loaded by xctest or swiftpm-testing-helper.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directories.append(bundle.bundleURL.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        var seen = Set<String>()
        return directories.filter { seen.insert($0.path).inserted }
    }

    /// `moderat` next to each test product directory.
    static var siblings: [URL] {
        testProductDirectories.map { $0.appendingPathComponent("moderat") }
    }

    /// The scratch path (`--scratch-path`) and configuration the tests were built with, found by
    /// walking up from the test executable to the directory holding `workspace-state.json`.
    static func buildSettings() -> (scratch: URL, configuration: String)? {
        for directory in testProductDirectories {
            var url = directory
            let configuration = directory.lastPathComponent == "release" ? "release" : "debug"
            for _ in 0..<4 {
                url = url.deletingLastPathComponent()
                if FileManager.default.fileExists(atPath: url.appendingPathComponent("workspace-state.json").path) {
                    return (url, configuration)
                }
            }
        }
        return nil
    }

    private static func build(scratch: URL, configuration: String) async throws {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let result = try await FileLock.withLock(scratch.appendingPathComponent("moderat-e2e-build.lock")) {
            try await ProcessRunner.run(
                ["swift", "build", "--package-path", packageRoot.path, "--scratch-path", scratch.path,
                 "-c", configuration, "--product", "moderat", "--ignore-lock"],
                timeout: .seconds(900)
            )
        }
        guard result.succeeded else {
            throw E2EError("moderat was not built next to the tests, and building it failed:\n"
                + E2EError.commandFailed(result).description)
        }
    }

    private static func isExecutable(_ url: URL) -> Bool {
        FileManager.default.isExecutableFile(atPath: url.path) && !isDirectory(url)
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

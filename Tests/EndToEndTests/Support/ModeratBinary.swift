import Foundation

/// Finds the built `moderat` executable for end-to-end tests.
///
/// Order: `$MODERAT_BINARY`; next to the running test executable or `.xctest` bundle (the same
/// scratch path and configuration that `swift test` just built); then `.build/debug/moderat`
/// relative to this source file. `swift test` builds every product of the package, the
/// executable included, so the binary is normally already there. If it is not (for example a
/// test runner that built only the test product), the harness runs
/// `swift build --product moderat` once for that scratch path; SwiftPM's own lock on the scratch
/// directory serialises concurrent builds from parallel test processes.
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
        if let url = existing() { return url }
        return try await build()
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

    /// Every place the binary is looked for, in order.
    static var candidates: [URL] {
        var urls: [URL] = []
        if let override = ProcessInfo.processInfo.environment["MODERAT_BINARY"], !override.isEmpty {
            urls.append(URL(fileURLWithPath: override))
        }
        urls += testProductDirectories.map { $0.appendingPathComponent("moderat") }
        urls.append(packageRoot.appendingPathComponent(".build/debug/moderat"))
        return urls
    }

    /// The first candidate that exists and is executable.
    static func existing() -> URL? {
        candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !isDirectory($0) }
    }

    /// The scratch path (`--scratch-path`) and configuration the tests were built with, found by
    /// walking up from the test executable to the directory holding `workspace-state.json`.
    static func buildSettings() -> (scratch: URL, configuration: String) {
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
        return (packageRoot.appendingPathComponent(".build"), "debug")
    }

    private static func build() async throws -> URL {
        let (scratch, configuration) = buildSettings()
        let result = try await ProcessRunner.run(
            ["swift", "build", "--package-path", packageRoot.path, "--scratch-path", scratch.path,
             "-c", configuration, "--product", "moderat"],
            timeout: .seconds(600)
        )
        guard result.succeeded else {
            throw E2EError("moderat binary not found (looked in \(candidates.map(\.path))) and building it failed:\n"
                + E2EError.commandFailed(result).description)
        }
        guard let url = existing() else {
            throw E2EError("built moderat but it is not in any of \(candidates.map(\.path))")
        }
        return url
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

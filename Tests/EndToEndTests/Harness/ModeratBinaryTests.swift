import Foundation
import Testing

/// The harness finds (or builds) the real executable.
@Suite("moderat binary")
struct ModeratBinaryTests {
    @Test("the moderat executable is found next to the test product and runs")
    func locatesBinary() async throws {
        let url = try await ModeratBinary.url()
        #expect(FileManager.default.isExecutableFile(atPath: url.path))
        if ProcessInfo.processInfo.environment["MODERAT_BINARY"] == nil {
            // The one built with these tests, not a stale one from another scratch path.
            #expect(ModeratBinary.siblings.contains(url), "\(url.path) vs \(ModeratBinary.siblings.map(\.path))")
        }
        let workspace = try TempWorkspace()
        let result = try await ModeratLaunch.run(database: nil, arguments: ["--help"], workspace: workspace)
        #expect(result.succeeded, "\(result.stdout)\n\(result.stderr)")
    }

    @Test("init creates the database in the workspace")
    func initCreatesDatabase() async throws {
        let workspace = try TempWorkspace()
        let result = try await ModeratLaunch.run(database: workspace.databaseURL, arguments: ["init"], workspace: workspace)
        #expect(result.succeeded, "\(result.stdout)\n\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.databaseURL.path))
    }
}

import Foundation
import Testing

/// The harness finds (or builds) the real executable.
@Suite("moderat binary")
struct ModeratBinaryTests {
    @Test("the moderat executable is found next to the test product and runs")
    func locatesBinary() async throws {
        let url = try await ModeratBinary.url()
        #expect(FileManager.default.isExecutableFile(atPath: url.path))
        let workspace = try TempWorkspace()
        let result = try await ModeratLaunch.run(database: nil, arguments: ["--help"], workspace: workspace)
        #expect(result.succeeded, "\(result.stdout)\n\(result.stderr)")
    }
}

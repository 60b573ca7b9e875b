import Foundation
import Testing

/// TerminalKit serves any terminal application: the application hands over its names (the
/// editor's file prefix, its theme roles and search paths), TerminalKit knows none of them.
@Suite("TerminalKit knows no application")
struct NoApplicationNamesTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TerminalKit")

    @Test("no line under Sources/TerminalKit says moderat, in any case (moderator too)")
    func noModeratNames() throws {
        let walker = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
        var files = 0
        for case let url as URL in walker where url.pathExtension == "swift" {
            files += 1
            let text = try String(contentsOf: url, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.range(of: "moderat", options: .caseInsensitive) != nil {
                Issue.record("\(url.lastPathComponent):\(number + 1) names the application: \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        // The walk read TerminalKit (a wrong path would pass silently).
        #expect(files > 20, "only \(files) Swift files under \(Self.sources.path)")
    }
}

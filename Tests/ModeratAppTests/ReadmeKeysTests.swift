import Foundation
import Testing
@testable import ModeratApp

/// The README's key table is what the key maps bind, so the documentation cannot drift. After
/// changing a key map, paste `moderat keys --lang en` / `--lang de` between the README's
/// `<!-- keys:en -->` and `<!-- keys:de -->` markers.
@Suite struct ReadmeKeysTests {
    static let readme: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }()

    @Test("the README lists every key binding, in English and German, exactly as `moderat keys` prints them")
    func readmeListsEveryBinding() {
        #expect(Self.readme.contains(KeyReference.markdown(.en)))
        #expect(Self.readme.contains(KeyReference.markdown(.de)))
    }

    @Test("the README shows the demo and the test command")
    func readmeShowsSetupCommands() {
        #expect(Self.readme.contains("swift run moderat demo"))
        #expect(Self.readme.contains("swift test"))
    }
}

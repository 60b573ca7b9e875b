import Foundation
import Testing
import TerminalKit

/// `--theme` reads theme files only: a name from the search path or a path to a `.theme` file.
@Suite("Theme paths")
struct ThemePathTests {
    @Test("a path that is not a .theme file, or a name that walks out of the theme directories, reads nothing and says nothing of it")
    func onlyThemeFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("geheim: root:x:0:0\n".utf8).write(to: dir.appendingPathComponent("secret.txt"))
        try Data("title = red\n".utf8).write(to: dir.appendingPathComponent("mine.theme"))
        let loader = ThemeLoader(userDirectory: dir.path, shippedDirectories: [])
        for name in ["/etc/passwd", dir.appendingPathComponent("secret.txt").path, "../secret", "..", "secret.txt/..", dir.path + "/"] {
            #expect(loader.path(forTheme: name) == nil, "\(name)")
            let result = loader.load(named: name)
            #expect(!result.warnings.joined().contains("root:x"), "\(result.warnings)")
        }
        #expect(loader.path(forTheme: "mine") == dir.appendingPathComponent("mine.theme").path)
        #expect(loader.path(forTheme: dir.appendingPathComponent("mine.theme").path) != nil)
    }

    @Test("the shipped themes are looked for beside the same executable Foundation's Bundle.main names")
    func executableBesideTheThemes() throws {
        let foundation = try #require(Bundle.main.executablePath)
        let ours = try #require(ExecutablePath.current())
        #expect(URL(fileURLWithPath: ours).resolvingSymlinksInPath().path
            == URL(fileURLWithPath: foundation).resolvingSymlinksInPath().path)
    }
}

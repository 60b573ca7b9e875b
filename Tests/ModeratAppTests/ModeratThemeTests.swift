import Foundation
import Testing
import TerminalKit
@testable import ModeratApp

/// moderat's themes: the shipped files, the compiled-in default, its search path, and the
/// roles moderat adds to TerminalKit's (`state.*`).
@Suite("moderat's themes", .serialized)
struct ModeratThemeTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes").path

    @Test("a broken theme file falls back to the default theme with a warning")
    func brokenFileFallsBack() throws {
        let directory = NSTemporaryDirectory() + "moderat-themes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "title = bold\nstatus = on #12345\n".write(toFile: directory + "/broken.theme", atomically: true, encoding: .utf8)
        var loader = ThemeLoader(userDirectory: directory, shippedDirectories: [])
        loader.fallback = .builtinDefault
        loader.roles = ThemeRole.moderat
        let result = loader.load(named: "broken")
        #expect(result.theme == .builtinDefault)
        #expect(result.warnings.first?.hasSuffix("broken.theme:2: unknown colour '#12345' (expected default, black..white, bright-black..bright-white, 0-255 or #rrggbb)") == true)
        let missing = loader.load(named: "nope")
        #expect(missing.theme == .builtinDefault)
        #expect(missing.warnings.first?.contains("theme 'nope' not found") == true)
    }

    @Test("the user's theme directory wins over the shipped one")
    func userDirectoryFirst() throws {
        let user = NSTemporaryDirectory() + "moderat-user-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: user, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: user) }
        try "title = underline\n".write(toFile: user + "/light.theme", atomically: true, encoding: .utf8)
        var loader = ThemeLoader(userDirectory: user, shippedDirectories: [Self.themesDirectory])
        loader.fallback = .builtinDefault
        loader.roles = ThemeRole.moderat
        let light = loader.load(named: "light")
        #expect(light.path == user + "/light.theme")
        #expect(light.theme.style(for: .title, capability: .c256) == Style(attributes: .underline))
        // Roles the user's file leaves out come from the default theme.
        #expect(light.theme.styles[.error] == Theme.builtinDefault.styles[.error])
        #expect(loader.availableThemeNames() == ["default", "high-contrast", "light", "monochrome"])
    }

    @Test("the search path follows XDG_CONFIG_HOME and finds themes/ of a development checkout")
    func searchPath() {
        let exe = URL(fileURLWithPath: Self.themesDirectory).deletingLastPathComponent().appendingPathComponent(".build/debug/moderat").path
        let loader = ThemeLoader(appName: "moderat", directoryVariable: "MODERAT_THEMES_DIR",
                                 environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/x", "MODERAT_THEMES_DIR": "/opt/t"], executablePath: exe)
        #expect(loader.userDirectory == "/cfg/moderat/themes")
        #expect(loader.shippedDirectories.first == "/opt/t")
        #expect(loader.shippedDirectories.last == Self.themesDirectory)
        #expect(ThemeLoader(appName: "moderat", directoryVariable: "MODERAT_THEMES_DIR", environment: ["HOME": "/home/x"], executablePath: nil).userDirectory == "/home/x/.config/moderat/themes")
    }

    @Test("every shipped theme parses, and the compiled-in default equals themes/default.theme")
    func shippedThemes() throws {
        for name in ["default", "light", "high-contrast", "monochrome"] {
            let path = Self.themesDirectory + "/\(name).theme"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let theme = try ThemeParser.parse(text, name: name, file: path, roles: ThemeRole.moderat)
            #expect(Set(theme.styles.keys) == Set(ThemeRole.moderat), "\(name) sets every role")
        }
        let file = try String(contentsOfFile: Self.themesDirectory + "/default.theme", encoding: .utf8)
        #expect(try ThemeParser.parse(file, name: "default", file: "default.theme", roles: ThemeRole.moderat) == Theme.builtinDefault)
        // A multi-line string literal drops the file's final newline.
        #expect(file == DefaultThemeText.text + "\n")
    }

    @Test("a file holding the built-in theme's text, the shipped default.theme or a copy of it under another name, loads as parsing it would")
    func fileWithTheBuiltInText() throws {
        let directory = NSTemporaryDirectory() + "moderat-themes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let shipped = try String(contentsOfFile: Self.themesDirectory + "/default.theme", encoding: .utf8)
        try shipped.write(toFile: directory + "/mine.theme", atomically: true, encoding: .utf8)
        let loader = ThemeLoader.moderat(environment: ["XDG_CONFIG_HOME": "/nonexistent"], executablePath: nil)
        var parsing = loader
        parsing.fallbackText = nil
        for (path, name) in [(Self.themesDirectory + "/default.theme", "default"), (directory + "/mine.theme", "mine")] {
            let shortcut = loader.load(path: path, name: name)
            let parsed = parsing.load(path: path, name: name)
            #expect(shortcut.theme == parsed.theme && shortcut.path == path && parsed.path == path)
            #expect(shortcut.warnings.isEmpty && parsed.warnings.isEmpty)
            #expect(shortcut.theme.name == name)
        }
    }

    @Test("the commented example in themes/README.md is a valid theme")
    func readmeExample() throws {
        let readme = try String(contentsOfFile: Self.themesDirectory + "/README.md", encoding: .utf8)
        let example = try #require(readme.components(separatedBy: "## Example").last)
        let lines = example.split(separator: "\n").filter { $0.hasPrefix("    ") }.map { $0.dropFirst(4) }
        let theme = try ThemeParser.parse(lines.joined(separator: "\n"), name: "dusk", file: "README.md", roles: ThemeRole.moderat)
        #expect(theme.style(for: .stateRejected, capability: .c256) == Style(foreground: .indexed(203), attributes: .dim))
    }

    @Test("a theme file naming a role no one declared is refused on its line; moderat's state roles are known to moderat only")
    func rolesComeFromTheApplication() throws {
        let text = "state.pending = yellow\n"
        #expect(throws: ThemeParseErrors.self) { try ThemeParser.parse(text, name: "t", file: "t.theme") }
        let theme = try ThemeParser.parse(text, name: "t", file: "t.theme", roles: ThemeRole.moderat)
        #expect(theme.style(for: .statePending, capability: .sixteen).foreground == .ansi(3))
    }
}

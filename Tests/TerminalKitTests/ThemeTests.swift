import Foundation
import Testing
@testable import TerminalKit

@Suite("Themes and colours", .serialized)
struct ThemeTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes").path

    @Test("a style line gives colours with fallbacks for fewer colours, and attributes")
    func parseLine() throws {
        let theme = try ThemeParser.parse("list.selected = black on #87d7ff|117|cyan, bold\n", name: "t", file: "t.theme")
        #expect(theme.style(for: .listSelected, capability: .truecolor) == Style(foreground: .ansi(0), background: .rgb(0x87, 0xD7, 0xFF), attributes: .bold))
        #expect(theme.style(for: .listSelected, capability: .c256).background == .indexed(117))
        #expect(theme.style(for: .listSelected, capability: .sixteen).background == .ansi(6))
        #expect(theme.style(for: .listSelected, capability: .eight).background == .ansi(6))
    }

    @Test("without colour, bold stays and a coloured background becomes reverse video")
    func noColorKeepsAttributes() throws {
        let theme = try ThemeParser.parse("""
            list.selected = black on cyan, bold
            error = red, bold, underline
            match = black on yellow
            match@mono = underline
            """, name: "t", file: "t.theme")
        #expect(theme.style(for: .listSelected, capability: .none) == Style(attributes: [.bold, .reverse]))
        #expect(theme.style(for: .error, capability: .none) == Style(attributes: [.bold, .underline]))
        #expect(theme.style(for: .match, capability: .monochrome) == Style(attributes: .underline))
    }

    @Test("a broken line is reported as file:line with what is wrong")
    func brokenLine() {
        let text = "# mine\ntitle = bold\nlist.row = blu on default\nnonsense.role = red\n"
        #expect(throws: ThemeParseErrors.self) { try ThemeParser.parse(text, name: "mine", file: "mine.theme") }
        do {
            _ = try ThemeParser.parse(text, name: "mine", file: "mine.theme")
        } catch {
            #expect(error.errors.map(\.line) == [3, 4])
            #expect(error.errors[0].description.hasPrefix("mine.theme:3: unknown colour 'blu'"))
            #expect(error.errors[1].description.contains("unknown role 'nonsense.role'"))
        }
    }

    @Test("a broken theme file falls back to the default theme with a warning")
    func brokenFileFallsBack() throws {
        let directory = NSTemporaryDirectory() + "moderat-themes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "title = bold\nstatus = on #12345\n".write(toFile: directory + "/broken.theme", atomically: true, encoding: .utf8)
        let loader = ThemeLoader(userDirectory: directory, shippedDirectories: [])
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
        let loader = ThemeLoader(userDirectory: user, shippedDirectories: [Self.themesDirectory])
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
            let theme = try ThemeParser.parse(text, name: name, file: path)
            #expect(Set(theme.styles.keys) == Set(ThemeRole.allCases), "\(name) sets every role")
        }
        let file = try String(contentsOfFile: Self.themesDirectory + "/default.theme", encoding: .utf8)
        #expect(try ThemeParser.parse(file, name: "default", file: "default.theme") == Theme.builtinDefault)
        // A multi-line string literal drops the file's final newline.
        #expect(file == DefaultThemeText.text + "\n")
    }

    @Test("the commented example in themes/README.md is a valid theme")
    func readmeExample() throws {
        let readme = try String(contentsOfFile: Self.themesDirectory + "/README.md", encoding: .utf8)
        let example = try #require(readme.components(separatedBy: "## Example").last)
        let lines = example.split(separator: "\n").filter { $0.hasPrefix("    ") }.map { $0.dropFirst(4) }
        let theme = try ThemeParser.parse(lines.joined(separator: "\n"), name: "dusk", file: "README.md")
        #expect(theme.style(for: .stateRejected, capability: .c256) == Style(foreground: .indexed(203), attributes: .dim))
    }

    @Test("NO_COLOR set and non-empty turns colour off; empty NO_COLOR does not")
    func noColorDetection() {
        #expect(ColorCapability.detect(environment: ["NO_COLOR": "1"], hasColors: true, colors: 256) == .none)
        #expect(ColorCapability.detect(environment: ["NO_COLOR": ""], hasColors: true, colors: 256) == .c256)
        #expect(ColorCapability.detect(environment: [:], hasColors: false, colors: 0) == .monochrome)
        #expect(ColorCapability.detect(environment: [:], hasColors: true, colors: 8) == .eight)
        #expect(ColorCapability.detect(environment: [:], hasColors: true, colors: 16) == .sixteen)
        #expect(ColorCapability.detect(environment: [:], hasColors: true, colors: 1 << 24) == .truecolor)
    }

    @Test("colours map to the nearest the terminal has; default stays the terminal's own")
    func colorMapping() {
        #expect(ColorMapping.terminalColor(.default, capability: .c256) == -1)
        #expect(ColorMapping.terminalColor(.rgb(255, 0, 0), capability: .c256) == 196)
        #expect(ColorMapping.terminalColor(.rgb(255, 0, 0), capability: .sixteen) == 9)
        #expect(ColorMapping.terminalColor(.rgb(200, 0, 0), capability: .eight) == 1)
        #expect(ColorMapping.terminalColor(.rgb(0x12, 0x34, 0x56), capability: .truecolor) == 0x123456)
        #expect(ColorMapping.terminalColor(.indexed(196), capability: .sixteen) == 9)
        #expect(ColorMapping.terminalColor(.ansi(9), capability: .eight) == 1)
        #expect(ColorMapping.terminalColor(.ansi(3), capability: .none) == -1)
    }
}

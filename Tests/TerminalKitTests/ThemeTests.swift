import Foundation
import Testing
@testable import TerminalKit

@Suite("Themes and colours", .serialized)
struct ThemeTests {
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

import CNcursesw
import Glibc
import Testing
@testable import TerminalKit

@Suite("Display width, truncation and wrapping")
struct TextWidthTests {
    @Test("umlauts, CJK, emoji families and combining accents take the columns a terminal gives them")
    func widths() {
        #expect(DisplayWidth.of("Grüße") == 5)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test("the width tables agree with this machine's glibc wcwidth for every code point")
    func widthTablesAgreeWithGlibc() throws {
        let locale = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil))
        let previous = uselocale(locale)
        defer {
            uselocale(previous)
            freelocale(locale)
        }
        var mismatches: [String] = []
        for value in UInt32(0xA0)...0x10FFFF where !(0xD800...0xDFFF).contains(value) {
            let expected = Int(wcwidth(wchar_t(bitPattern: value)))
            if DisplayWidth.ofScalar(value) != expected, mismatches.count < 5 {
                mismatches.append("U+\(String(value, radix: 16)): \(DisplayWidth.ofScalar(value)) vs \(expected)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test("a long subject is cut by columns and ends in an ellipsis")
    func truncation() {
        #expect(TextLayout.truncate("Straßenbahn", toWidth: 20) == "Straßenbahn")
        #expect(TextLayout.truncate("Straßenbahn", toWidth: 6) == "Straß…")
        #expect(DisplayWidth.of(TextLayout.truncate("Straßenbahn", toWidth: 6)) == 6)
        // A wide character straddling the limit is left out whole, never halved.
        #expect(TextLayout.truncate("日本語です", toWidth: 4) == "日…")
        #expect(TextLayout.truncate("日本語です", toWidth: 5) == "日本…")
        #expect(TextLayout.truncate("ab日本", toWidth: 4) == "ab…")
        #expect(TextLayout.truncate("anything", toWidth: 0) == "")
        #expect(TextLayout.truncate("abc", toWidth: 1) == "…")
        #expect(TextLayout.truncate("abc", toWidth: 3) == "abc")
        #expect(TextLayout.truncate("abcd", toWidth: 3) == "ab…")
        // A combining mark keeps its base in the same column, cut or not.
        #expect(TextLayout.truncate("Cafe\u{301} au lait", toWidth: 5) == "Cafe\u{301}…")
        #expect(TextLayout.truncate("Übergänge\tfür Fußgänger", toWidth: 14) == "Übergänge für…")
    }

    @Test("wrapping breaks between words and hard-breaks a word longer than the row")
    func wrapping() {
        #expect(TextLayout.wrap("Die Bürger sollen früh beteiligt werden", width: 12) ==
                ["Die Bürger", "sollen früh", "beteiligt", "werden"])
        #expect(TextLayout.wrap("Donaudampfschifffahrt", width: 8) == ["Donaudam", "pfschiff", "fahrt"])
        #expect(TextLayout.wrap("eins\n\nzwei\n", width: 10) == ["eins", "", "zwei", ""])
        #expect(TextLayout.wrap("日本語のテキスト", width: 5) == ["日本", "語の", "テキ", "スト"])
        for row in TextLayout.wrap("日本語 mixed with Grüße and 👩‍👩‍👧 emoji", width: 7) {
            #expect(DisplayWidth.of(row) <= 7)
        }
    }

    @Test("a megabyte line and 2,000 lines wrap lazily: showing the first screen is quick")
    func largeInput() {
        let huge = String(repeating: "Bürgerbeteiligung ", count: 60_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let firstScreen = Array(TextLayout.wrappedLines(huge, width: 80).prefix(30))
            #expect(firstScreen.count == 30)
            var buffer = Buffer(size: Size(width: 80, height: 30))
            buffer.write(huge, x: 0, y: 0, style: .plain)
            #expect(buffer.rowText(0).hasPrefix("Bürgerbeteiligung"))
        }
        #expect(elapsed < .seconds(2))
        let manyLines = (1...2_000).map { "Zeile \($0) mit etwas Text" }.joined(separator: "\n")
        #expect(TextLayout.wrap(manyLines, width: 40).count == 2_000)
    }
}

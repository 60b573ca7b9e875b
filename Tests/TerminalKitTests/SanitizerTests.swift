import Testing
@testable import TerminalKit

@Suite("Untrusted text becomes harmless glyphs")
struct SanitizerTests {
    /// What a user sees in row 0 after writing `text`, and a check on every cell.
    func shown(_ text: String, width: Int = 60) -> String {
        var buffer = Buffer(size: Size(width: width, height: 1))
        buffer.write(text, x: 0, y: 0, style: .plain)
        for x in 0..<width {
            for scalar in buffer[x, 0].grapheme.unicodeScalars {
                let v = scalar.value
                #expect(v >= 0x20, "control U+\(String(v, radix: 16)) in a cell")
                #expect(!(0x7F...0x9F).contains(v), "C1/DEL U+\(String(v, radix: 16)) in a cell")
                #expect(!(0x202A...0x202E).contains(v) && !(0x2066...0x2069).contains(v), "bidi control in a cell")
                #expect(!(0x200B...0x200C).contains(v) && v != 0xFEFF && v != 0x200E && v != 0x200F, "zero-width in a cell")
                #expect(Sanitizer.isSafe(scalar))
            }
        }
        return buffer.rowText(0).trimmingTrailingSpaces()
    }

    @Test("German and other Latin text passes unchanged, only a soft hyphen in it is dropped")
    func latinUnchanged() {
        // What the quick path copies whole, the scalar-by-scalar path would keep one by one.
        for value in UInt32(0)..<0x400 where Sanitizer.passesUnchanged(value) {
            let scalar = Unicode.Scalar(value)!
            #expect(Sanitizer.isSafe(scalar) && DisplayWidth.ofScalar(value) == 1 && !Sanitizer.isDropped(scalar),
                    "U+\(String(value, radix: 16))")
        }
        #expect(Sanitizer.singleLine("Straßenbahn über Brücken, Ärger ½ °C") == "Straßenbahn über Brücken, Ärger ½ °C")
        #expect(Sanitizer.singleLine("Straßen\u{AD}bahn über\tBrücken") == "Straßenbahn über Brücken")
        #expect(shown("Café Øresund") == "Café Øresund")
    }

    @Test("a comment that tries to clear the screen shows the escape as a visible ␛")
    func clearScreen() {
        #expect(shown("Hallo\u{1B}[2JWelt") == "Hallo␛[2JWelt")
    }

    @Test("title changes and OSC 52 clipboard writes are shown, not obeyed")
    func osc() {
        #expect(shown("a\u{1B}]0;pwned\u{07}b") == "a␛]0;pwned␇b")
        #expect(shown("\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}") == "␛]52;c;ZWNobyBwd25lZA==␇")
    }

    @Test("C1 controls, NUL and DEL become visible replacements")
    func c1AndNul() {
        #expect(shown("x\u{9B}31mred") == "x\u{FFFD}31mred")
        #expect(shown("a\u{0}b\u{7F}c") == "a␀b␡c")
    }

    @Test("bidi overrides, isolates and zero-width characters are dropped")
    func bidiAndZeroWidth() {
        #expect(shown("abc\u{202E}fed") == "abcfed")
        #expect(shown("\u{2066}a\u{2067}b\u{2068}c\u{2069}") == "abc")
        #expect(shown("Spam\u{200B}link\u{FEFF}\u{200E}") == "Spamlink")
    }

    @Test("invalid UTF-8 arrives as the replacement glyph")
    func invalidUTF8() {
        let text = Sanitizer.decode([0x47, 0x72, 0xFC, 0xDF, 0x65, 0xC3])
        #expect(shown(text) == "Gr\u{FFFD}\u{FFFD}e\u{FFFD}")
    }

    @Test("tabs and newlines in a one-line row become spaces; a multi-line view keeps newlines")
    func whitespace() {
        #expect(shown("eins\tzwei\r\ndrei\nvier") == "eins zwei drei vier")
        #expect(Sanitizer.multiLine("eins\r\nzwei\rdrei\tvier") == "eins\nzwei\ndrei vier")
    }

    @Test("emoji stay whole where ncurses and the terminal agree on their width")
    func emoji() {
        #expect(shown("👩‍👩‍👧 ok") == "👩‍👩‍👧 ok")
        // A narrow base with an emoji selector is shown in its one-column text form.
        #expect(Sanitizer.singleLine("❤\u{FE0F}") == "❤")
        // Flags are shown as their letters: terminals disagree about their width.
        #expect(shown("🇩🇪") == "DE")
        #expect(shown("\u{301}orphan accent") == "orphan accent")
    }
}

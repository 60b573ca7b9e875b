import Testing
@testable import TerminalKit

/// The theme parser splits and trims lines by bytes where the text is ASCII (issue 16: by
/// `Character` it was a sixth of the first frame); theme files must read exactly as before,
/// whatever they hold: carriage returns, letters with accents, combining marks.
@Suite("A theme's lines split and trimmed by bytes read as by characters")
struct ThemeTextTests {
    static let texts = [
        "", " ", "\n", "a\nb", "\na\n\nb\n", "a\r\nb\nc", "\r\n", " \r\n x = 1 \r\n", "\t title  = bold \u{0B}",
        "x = red, bold", ",,a,,", "a,b,", "red | 196|x", "||", "é | ü", "a\u{301} = b", "  \u{301}x ", "=\u{301}",
        " x\u{00A0}", "\u{2003}y\u{2003}", "# Farben für alle\nstatus = bold", "a = b = c", "\u{0600} x",
    ]

    @Test("Splitting at a separator gives the parts split(separator:) gives", arguments: texts)
    func splitsAsCharacters(_ text: String) {
        for separator: Character in ["\n", ",", " ", "|", "="] {
            for omitting in [true, false] {
                #expect(text.splitting(at: separator, omittingEmptySubsequences: omitting)
                    == text.split(separator: separator, omittingEmptySubsequences: omitting))
            }
        }
    }

    @Test("Trimming drops what Character.isWhitespace drops at both ends", arguments: texts)
    func trimsAsCharacters(_ text: String) {
        #expect(text.trimmingWhitespace() == text[...].trimmingWhitespaceByCharacter())
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(part.trimmingWhitespace() == part.trimmingWhitespaceByCharacter())
        }
    }

    @Test("The first equals sign is the one firstIndex(of:) finds", arguments: texts)
    func findsAsCharacters(_ text: String) {
        #expect(text.firstIndex(ofASCII: "=") == text.firstIndex(of: "="))
    }
}

import Testing
@testable import TerminalKit

/// The theme parser closes up spaces around fallback bars by hand (issue 16: `replacing` was a
/// third of parsing the built-in theme at every start); it must do exactly what the two
/// `replacing` calls did, mistakes in theme files included.
@Suite("Spaces around a theme's fallback bars")
struct ThemeBarSpacingTests {
    @Test("Closing up the bars gives what replacing \" |\" and then \"| \" gave",
          arguments: ["#ff0000 | 196 | red", "#ff0000|196|red", "231 on 24", "a  | b", "a |  b", "| |", " | ", "||  |",
                      "red on #001122 | 17", "", " ", "|", "a | b on c |d", "é | ü"])
    func sameAsReplacing(_ text: String) {
        #expect(ThemeParser.closingBars(text) == text.replacing(" |", with: "|").replacing("| ", with: "|"))
    }
}

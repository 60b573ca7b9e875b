import Foundation
import ModeratCore
import Testing

/// Outside text in JSON and CSV: nothing invisible raw, no formulas.
@Suite("Machine text")
struct MachineTextTests {
    @Test("JSON escapes C1, DEL, bidi, zero-width and line separators, and gives the same text back")
    func json() throws {
        let text = "a\u{9B}31m\u{85}\u{7F}\u{202E}b\u{2066}\u{200F}\u{200B}\u{2028}\u{FEFF}\u{E0041}ä"
        let encoded = String(decoding: try JSONSerialization.data(withJSONObject: [text]), as: UTF8.self)
        let escaped = MachineText.escapingInvisibles(encoded)
        #expect(escaped == "[\"a\\u009b31m\\u0085\\u007f\\u202eb\\u2066\\u200f\\u200b\\u2028\\ufeff\\udb40\\udc41ä\"]")
        #expect(try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String] == [text])
    }

    @Test("CSV cells starting with = + - @ tab or CR get an apostrophe; plain numbers and other text stay")
    func csv() {
        #expect(["=1+1", "+49 631", "-2+3", "@SUM(A1)", "\tx", "\rx"].map(MachineText.csvCell)
                == ["'=1+1", "'+49 631", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx"])
        #expect(["-3", "+49", "1.5", "Anna", "", "-"].map(MachineText.csvCell) == ["-3", "+49", "1.5", "Anna", "", "'-"])
        #expect(MachineText.csvField("=A1;\"x\"", delimiter: ";") == "\"'=A1;\"\"x\"\"\"")
    }
}

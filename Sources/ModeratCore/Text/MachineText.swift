/// Outside text in machine formats: JSON that shows every invisible character as an escape,
/// CSV cells a spreadsheet will not run as formulas.
public enum MachineText {
    /// JSON text with every control, bidi and other invisible format character inside its
    /// strings written as `\uXXXX` (JSON's structure is ASCII, so only string contents change,
    /// and a reader gets the same data back). Encoders escape C0 only; C1, DEL, U+2028/2029,
    /// U+202A–202E, U+2066–2069, U+200B–200F, BOM and tags would reach a terminal or an editor raw.
    public static func escapingInvisibles(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count + 16)
        for scalar in json.unicodeScalars {
            guard needsEscape(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                out += "\\u" + hex4(unit)
            }
        }
        return out
    }

    /// Whether a scalar must not stand raw in output meant for people or their tools.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 && v != 0x0A { return true }
        if (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 { return true }
        return v >= 0xA0 && scalar.properties.generalCategory == .format
    }

    /// A CSV cell a spreadsheet shows as text: one starting with `=`, `+`, `-`, `@`, tab or CR
    /// (a formula to Excel and LibreOffice) gets a leading apostrophe. Plain numbers such as
    /// `-3` or `+49` stay numbers.
    public static func csvCell(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first) else { return cell }
        if first == "-" || first == "+", cell.dropFirst().allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
           cell.count > 1 {
            return cell
        }
        return "'" + cell
    }

    /// One CSV field: formula start neutralised, then RFC 4180 quoting when it holds the
    /// separator, a quote or a line break.
    public static func csvField(_ raw: String, delimiter: Character = ",") -> String {
        let text = csvCell(raw)
        guard text.contains(where: { $0 == delimiter || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func hex4(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}

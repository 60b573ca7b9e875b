import Foundation

/// Decoding and cleaning of an imported guidelines file: UTF-8 only, line endings unified,
/// control and bidi-override characters removed before anything is stored.
enum GuidelinesText {
    /// The text of `data`; invalid UTF-8 is bad input at the line where it occurs.
    static func decode(_ data: Data, file: String) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return text }
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        throw StoreError.invalid(file, line: line, .notUTF8)
    }

    /// CRLF/CR become LF; tabs stay; other C0/C1 controls, DEL and bidi overrides/isolates go.
    static func clean(_ text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var scalars = String.UnicodeScalarView()
        for scalar in unified.unicodeScalars where keeps(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return true
        case 0x00...0x1F, 0x7F...0x9F: return false
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0xFEFF: return false
        default: return true
        }
    }
}

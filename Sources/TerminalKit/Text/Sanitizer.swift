/// The one place where untrusted text (from citizens, imports, files) becomes safe to show.
///
/// `Buffer.write` calls it for every row, so no widget can forget it. Nothing that comes out
/// can make the terminal do anything but print a glyph: C0 controls become the visible
/// "control pictures" (␛ for ESC, ␀ for NUL), C1 controls and invalid UTF-8 the replacement
/// glyph �, bidi overrides and isolates and zero-width characters are dropped so a comment
/// cannot reorder or hide what follows it. Emoji joiners and selectors stay only where
/// ncurses and the terminal agree on the width (after a wide base).
public enum Sanitizer {
    /// Text for a single row: newlines and tabs become spaces, controls become visible glyphs.
    public static func singleLine(_ text: some StringProtocol) -> String {
        sanitize(text, keepNewlines: false)
    }

    /// Text for a wrapped view: newlines stay (CR LF and lone CR become LF), tabs become
    /// spaces, controls become glyphs.
    public static func multiLine(_ text: some StringProtocol) -> String {
        sanitize(text, keepNewlines: true)
    }

    /// Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD.
    public static func decode(_ bytes: some Sequence<UInt8>) -> String {
        String(decoding: Array(bytes), as: UTF8.self)
    }

    /// Whether a scalar may stand in a cell as is (what the tests and the backend assert).
    public static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if DisplayWidth.isControl(v) || isDropped(scalar) && v != 0x200D { return false }
        return DisplayWidth.ofScalar(v) >= 0
    }

    /// Combining marks kept per base; ncurses stores at most five code points per cell anyway.
    static let maxCombiningMarks = 4

    static func sanitize(_ text: some StringProtocol, keepNewlines: Bool) -> String {
        // Most rows are printable ASCII and Latin letters, which pass unchanged: copied whole,
        // they cost a tenth of being rebuilt scalar by scalar (a frame has dozens of rows).
        if text.unicodeScalars.allSatisfy({ passesUnchanged($0.value) }) { return String(text) }
        var out = String.UnicodeScalarView()
        let lineBreak: Unicode.Scalar = keepNewlines ? "\n" : " "
        var baseWidth = 0          // width of the cluster base the next zero-width scalar joins
        var combining = 0          // zero-width scalars appended to that base so far
        var afterCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if afterCR {
                afterCR = false
                if v == 0x0A { continue }
            }
            if v >= 0x20 && v < 0x7F {
                out.append(scalar)
                baseWidth = 1
                combining = 0
                continue
            }
            switch v {
            case 0x0A, 0x2028, 0x2029:
                out.append(lineBreak)
                baseWidth = 0
                combining = 0
            case 0x0D:
                out.append(lineBreak)
                afterCR = true
                baseWidth = 0
                combining = 0
            case 0x09:
                out.append(" ")
                baseWidth = 1
                combining = 0
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + v) ?? "?")
                baseWidth = 1
                combining = 0
            case 0x7F:
                out.append("\u{2421}")
                baseWidth = 1
                combining = 0
            case 0x1F1E6...0x1F1FF:
                // Regional indicators pair into flags that terminals draw two columns wide
                // while wcwidth says one each: show the letters instead ("DE").
                out.append(Unicode.Scalar(v - 0x1F1E6 + 0x41) ?? "?")
                baseWidth = 1
                combining = 0
            case 0xFE0F, 0x200D, 0x1F3FB...0x1F3FF:
                // Emoji selector, joiner and skin tones only after a wide base, where the
                // terminal and ncurses agree the cell is two columns.
                if baseWidth == 2 && combining < maxCombiningMarks {
                    out.append(scalar)
                    combining += 1
                }
            default:
                if isDropped(scalar) { continue }
                let width = DisplayWidth.ofScalar(v)
                if width < 0 {
                    out.append("\u{FFFD}")
                    baseWidth = 1
                } else if width == 0 {
                    if baseWidth > 0 && combining < maxCombiningMarks {
                        out.append(scalar)
                        combining += 1
                    }
                } else {
                    if !(out.last?.value == 0x200D) { baseWidth = width }
                    out.append(scalar)
                }
                if width != 0 { combining = 0 }
            }
        }
        return String(out)
    }

    /// Printable ASCII and U+00A0…U+02FF (Latin letters and signs, one column each, no marks)
    /// but the soft hyphen, which is dropped: `sanitize` copies these as they are.
    static func passesUnchanged(_ value: UInt32) -> Bool {
        (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value < 0x300 && value != 0xAD)
    }

    /// Format characters (bidi controls, zero-width spaces, BOM, soft hyphen, tags): shown by
    /// nothing, so they could only hide or reorder text. The emoji joiner is judged above.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xA0 && scalar.properties.generalCategory == .format
    }
}

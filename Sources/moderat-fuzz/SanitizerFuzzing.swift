import Foundation
import TerminalKit

/// Writes arbitrary text into a `Buffer` the way every view does and checks what a terminal
/// would get: only safe glyphs in cells, wide glyphs whole, widths that add up to the row.
enum SanitizerFuzzing {
    static func run(_ input: Data) {
        guard input.count >= 3 else { return }
        let bytes = [UInt8](input)
        // The first bytes choose the geometry, the rest is the text.
        let width = 1 + Int(bytes[0] % 40)
        let x = Int(bytes[1] % 48) - 4
        let maxWidth: Int? = bytes[2] & 0x80 == 0 ? nil : Int(bytes[2] & 0x3F)
        let text = Sanitizer.decode(bytes.dropFirst(3))

        var buffer = Buffer(size: Size(width: width, height: 2))
        let used = buffer.write(text, x: x, y: 0, style: .plain, maxWidth: maxWidth)
        if used < 0 || used > max(0, min(width - x, maxWidth ?? width)) {
            FuzzFinding.fail("write used \(used) columns of width \(width) at x \(x), maxWidth \(String(describing: maxWidth))")
        }
        // A second write over the first, shifted by one, must not leave half a wide glyph.
        buffer.write(text, x: x + 1, y: 0, style: .plain, maxWidth: maxWidth)
        buffer.write(String(text.reversed()), x: 0, y: 1, style: .plain)
        checkRows(buffer)

        let multiLine = Sanitizer.multiLine(text)
        for scalar in multiLine.unicodeScalars where scalar != "\n" && !Sanitizer.isSafe(scalar) {
            FuzzFinding.fail("multiLine kept U+\(String(scalar.value, radix: 16))")
        }
    }

    private static func checkRows(_ buffer: Buffer) {
        for y in 0..<buffer.size.height {
            var columns = 0
            var x = 0
            while x < buffer.size.width {
                let cell = buffer[x, y]
                if cell.isContinuation { FuzzFinding.fail("row \(y): continuation cell at \(x) without a wide glyph") }
                for scalar in cell.grapheme.unicodeScalars {
                    let v = scalar.value
                    if !Sanitizer.isSafe(scalar) || v < 0x20 || (0x7F...0x9F).contains(v) {
                        FuzzFinding.fail("row \(y), column \(x): unsafe U+\(String(v, radix: 16)) in a cell")
                    }
                }
                let w = DisplayWidth.of(cell.grapheme)
                if w < 1 || w > 2 { FuzzFinding.fail("row \(y), column \(x): cell of width \(w)") }
                if w == 2 {
                    guard x + 1 < buffer.size.width, buffer[x + 1, y].isContinuation else {
                        FuzzFinding.fail("row \(y), column \(x): wide glyph without its continuation cell")
                    }
                }
                columns += w
                x += w
            }
            if columns != buffer.size.width {
                FuzzFinding.fail("row \(y): cells add up to \(columns) columns, not \(buffer.size.width)")
            }
        }
    }
}

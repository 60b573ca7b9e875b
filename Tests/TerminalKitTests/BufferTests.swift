import Testing
@testable import TerminalKit

@Suite("The cell buffer")
struct BufferTests {
    @Test("a narrow character over the left half of a wide one leaves no stale half")
    func narrowOverWideLeft() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.write("日本", x: 0, y: 0, style: .plain)
        buffer.write("a", x: 0, y: 0, style: .plain)
        #expect(buffer.rowText(0) == "a 本  ")
        #expect(!buffer[1, 0].isContinuation)
    }

    @Test("a narrow character over the right half of a wide one blanks its left half")
    func narrowOverWideRight() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.write("日本", x: 0, y: 0, style: .plain)
        buffer.write("b", x: 1, y: 0, style: .plain)
        #expect(buffer.rowText(0) == " b本  ")
        #expect(buffer[0, 0].grapheme == " ")
    }

    @Test("a wide character over narrow ones, and over half of another wide one, stays consistent")
    func wideOverNarrowAndWide() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.write("abcdef", x: 0, y: 0, style: .plain)
        buffer.write("日", x: 1, y: 0, style: .plain)
        #expect(buffer.rowText(0) == "a日def")
        buffer.write("本本", x: 0, y: 0, style: .plain)
        buffer.write("語", x: 1, y: 0, style: .plain)
        #expect(buffer.rowText(0) == " 語 ef")
        for x in 0..<6 where buffer[x, 0].isContinuation {
            #expect(DisplayWidth.of(buffer[x - 1, 0].grapheme) == 2)
        }
    }

    @Test("a wide character that does not fit in the last column is left out")
    func wideAtEdge() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        #expect(buffer.write("a日本", x: 0, y: 0, style: .plain) == 3)
        #expect(buffer.rowText(0) == "a日")
        #expect(buffer.write("xy日", x: 0, y: 0, style: .plain, maxWidth: 3) == 2)
    }
}

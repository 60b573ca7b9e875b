import Testing
@testable import TerminalKit

/// How `moderat bench` tells the frames of the workbench apart in the raw terminal output.
@Suite struct FrameSplitterTests {
    static let ms: UInt64 = 1_000_000

    static func frame(_ text: String) -> [UInt8] {
        SynchronizedOutput.begin + Array(text.utf8) + SynchronizedOutput.end
    }

    @Test func firstPageEndsWithItsOwnFrameNotWithTheCountThatFollowsSoonAfter() {
        // The first page is read 7 ms after Enter, the count's frame 13 ms later: well within
        // the 25 ms pause the bench once took for "the frame is over", which made the first
        // page last until the count's last byte (20 ms).
        var splitter = FrameSplitter()
        let page = splitter.add(Self.frame("Erste Treffer, zähle weiter"), at: 7 * Self.ms)
        let count = splitter.add(Self.frame("1234 Treffer"), at: 20 * Self.ms)
        #expect(page.map(\.endedAt) == [7 * Self.ms])
        #expect(page.first?.bytes == Self.frame("Erste Treffer, zähle weiter"))
        #expect(count.map(\.endedAt) == [20 * Self.ms])
    }

    @Test func twoFramesInOneReadAreTwoFramesEndingAtThatRead() {
        var splitter = FrameSplitter()
        let frames = splitter.add(Self.frame("page") + Self.frame("count"), at: 9 * Self.ms)
        #expect(frames.map(\.bytes) == [Self.frame("page"), Self.frame("count")])
        #expect(frames.map(\.endedAt) == [9 * Self.ms, 9 * Self.ms])
        #expect(splitter.unfinished.isEmpty)
    }

    @Test func aFrameSplitAcrossReadsEndsAtTheReadThatBringsItsMarker() {
        // Also the end marker itself cut in two by the reads.
        var splitter = FrameSplitter()
        let whole = Self.frame("a long frame")
        let cut = whole.count - 3
        #expect(splitter.add(whole[..<cut], at: 3 * Self.ms).isEmpty)
        #expect(splitter.unfinished == Array(whole[..<cut]))
        let frames = splitter.add(whole[cut...] + Array("next".utf8), at: 5 * Self.ms)
        #expect(frames == [FrameSplitter.Frame(bytes: whole, endedAt: 5 * Self.ms)])
        #expect(splitter.unfinished == Array("next".utf8))
    }
}

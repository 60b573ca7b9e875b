/// Cuts a terminal's output, read in timed chunks, into the frames the application drew: a
/// frame ends with `SynchronizedOutput.end`, at the time of the read that brought that marker
/// (when it was on screen at the latest). Bytes after the last marker wait for the next read.
public struct FrameSplitter {
    /// One frame: its bytes (the end marker included) and when its last byte was read.
    public struct Frame: Equatable, Sendable {
        public var bytes: [UInt8]
        public var endedAt: UInt64
    }

    private var pending: [UInt8] = []

    public init() {}

    /// Bytes read after the last complete frame.
    public var unfinished: [UInt8] { pending }

    /// Adds the bytes one read returned at `time`; returns the frames they completed, in order.
    public mutating func add(_ chunk: some Collection<UInt8>, at time: UInt64) -> [Frame] {
        let marker = SynchronizedOutput.end
        // A marker may straddle two reads: look again at the tail of what was pending.
        var searchFrom = max(0, pending.count - marker.count + 1)
        pending.append(contentsOf: chunk)
        var frames: [Frame] = []
        var frameStart = 0
        while let found = Self.find(marker, in: pending, from: searchFrom) {
            let frameEnd = found + marker.count
            frames.append(Frame(bytes: Array(pending[frameStart ..< frameEnd]), endedAt: time))
            frameStart = frameEnd
            searchFrom = frameEnd
        }
        if frameStart > 0 { pending.removeFirst(frameStart) }
        return frames
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == first, haystack[i ..< i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

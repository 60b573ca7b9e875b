import Foundation
import ModeratCore
import ModeratSamples
import ModeratStore
import TerminalKit

/// Drives the real `moderat` binary on a pseudo-terminal and times what a moderator does:
/// time to the first frame, key-to-frame latency (key written → last byte of the frame it
/// caused), bytes per key, peak RSS.
struct BenchDriver {
    let executable: String
    let databasePath: String
    let sandbox: String
    let columns = 100
    let rows = 30
    /// A frame is over when the terminal has been quiet this long.
    let quietMilliseconds = 25
    var log: (String) -> Void

    /// Latencies (milliseconds) and byte counts of one kind of key.
    struct Series {
        var latencies: [Double] = []
        var bytes: [Int] = []

        mutating func add(_ sentAt: UInt64, _ burst: PtySession.Burst) {
            let end = burst.bytes > 0 ? burst.lastByteAt : sentAt
            latencies.append(Double(end - sentAt) / 1e6)
            bytes.append(burst.bytes)
        }

        var json: [String: Any] {
            [
                "n": latencies.count,
                "p50_ms": round2(percentile(latencies, 0.5)),
                "p99_ms": round2(percentile(latencies, 0.99)),
                "max_ms": round2(latencies.max() ?? 0),
                "bytes_median": Int(percentile(bytes.map(Double.init), 0.5)),
                "bytes_mean": round2(bytes.isEmpty ? 0 : Double(bytes.reduce(0, +)) / Double(bytes.count)),
            ]
        }
    }

    /// First searches for one word: Enter to the first page on screen, and to the last byte
    /// of what followed (the count).
    struct SearchSeries {
        var word: String
        var firstPage = Series()
        var settled = Series()

        /// `frames`: what was drawn from Enter on, up to the count's frame (see `searchFrames`).
        mutating func add(_ sentAt: UInt64, frames: [FrameSplitter.Frame], pageAt: Int) {
            func burst(_ range: ClosedRange<Int>) -> PtySession.Burst {
                PtySession.Burst(bytes: frames[range].reduce(0) { $0 + $1.bytes.count },
                                 lastByteAt: frames[range.upperBound].endedAt)
            }
            firstPage.add(sentAt, burst(0 ... pageAt))
            settled.add(sentAt, burst(0 ... frames.count - 1))
        }

        var json: [String: Any] {
            ["word": word, "first_page": firstPage.json, "with_count": settled.json]
        }
    }

    struct Result {
        var firstFrameMs = 0.0
        var firstFrameBytes = 0
        var series: [(String, Series)] = []
        var searches: [SearchSeries] = []
        /// Enter to the answer of `twoHundredTerms` in the workbench.
        var twoHundredTermsMs = 0.0
        var peakRSS = 0
        /// The peak before the 200-term query (the keys and the three words' searches).
        var peakRSSBeforeTwoHundredTerms = 0
        var exitStatus: Int32 = 0
    }

    /// What every program started on the pseudo-terminal gets.
    var environment: [String: String] {
        var environment: [String: String] = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "LINES": String(rows), "COLUMNS": String(columns),
            "HOME": sandbox, "XDG_CONFIG_HOME": sandbox + "/config", "XDG_DATA_HOME": sandbox + "/data",
            "XDG_STATE_HOME": sandbox + "/state", "SWIFT_BACKTRACE": "interactive=no",
            "VISUAL": "true", "EDITOR": "true",
        ]
        let inherited = ProcessInfo.processInfo.environment
        for key in ["PATH", "USER", "LOGNAME", "TZ"] { if let v = inherited[key] { environment[key] = v } }
        return environment
    }

    /// Milliseconds from spawning `arguments` on the pseudo-terminal to the last byte of the
    /// first burst that shows the queue (a process slug), then `q`.
    func firstFrame(_ arguments: [String]) throws -> Double {
        let session = try PtySession(arguments: arguments, environment: environment, columns: columns, rows: rows)
        let first = session.readBurst(quietMilliseconds: 150, limitMilliseconds: 20_000, expect: "leitlinien")
        session.send("q")
        _ = session.finish(seconds: 5)
        guard first.bytes > 0 else { throw BenchFailure("\(arguments[0]) wrote nothing within 20 s") }
        return Double(first.lastByteAt - session.spawnedAt) / 1e6
    }

    /// The query of issue 16: `d di die b be` forty times.
    static let twoHundredTerms = Array(repeating: "d di die b be", count: 40).joined(separator: " ")

    /// Milliseconds `moderat queue --search` takes for `twoHundredTerms`, and its exit status.
    func twoHundredTermsOnCommandLine() throws -> (ms: Double, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["queue", "--db", databasePath, "--state", "all", "--limit", "50", "--search", Self.twoHundredTerms]
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let started = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        return ((ContinuousClock.now - started).inSeconds * 1000, process.terminationStatus)
    }

    func run(repeats: Int) throws -> Result {
        let session = try PtySession(arguments: [executable, "--db", databasePath, "--lang", "de"],
                                     environment: environment, columns: columns, rows: rows)
        var result = Result()
        // First frame: from spawning to the last byte of the first burst that shows the queue.
        let first = session.readBurst(quietMilliseconds: 150, limitMilliseconds: 20_000, expect: "leitlinien")
        guard first.bytes > 0 else {
            _ = session.finish(seconds: 1)
            throw BenchFailure("the workbench wrote nothing within 20 s")
        }
        result.firstFrameMs = Double(first.lastByteAt - session.spawnedAt) / 1e6
        result.firstFrameBytes = first.bytes
        session.drain(milliseconds: 300)

        let trace = ProcessInfo.processInfo.environment["MODERAT_BENCH_TRACE"] != nil
        // A key that changes nothing on screen writes nothing; give up waiting after this.
        let limit = 2_000
        func burst(after key: String, at: UInt64) -> PtySession.Burst {
            let b = session.readBurst(quietMilliseconds: quietMilliseconds, limitMilliseconds: limit)
            if trace {
                let ms = b.bytes > 0 ? Double(b.lastByteAt - at) / 1e6 : -1
                log("key \(key.debugDescription): \(b.bytes) bytes, \(String(format: "%.2f", ms)) ms")
                if ProcessInfo.processInfo.environment["MODERAT_BENCH_TRACE"] == "bytes" {
                    log(String(decoding: b.text, as: UTF8.self).unicodeScalars.map { $0.value == 27 ? "\\e" : $0.value < 32 ? "^\($0.value)" : String($0) }.joined())
                }
            }
            return b
        }
        func measure(_ key: String, times: Int, into series: inout Series) {
            for _ in 0 ..< times {
                let at = session.send(key)
                series.add(at, burst(after: key, at: at))
            }
        }
        func step(_ key: String) { let at = session.send(key); _ = burst(after: key, at: at) }

        var j = Series(), pageDown = Series(), end = Series(), open = Series(), approve = Series()
        log("keys: j")
        measure("j", times: repeats, into: &j)
        log("keys: PgDn")
        // At the end of a small queue PgDn changes nothing (and writes nothing): back to the
        // top then, and that press is not counted.
        while pageDown.latencies.count < repeats {
            let at = session.send("\u{1B}[6~")
            let b = burst(after: "PgDn", at: at)
            if b.bytes == 0 { step("g") } else { pageDown.add(at, b) }
        }
        log("keys: G")
        for _ in 0 ..< max(10, repeats / 4) {
            measure("G", times: 1, into: &end)
            step("g")
        }
        log("keys: open")
        for _ in 0 ..< max(10, repeats / 4) {
            measure("\r", times: 1, into: &open)
            step("q")  // back to the queue
            step("j")
        }
        log("keys: approve")
        measure("a", times: max(10, repeats / 4), into: &approve)
        result.series = [("j", j), ("pgdn", pageDown), ("G", end), ("open", open), ("approve", approve)]
        log("keys: search")
        // The three words in turn, so every search is a first one: the store keeps the hits of
        // the last two. From Enter to the end of the frame that shows the first page, and to the
        // end of the count's frame after it. Frames are told apart by their synchronized-output
        // end markers, not by a quiet pause: a count arriving within such a pause was counted as
        // part of the first page, and a count already read left the bench waiting for more.
        var searches = [SearchSeries(word: BenchGenerator.commonWord), SearchSeries(word: BenchGenerator.rareWord),
                        SearchSeries(word: BenchGenerator.prefixWord)]
        for _ in 0 ..< max(10, repeats / 10) {
            for index in searches.indices {
                step("/")
                for ch in searches[index].word.lowercased() { step(String(ch)) }
                let at = session.send("\r")
                let frames = session.readFrames(limitMilliseconds: 20_000) { Self.searchFrames($0) != nil }
                guard let shown = Self.searchFrames(frames) else {
                    _ = session.finish(seconds: 1)
                    throw BenchFailure("no first page and count of “\(searches[index].word)” within 20 s")
                }
                searches[index].add(at, frames: Array(frames[...shown.countAt]), pageAt: shown.pageAt)
                if trace {
                    log("search \(searches[index].word): first page \(searches[index].firstPage.latencies.last ?? -1) ms, "
                        + "settled \(searches[index].settled.latencies.last ?? -1) ms")
                }
                step("\u{1B}")  // clear the search
                session.drain(milliseconds: 40)  // the escape delay
            }
        }
        result.searches = searches
        log("keys: a 200-term search")
        step("/")
        session.send("\u{1B}[200~" + BenchDriver.twoHundredTerms + "\u{1B}[201~")
        _ = session.readBurst(quietMilliseconds: quietMilliseconds, limitMilliseconds: limit)
        // Its full read (FTS5 merging every term that begins "be") takes more memory than
        // anything before it: the peak before it is the keys' and the three words'.
        result.peakRSSBeforeTwoHundredTerms = session.peakResidentBytes() ?? 0
        let at = session.send("\r")
        let answers = { (frame: FrameSplitter.Frame) in Self.contains(frame.bytes, "Treffer") }
        let answered = session.readFrames(limitMilliseconds: 15_000) { frames in frames.contains(where: answers) }
        result.twoHundredTermsMs = Double((answered.first(where: answers)?.endedAt ?? PtySession.now()) - at) / 1e6
        step("\u{1B}")
        session.drain(milliseconds: 40)
        result.peakRSS = session.peakResidentBytes() ?? 0
        session.send("q")
        result.exitStatus = session.finish(seconds: 5)
        return result
    }
}

extension BenchDriver {
    /// Among the frames drawn after a search's Enter: the first page's (the first frame that
    /// says "Treffer") and the count's (the next frame when the first page said it still
    /// counts, "zähle weiter"; else the first page's own); nil while either has not come.
    static func searchFrames(_ frames: [FrameSplitter.Frame]) -> (pageAt: Int, countAt: Int)? {
        guard let page = frames.firstIndex(where: { contains($0.bytes, "Treffer") }) else { return nil }
        guard contains(frames[page].bytes, "zähle") else { return (page, page) }
        return page + 1 < frames.count ? (page, page + 1) : nil
    }

    static func contains(_ bytes: [UInt8], _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard bytes.count >= needle.count else { return false }
        return (0 ... bytes.count - needle.count).contains { bytes[$0 ..< $0 + needle.count].elementsEqual(needle) }
    }
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }

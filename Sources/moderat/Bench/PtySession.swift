import Foundation
import ModeratSamples
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// A child process on a pseudo-terminal this process owns: keys go in, the terminal output
/// comes out, and every burst of output is timed (monotonic clock, nanoseconds).
final class PtySession {
    let pid: pid_t
    let master: Int32
    /// When the child was spawned.
    let spawnedAt: UInt64
    /// Everything read so far (for checks that a frame shows what it should).
    private(set) var transcript: [UInt8] = []

    /// One burst of output: its bytes and the time of its last byte.
    struct Burst {
        var bytes = 0
        var lastByteAt: UInt64 = 0
        var text: [UInt8] = []
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Spawns `arguments[0]` with `arguments` on a new `columns` x `rows` pty.
    init(arguments: [String], environment: [String: String], columns: Int, rows: Int) throws {
        // posix_openpt, unlockpt and ptsname as glibc does them on Linux (Swift's Glibc module
        // hides their declarations): /dev/ptmx, TIOCSPTLCK, TIOCGPTN.
        let m = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard m >= 0, ioctl(m, UInt(0x4004_5431) /* TIOCSPTLCK */, &unlock) == 0, ioctl(m, UInt(0x8004_5430) /* TIOCGPTN */, &number) == 0 else {
            throw BenchFailure("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slavePath = "/dev/pts/\(number)"
        master = m
        // The size the terminal reports (TIOCGWINSZ); LINES/COLUMNS in the environment agree.
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(m, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid (the spawn attribute below), opening the slave makes it the child's
        // controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, 0x80)  // POSIX_SPAWN_SETSID (glibc)

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        spawnedAt = Self.now()
        let rc = posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
        guard rc == 0 else {
            close(m)
            throw BenchFailure("cannot start \(arguments[0]): \(String(cString: strerror(rc)))")
        }
        pid = child
    }

    /// Writes a key's bytes and returns the moment they were handed to the terminal.
    @discardableResult
    func send(_ bytes: String) -> UInt64 {
        let data = Array(bytes.utf8)
        let at = Self.now()
        data.withUnsafeBytes { p in _ = write(master, p.baseAddress, p.count) }
        return at
    }

    /// Reads until no byte has arrived for `quietMilliseconds` after at least one byte came
    /// (or `limitMilliseconds` passed), and, when given, until `expect` has been seen in this
    /// burst. The burst ends at its last byte.
    func readBurst(quietMilliseconds: Int, limitMilliseconds: Int = 10_000, expect: String? = nil) -> Burst {
        var burst = Burst()
        let deadline = Self.now() + UInt64(limitMilliseconds) * 1_000_000
        let needle = expect.map { Array($0.utf8) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let now = Self.now()
            if now >= deadline { break }
            var wait = burst.bytes == 0 ? Int((deadline - now) / 1_000_000) : quietMilliseconds
            if let needle, burst.bytes > 0, !contains(burst.text, needle) {
                wait = Int((deadline - now) / 1_000_000)
            }
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fds, 1, Int32(max(0, wait)))
            if ready <= 0 { break }
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            burst.lastByteAt = Self.now()
            burst.bytes += n
            burst.text.append(contentsOf: buffer[0 ..< n])
        }
        transcript.append(contentsOf: burst.text)
        return burst
    }

    /// Reads the frames the child draws (see `FrameSplitter`: each ends with the synchronized
    /// output end marker and is timed by the read that brought that marker) until `done` says
    /// the frames so far are enough, or `limitMilliseconds` passed; returns them all.
    func readFrames(limitMilliseconds: Int, until done: ([FrameSplitter.Frame]) -> Bool) -> [FrameSplitter.Frame] {
        var splitter = FrameSplitter()
        var frames: [FrameSplitter.Frame] = []
        let deadline = Self.now() + UInt64(limitMilliseconds) * 1_000_000
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !done(frames) {
            let now = Self.now()
            if now >= deadline { break }
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fds, 1, Int32((deadline - now) / 1_000_000)) <= 0 { break }
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            let at = Self.now()
            transcript.append(contentsOf: buffer[0 ..< n])
            frames += splitter.add(buffer[0 ..< n], at: at)
        }
        return frames
    }

    /// Reads whatever comes within `milliseconds` and drops it.
    func drain(milliseconds: Int) {
        _ = readBurst(quietMilliseconds: milliseconds, limitMilliseconds: milliseconds)
    }

    /// The child's peak resident set (VmHWM) in bytes, from /proc.
    func peakResidentBytes() -> Int? { PeakMemory.bytes(of: String(pid)) }

    /// Waits for the child to exit (up to `seconds`), killing it after that; its exit status.
    func finish(seconds: Double) -> Int32 {
        let deadline = Self.now() + UInt64(seconds * 1e9)
        var status: Int32 = 0
        while Self.now() < deadline {
            drain(milliseconds: 20)
            if waitpid(pid, &status, WNOHANG) == pid { close(master); return status }
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        close(master)
        return -1
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i ..< i + needle.count]) == needle { return true }
            i += 1
        }
        return false
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a file, shared between processes, taken without blocking a thread
/// (it polls with `LOCK_NB`).
enum FileLock {
    /// Runs `body` while holding the lock on `url` (created if missing).
    static func withLock<T: Sendable>(
        _ url: URL,
        timeout: Duration = .seconds(900),
        _ body: () async throws -> T
    ) async throws -> T {
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw E2EError("cannot open lock file \(url.path): errno \(errno)") }
        defer { close(fd) }  // closing releases the lock
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw E2EError("flock \(url.path) failed: errno \(errno)")
            }
            guard clock.now < deadline else { throw E2EError("timed out waiting for lock \(url.path)") }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try await body()
    }
}

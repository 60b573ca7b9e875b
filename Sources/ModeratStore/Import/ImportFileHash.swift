import Foundation
import ModeratCore

/// Looks at an import file as bytes: its SHA-256 for the audit log, and its kind.
enum ImportFileHash {
    /// The hex SHA-256 of the file, read in chunks.
    static func sha256(path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreError.file(path: path, .cannotRead) }
        defer { try? handle.close() }
        var hash = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hash.update([UInt8](chunk))  // an Array iterates far faster than Data
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Starts hashing `path` on another thread so the (byte-at-a-time) SHA-256 overlaps
    /// the import instead of adding to it; `PendingHash.wait` returns the digest.
    static func start(path: String) -> PendingHash {
        let pending = PendingHash()
        // A dispatch block, not a detached Thread (see ImportPipeline.start).
        DispatchQueue.global(qos: .utility).async {
            pending.finish(Result { try sha256(path: path) })
        }
        return pending
    }

    /// True when the first thing in the file (after a BOM and spaces) is "[".
    static func looksLikeJSON(path: String) throws -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreError.file(path: path, .cannotRead) }
        defer { try? handle.close() }
        let head = (try handle.read(upToCount: 4096)) ?? Data()
        for byte in head.drop(while: { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }) {
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 { continue }
            return byte == UInt8(ascii: "[")
        }
        return false
    }
}

/// A SHA-256 being computed on another thread.
final class PendingHash: @unchecked Sendable {
    // The condition guards `result`; that is what makes the unchecked Sendable true.
    private let condition = NSCondition()
    private var result: Result<String, Error>?

    func finish(_ result: Result<String, Error>) {
        condition.lock()
        self.result = result
        condition.signal()
        condition.unlock()
    }

    func wait() throws -> String {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return try result?.get() ?? ""
    }
}

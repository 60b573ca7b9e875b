import Foundation

/// The first 100 bytes of an SQLite file, read before SQLite opens it: a file cut short (a
/// copy interrupted, a disk that ran full) is refused at once instead of failing later on
/// whichever screen first reads a missing page.
struct FileHeader {
    let pageSize: Int
    let pageCount: Int
    /// True when SQLite vouches for `pageCount` (it was written by a version that keeps it).
    let countIsValid: Bool

    /// Nil when the file does not start like an SQLite database (SQLite then says so itself).
    /// Read with pread(2): Foundation's FileHandle cost the first frame 350,000 instructions.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 100)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 100, 0) }
        guard count == 100, bytes.prefix(16).elementsEqual("SQLite format 3\u{0}".utf8) else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        let rawSize = Int(bytes[16]) << 8 | Int(bytes[17])
        pageSize = rawSize == 1 ? 65536 : rawSize
        pageCount = int(28)
        countIsValid = pageCount > 0 && int(24) == int(92)
    }

    /// Why the file at `path` is shorter than its header says, or nil when it is not. With
    /// frames in the write-ahead log the file may rightly be short (a checkpoint that could
    /// not finish, e.g. on a full disk, leaves the pages in the log), so then it says nothing.
    static func truncation(path: String) -> DatabaseDamage? {
        guard (size(of: path + "-wal") ?? 0) == 0,
              let header = FileHeader(path: path), header.countIsValid,
              let size = size(of: path) else { return nil }
        let expected = Int64(header.pageCount) * Int64(header.pageSize)
        guard size < expected else { return nil }
        return .cutShort(size: size, expected: expected)
    }

    /// The file's size by stat(2), nil when there is none: FileManager's attribute dictionary
    /// would cost the first frame a scan of every conformance record of the static binary.
    private static func size(of path: String) -> Int64? {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : nil
    }
}

/// The -wal and -shm files beside a database, as they were before moderat opened it.
struct SidecarFiles {
    let path: String
    let existed: [String: Bool]

    init(path: String) {
        self.path = path
        existed = Dictionary(uniqueKeysWithValues: ["-wal", "-shm"].map { ($0, FileManager.default.fileExists(atPath: path + $0)) })
    }

    /// Removes the ones that opening created, when the log is still empty (nothing was written).
    func removeNew() {
        let fm = FileManager.default
        guard existed["-wal"] == false else { return }
        let wal = path + "-wal"
        let walSize = ((try? fm.attributesOfItem(atPath: wal))?[.size] as? NSNumber)?.int64Value ?? 0
        guard walSize == 0 else { return }
        try? fm.removeItem(atPath: wal)
        if existed["-shm"] == false { try? fm.removeItem(atPath: path + "-shm") }
    }
}

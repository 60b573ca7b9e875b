import Foundation
import Glibc

/// Why moderat opened a database read-only although it was asked to write.
public enum ReadOnlyReason: Equatable, Sendable {
    /// The file (or its write-ahead log) is not writable for this account.
    case fileNotWritable
    /// The folder is not writable, so SQLite cannot create the write-ahead log beside the file.
    case folderNotWritable
    /// The file lies on a file system mounted read-only.
    case readOnlyFileSystem

    /// The reason in a command's English message.
    public var description: String {
        switch self {
        case .fileNotWritable: return "the file is not writable for this account"
        case .folderNotWritable: return "its folder is not writable for this account, so SQLite cannot create the write-ahead log"
        case .readOnlyFileSystem: return "it lies on a read-only file system"
        }
    }

    /// Asks the file system, with this process's effective ids (root passes unless the mount is
    /// read-only; an installed setgid moderat passes through its group, which the person does
    /// not have), whether a writer could work on `path`; nil when it could.
    static func detect(path: String) -> ReadOnlyReason? {
        if let reason = check(path) { return reason }
        let wal = path + "-wal"
        if FileManager.default.fileExists(atPath: wal) {
            return check(wal).map { $0 == .readOnlyFileSystem ? $0 : .fileNotWritable }
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return check(folder).map { $0 == .readOnlyFileSystem ? $0 : .folderNotWritable }
    }

    private static func check(_ path: String) -> ReadOnlyReason? {
        guard faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) != 0 else { return nil }
        return errno == EROFS ? .readOnlyFileSystem : .fileNotWritable
    }
}

import Foundation

/// What the database path must be before SQLite sees it, so that a mistake gets words
/// instead of "disk I/O error" or "unable to open database file", and an empty file is never
/// turned into a database without `init` asking for one.
enum DatabaseFileCheck {
    /// Said of an existing 0-byte file (also by `check`).
    static let emptyReason = "the file is empty (0 bytes), not a moderat database"

    /// Refuses a directory (74), a file this account may not read (77) and, unless
    /// `creating`, an empty file (74). A missing file is left to the open (66, or created).
    static func verify(_ path: String, account: String, creating: Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            throw CommandFailure(message: "\(path): is a directory, not a database file; give the path of a moderat database file with --db",
                                 code: 74)
        }
        if access(path, R_OK) != 0 {
            throw CommandFailure(message: "\(path): the account '\(account)' may not read this file (permission denied); "
                                 + "ask whoever keeps the database to give the account access (the moderators' group)", code: 77)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? -1
        if size == 0 && !creating {
            throw CommandFailure(message: "\(path): \(emptyReason); moderat left it as it was (`moderat init --db \(path)` makes it one)",
                                 code: 74)
        }
    }
}

/// Where a command writes a document with -o / --output.
enum OutputFile {
    /// A directory is not a file to write: said in words, exit 73.
    static func refuseDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandFailure(message: "\(path): is a directory; give the name of a file to write", code: 73)
        }
    }

    /// Foundation's error in words: the POSIX reason where there is one, not "error 512".
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        switch nsError.code {
        case NSFileWriteNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "the disk is full"
        case NSFileWriteVolumeReadOnlyError: return "the file system is read-only"
        case NSFileNoSuchFileError, NSFileWriteFileExistsError: return "no such folder"
        default: return "cannot write the file"
        }
    }
}

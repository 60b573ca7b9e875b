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
        // stat(2), not FileManager: its attribute dictionary costs the first frame a scan of
        // every conformance record of the static binary.
        var info = stat()
        guard stat(path, &info) == 0 else {
            // A folder this account may not enter hides the file: that is no missing database.
            if errno == EACCES { throw unreadable(path, account: account) }
            return
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            throw CommandFailure(.isDirectoryNotDatabase(path), code: 74)
        }
        // The effective ids: an installed moderat reads the shared files through its setgid
        // group, which the person (the real ids, what access(2) asks about) does not have.
        if faccessat(AT_FDCWD, path, R_OK, AT_EACCESS) != 0 { throw unreadable(path, account: account) }
        if info.st_size == 0 && !creating {
            throw CommandFailure(.emptyFile(path), code: 74)
        }
    }

    private static func unreadable(_ path: String, account: String) -> CommandFailure {
        CommandFailure(.mayNotRead(path: path, account: account), code: 77)
    }
}

/// Where a command writes a document with -o / --output.
enum OutputFile {
    /// A directory is not a file to write: said in words, exit 73.
    static func refuseDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandFailure(.outputIsDirectory(path), code: 73)
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

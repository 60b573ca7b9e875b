import Foundation
import ModeratApp

/// The owner, group and modes that make the shared folder a privilege boundary: people reach
/// the files only through the setgid moderat. Used by `init NAME` to lay them out and by
/// `doctor` to say what differs.
enum SharedFiles {
    static let groupName = "moderat"
    static let directoryMode: mode_t = 0o2770
    static let fileMode: mode_t = 0o660
    /// A database and the sidecars that must exist beside it, so that nobody's process
    /// creates (and owns) them later.
    static let suffixes = ["", "-wal", "-shm"]

    /// The path of the shared database NAME; nil when NAME is not a plain name.
    static func databasePath(name: String) -> String? {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        guard !name.isEmpty, name.count <= 64, !name.hasPrefix("-"),
              name.unicodeScalars.allSatisfy(allowed.contains) else { return nil }
        return SetgidGroup.sharedDirectory + "/" + name + ".db"
    }

    static func groupID() -> gid_t? {
        getgrnam(groupName).map { $0.pointee.gr_gid }
    }

    /// Creates any missing sidecar and gives the database and its sidecars root:moderat 0660.
    static func layOut(database path: String, group: gid_t) throws {
        for suffix in suffixes {
            let file = path + suffix
            if !FileManager.default.fileExists(atPath: file) {
                let fd = open(file, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, fileMode)
                guard fd >= 0 else { throw failure(file, "cannot create") }
                close(fd)
            }
            guard chown(file, 0, group) == 0 else { throw failure(file, "cannot give it to root:\(groupName)") }
            guard chmod(file, fileMode) == 0 else { throw failure(file, "cannot set its mode to 0660") }
        }
    }

    private static func failure(_ file: String, _ what: String) -> CommandFailure {
        CommandFailure(message: "\(file): \(what): \(String(cString: strerror(errno)))", code: 73)
    }
}

import Foundation
import Glibc

/// Edits text in the user's editor. Call it inside `backend.suspend { }` so curses has let
/// go of the terminal:
///
///     var edited: String?
///     backend.suspend { edited = ExternalEditor().edit(draft) }
public struct ExternalEditor: Sendable {
    /// The editor command line, as the user wrote it (may carry arguments: "code --wait").
    public var command: String

    /// `$VISUAL`, then `$EDITOR`, then `vi` (git's order).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        command = Self.command(from: environment)
    }

    public init(command: String) {
        self.command = command
    }

    static func command(from environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingWhitespace().isEmpty { return value }
        }
        return "vi"
    }

    /// Writes `text` to a private temporary file, runs the editor on it and waits, reads the
    /// file back and deletes it. nil when the editor could not run or exited non-zero.
    /// - Parameter fileExtension: helps the editor pick a syntax ("md" for minutes).
    public func edit(_ text: String, fileExtension: String = "txt") -> String? {
        let path = NSTemporaryDirectory() + "/moderat-\(UUID().uuidString).\(fileExtension)"
        // 0600: the text may be a citizen's comment with personal data.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { return nil }
        defer { unlink(path) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count, run(path: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// `/bin/sh -c '<editor> "$1"' sh <file>`: the shell splits the editor's arguments, the
    /// file name is passed untouched. Ctrl-C belongs to the editor meanwhile, not to us.
    func run(path: String) -> Bool {
        let arguments = ["/bin/sh", "-c", command + " \"$1\"", "sh", path]
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        cArguments.append(nil)
        defer { for pointer in cArguments { free(pointer) } }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGQUIT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        // Ignore Ctrl-C and Ctrl-\ here while the editor runs; the child gets the defaults back.
        let oldInterrupt = signal(SIGINT, SIG_IGN)
        let oldQuit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, oldInterrupt)
            signal(SIGQUIT, oldQuit)
        }
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/sh", nil, &attributes, cArguments, environ) == 0 else { return false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { return false }
        }
        // WIFEXITED and WEXITSTATUS, spelled out: the macros do not import into Swift.
        return status & 0x7F == 0 && (status >> 8) & 0xFF == 0
    }
}

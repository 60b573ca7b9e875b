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
    /// Where the temporary file goes: `$XDG_RUNTIME_DIR` (private to the user, in memory,
    /// gone at logout), else the system's temporary directory.
    public var directory: String
    /// How the temporary file's name begins, so a user who finds it (in the editor's title,
    /// in `ps`) sees whose it is: the application passes its own name.
    public var filePrefix: String

    /// `$VISUAL`, then `$EDITOR`, then `vi` (git's order).
    public init(filePrefix: String = "edit-", environment: [String: String] = ProcessInfo.processInfo.environment) {
        command = Self.command(from: environment)
        directory = Self.directory(from: environment)
        self.filePrefix = filePrefix
    }

    public init(command: String, filePrefix: String = "edit-",
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.command = command
        directory = Self.directory(from: environment)
        self.filePrefix = filePrefix
    }

    static func directory(from environment: [String: String]) -> String {
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/"), access(runtime, W_OK | X_OK) == 0 { return runtime }
        return NSTemporaryDirectory()
    }

    static func command(from environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingWhitespace().isEmpty { return value }
        }
        return "vi"
    }

    /// Writes `text` (with a final newline, as editors expect) to a private temporary file,
    /// runs the editor on it and waits, reads the file back and deletes it. nil when the
    /// editor could not run or exited non-zero (vi's `:cq` abandons the edit). When the
    /// editor was killed by a signal — the connection dropped and it got SIGHUP — or a
    /// termination signal reached this process meanwhile, what the user had saved (`:w`) is
    /// read back all the same, so the application can keep it before it exits.
    /// - Parameter fileExtension: helps the editor pick a syntax ("md" for minutes).
    public func edit(_ text: String, fileExtension: String = "txt") -> String? {
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + "\(filePrefix)\(UUID().uuidString).\(fileExtension)"
        // 0600: the text may be a citizen's comment with personal data.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { return nil }
        defer { unlink(path) }
        let original = text.hasSuffix("\n") ? text : text + "\n"
        let bytes = Array(original.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return nil }
        let outcome = run(path: path)
        let hungUp = outcome == .killed || TerminalSignals.pendingSignal != 0
        guard outcome == .succeeded || hungUp else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let edited = String(decoding: data, as: UTF8.self)
        if outcome != .succeeded, edited == original { return nil }
        return edited
    }

    /// How the editor ended.
    enum RunOutcome: Equatable {
        case succeeded, failed, killed
    }

    /// `/bin/sh -c '<editor> "$1"' sh <file>`: the shell splits the editor's arguments, the
    /// file name is passed untouched. Ctrl-C belongs to the editor meanwhile, not to us.
    func run(path: String) -> RunOutcome {
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
        guard posix_spawn(&pid, "/bin/sh", nil, &attributes, cArguments, environ) == 0 else { return .failed }
        var status: Int32 = 0
        // Poll rather than block: when the connection drops, only this process may get the hangup
        // while the editor goes on waiting for a user who is gone. Then the editor is told
        // to hang up too (given a second to write its file) and what it saved is read back.
        var hangupSent: ContinuousClock.Instant?
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result == -1 {
                if errno == EINTR { continue }
                return .failed
            }
            if TerminalSignals.pendingSignal != 0 {
                if let sent = hangupSent {
                    if ContinuousClock.now - sent > .seconds(1) {
                        kill(pid, SIGKILL)
                        _ = waitpid(pid, &status, 0)
                        return .killed
                    }
                } else {
                    kill(pid, SIGHUP)
                    hangupSent = .now
                }
            }
            usleep(20_000)
        }
        // WIFEXITED, WEXITSTATUS and WIFSIGNALED, spelled out: the macros do not import into Swift.
        if status & 0x7F != 0 && status & 0x7F != 0x7F { return .killed }
        let code = (status >> 8) & 0xFF
        // The shell reports an editor killed by a signal as 128 + the signal.
        if (129...192).contains(code) { return .killed }
        return code == 0 ? .succeeded : .failed
    }
}

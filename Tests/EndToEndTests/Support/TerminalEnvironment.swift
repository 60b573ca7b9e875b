import Foundation

/// The controlled environment programs under test start with: nothing is inherited from the
/// test runner except PATH, so results do not depend on who runs the tests.
enum TerminalEnvironment {
    /// The terminal type tmux announces: tmux-256color when its terminfo entry is installed
    /// (it describes tmux exactly), otherwise xterm-256color.
    static let defaultTerm: String = {
        let directories = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
        let hasTmuxEntry = directories.contains {
            FileManager.default.fileExists(atPath: "\($0)/t/tmux-256color")
                || FileManager.default.fileExists(atPath: "\($0)/74/tmux-256color")  // macOS layout
        }
        return hasTmuxEntry ? "tmux-256color" : "xterm-256color"
    }()

    /// The login name of the user running the tests.
    static var userName: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "root"
    }

    /// Base variables: PATH, locale, user, shell, backtrace setting, the workspace's HOME and
    /// XDG dirs, TERM; then `extra` on top (extra wins).
    static func make(workspace: TempWorkspace, term: String = defaultTerm, extra: [String: String] = [:]) -> [String: String] {
        var env: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "LANG": "C.UTF-8",
            "TERM": term,
            "USER": userName,
            "LOGNAME": userName,
            "SHELL": "/bin/sh",
            "TMPDIR": "/tmp",
            "SWIFT_BACKTRACE": "interactive=no",
        ]
        env.merge(workspace.environment) { _, new in new }
        env.merge(extra) { _, new in new }
        return env
    }
}

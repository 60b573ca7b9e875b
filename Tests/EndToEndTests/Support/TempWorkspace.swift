import Foundation

/// A private temporary directory with its own HOME, XDG_CONFIG_HOME and XDG_DATA_HOME, so the
/// program under test never reads or writes the real user's files. Removed by `remove()` or
/// when the last reference goes away.
final class TempWorkspace: @unchecked Sendable {
    let root: URL
    let home: URL
    let configHome: URL
    let dataHome: URL
    let stateHome: URL
    let cacheHome: URL
    private let lock = NSLock()
    private var removed = false

    /// - Parameter prefix: a short name; tmux socket paths must stay under ~100 bytes.
    init(prefix: String = "mod-e2e") throws {
        StaleCleanup.sweepOnce()
        let name = "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
        // Always /tmp: short enough for tmux's socket path, and where StaleCleanup looks.
        root = URL(fileURLWithPath: "/tmp", isDirectory: true).appendingPathComponent(name, isDirectory: true)
        home = root.appendingPathComponent("home", isDirectory: true)
        configHome = home.appendingPathComponent(".config", isDirectory: true)
        dataHome = home.appendingPathComponent(".local/share", isDirectory: true)
        stateHome = home.appendingPathComponent(".local/state", isDirectory: true)
        cacheHome = home.appendingPathComponent(".cache", isDirectory: true)
        for dir in [root, home, configHome, dataHome, stateHome, cacheHome] {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        }
        try StaleCleanup.markOwned(root)
    }

    deinit { remove() }

    /// A path inside the workspace (not created).
    func path(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }

    /// Where tests put their database by default.
    var databaseURL: URL { root.appendingPathComponent("moderat.db") }

    /// Writes a file (creating parent directories) and returns its URL.
    @discardableResult
    func write(_ relative: String, _ contents: String) throws -> URL {
        let url = path(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
        return url
    }

    /// Writes an executable script (mode 755), e.g. a fake $EDITOR, and returns its URL.
    @discardableResult
    func writeExecutable(_ relative: String, _ contents: String) throws -> URL {
        let url = try write(relative, contents)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    /// The variables that point a program at this workspace instead of the real home.
    var environment: [String: String] {
        [
            "HOME": home.path,
            "XDG_CONFIG_HOME": configHome.path,
            "XDG_DATA_HOME": dataHome.path,
            "XDG_STATE_HOME": stateHome.path,
            "XDG_CACHE_HOME": cacheHome.path,
        ]
    }

    /// Deletes the directory tree. Safe to call more than once.
    func remove() {
        let alreadyRemoved = lock.withLock { () -> Bool in
            defer { removed = true }
            return removed
        }
        if alreadyRemoved { return }
        if ProcessInfo.processInfo.environment["MODERAT_E2E_KEEP"] == "1" { return }
        try? FileManager.default.removeItem(at: root)
    }
}

import Foundation

/// Where moderat's files live, following the XDG base directory rules.
public struct Paths: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    var home: String { environment["HOME"] ?? NSHomeDirectory() }

    /// `$XDG_CONFIG_HOME/moderat` (default ~/.config/moderat).
    public var configDirectory: String {
        xdg("XDG_CONFIG_HOME", fallback: ".config") + "/moderat"
    }

    /// `$XDG_DATA_HOME/moderat` (default ~/.local/share/moderat).
    public var dataDirectory: String {
        xdg("XDG_DATA_HOME", fallback: ".local/share") + "/moderat"
    }

    public var configFile: String { configDirectory + "/config.yaml" }
    public var userThemesDirectory: String { configDirectory + "/themes" }
    public var defaultDatabase: String { dataDirectory + "/moderat.db" }
    public var demoDatabase: String { dataDirectory + "/demo.db" }

    private func xdg(_ name: String, fallback: String) -> String {
        if let value = environment[name], value.hasPrefix("/") { return value }
        return home + "/" + fallback
    }

    /// The database to use: `--db`, else `$MODERAT_DB`, else config, else the XDG default.
    public func database(flag: String?, config: Config) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let env = environment["MODERAT_DB"], !env.isEmpty { return env }
        if let configured = config.database, !configured.isEmpty { return expandTilde(configured) }
        return defaultDatabase
    }

    func expandTilde(_ path: String) -> String {
        path.hasPrefix("~/") ? home + path.dropFirst(1) : path
    }
}

import Foundation

/// The two config files: the system-wide one (shared settings and defaults, kept by the
/// administrator of the machine) and the person's own (personal preferences only).
public enum ConfigSources {
    /// Where the packaged moderat keeps the shared settings.
    public static let systemDefault = "/etc/moderat/config.yaml"

    /// The system-wide file; `MODERAT_SYSTEM_CONFIG` points elsewhere only for real root (the
    /// tests), never for an account a setgid binary runs for.
    public static func systemPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let other = environment["MODERAT_SYSTEM_CONFIG"], !other.isEmpty,
           AccountOverride.isAllowed(ProcessIdentity.observed(environment: environment)) {
            return other
        }
        return systemDefault
    }

    /// Both files merged: shared settings from the system file, preferences from the person's
    /// own over the system's defaults; the warnings of the person's file kept.
    public static func load(paths: Paths, systemPath: String) throws -> Config {
        let system = try ConfigLoader.load(path: systemPath, scope: .system)
        let own = try ConfigLoader.load(path: paths.configFile, scope: .personal)
        var merged = system
        merged.database = own.database ?? system.database
        merged.theme = own.theme ?? system.theme
        merged.language = own.language ?? system.language
        merged.mouse = own.mouseSet ? own.mouse : system.mouse
        merged.warnings = own.warnings
        return merged
    }
}

import Foundation

/// The UI language.
public enum Language: String, CaseIterable, Sendable {
    case de, en

    /// From `--lang`, config, then LC_ALL / LC_MESSAGES / LANG; German unless English is asked for.
    public static func resolve(flag: String?, config: Language?, environment: [String: String]) -> Language {
        if let flag, let lang = Language(rawValue: flag.lowercased()) { return lang }
        if let config { return config }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            if value.hasPrefix("en") { return .en }
            if value.hasPrefix("de") { return .de }
            // C / POSIX / C.UTF-8 say nothing about language: keep looking, then German.
        }
        return .de
    }
}

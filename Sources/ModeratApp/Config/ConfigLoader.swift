import Foundation
import ModeratCore
import Yams

/// A problem in config.yaml, naming the file, the line and what is wrong.
public struct ConfigError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}

/// Reads config.yaml. Walks the YAML node tree by hand (rather than Decodable) so that
/// every complaint can name the line it is about.
public enum ConfigLoader {
    /// Loads the file if it exists; a missing file is the empty config.
    public static func load(path: String) throws -> Config {
        guard FileManager.default.fileExists(atPath: path) else { return Config() }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(file: path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws -> Config {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigError(file: file, line: line(of: error), reason: describe(error))
        }
        var config = Config()
        guard let root else { return config }
        guard let mapping = root.mapping else {
            throw ConfigError(file: file, line: lineOf(root), reason: "expected a mapping of settings (key: value)")
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let at = lineOf(keyNode)
            func scalar() throws -> String {
                guard let s = value.scalar?.string else {
                    throw ConfigError(file: file, line: at, reason: "\(key): expected a single value")
                }
                return s
            }
            switch key {
            case "database":
                config.database = try scalar()
            case "theme":
                config.theme = try scalar()
            case "language":
                let raw = try scalar()
                guard let lang = Language(rawValue: raw) else {
                    throw ConfigError(file: file, line: at, reason: "language: '\(raw)' is not one of de, en")
                }
                config.language = lang
            case "mouse":
                let raw = try scalar()
                guard let flag = Bool(raw) ?? (["yes", "on"].contains(raw) ? true : ["no", "off"].contains(raw) ? false : nil) else {
                    throw ConfigError(file: file, line: at, reason: "mouse: expected true or false, got '\(raw)'")
                }
                config.mouse = flag
            case "unknown_accounts":
                let raw = try scalar()
                guard let policy = UnknownAccountPolicy(rawValue: raw) else {
                    throw ConfigError(file: file, line: at, reason: "unknown_accounts: '\(raw)' is not one of read-only, refuse")
                }
                config.unknownAccounts = policy
            case "reasons":
                config.reasons = try reasons(value, file: file)
            case "similarity":
                config.similarity = try similarity(value, file: file)
            default:
                throw ConfigError(file: file, line: at, reason: "unknown setting '\(key)' (known: database, theme, language, mouse, unknown_accounts, reasons, similarity)")
            }
        }
        return config
    }

    static func reasons(_ node: Node, file: String) throws -> [ReasonCode] {
        guard let sequence = node.sequence else {
            throw ConfigError(file: file, line: lineOf(node), reason: "reasons: expected a list of {code, de, en}")
        }
        return try sequence.map { item in
            guard let map = item.mapping else {
                throw ConfigError(file: file, line: lineOf(item), reason: "reasons: each entry needs code, de and en")
            }
            func field(_ name: String) throws -> String {
                guard let value = map[name]?.string, !value.isEmpty else {
                    throw ConfigError(file: file, line: lineOf(item), reason: "reasons: entry is missing '\(name)'")
                }
                return value
            }
            return ReasonCode(code: try field("code"), labelDE: try field("de"), labelEN: try field("en"))
        }
    }

    static func lineOf(_ node: Node) -> Int { node.mark.map { $0.line } ?? 0 }

    static func line(of error: YamlError) -> Int {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return 0
        }
    }

    static func describe(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return "not valid YAML: \(problem)"
        default:
            return "not valid YAML: \(error)"
        }
    }
}

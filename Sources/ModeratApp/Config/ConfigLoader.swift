import Foundation
import ModeratCore
import Yams

/// A problem in config.yaml, naming the file, the line and what is wrong.
public struct ConfigError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var problem: ConfigProblem

    /// "FILE:LINE: what is wrong", in `language`.
    public func words(_ language: Language) -> String {
        line > 0 ? "\(file):\(line): \(problem.words(language))" : "\(file): \(problem.words(language))"
    }

    public var description: String { words(.en) }
}

/// Reads config.yaml. Walks the YAML node tree by hand (rather than Decodable) so that
/// every complaint can name the line it is about.
public enum ConfigLoader {
    /// Loads the file if it exists; a missing file is the empty config.
    public static func load(path: String, scope: ConfigScope = .personal) throws -> Config {
        guard FileManager.default.fileExists(atPath: path) else { return Config() }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(file: path, line: 0, problem: .cannotRead(error.localizedDescription))
        }
        return try parse(text, file: path, scope: scope)
    }

    /// Deeper than this, a YAML file is not a config but an attack on the parser's stack.
    static let maxNesting = 64

    public static func parse(_ text: String, file: String, scope: ConfigScope = .personal) throws -> Config {
        if let line = tooDeep(text) {
            throw ConfigError(file: file, line: line, problem: .tooDeep(max: maxNesting))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigError(file: file, line: line(of: error), problem: .notYAML(problem(error)))
        }
        var config = Config()
        guard let root else { return config }
        guard let mapping = root.mapping else {
            throw ConfigError(file: file, line: lineOf(root), problem: .notAMapping)
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let at = lineOf(keyNode)
            if scope == .personal, ConfigScope.sharedKeys.contains(key) {
                config.warnings.append(ConfigWarning(file: file, line: at, key: key))
                continue
            }
            func scalar() throws -> String {
                guard let s = value.scalar?.string else {
                    throw ConfigError(file: file, line: at, problem: .notSingleValue(key: key))
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
                    throw ConfigError(file: file, line: at, problem: .notOneOf(key: key, value: raw, allowed: Language.allCases.map(\.rawValue)))
                }
                config.language = lang
            case "mouse":
                let raw = try scalar()
                guard let flag = Bool(raw) ?? (["yes", "on"].contains(raw) ? true : ["no", "off"].contains(raw) ? false : nil) else {
                    throw ConfigError(file: file, line: at, problem: .notTrueOrFalse(key: key, value: raw))
                }
                config.mouse = flag
                config.mouseSet = true
            case "unknown_accounts":
                let raw = try scalar()
                guard let policy = UnknownAccountPolicy(rawValue: raw) else {
                    throw ConfigError(file: file, line: at, problem: .notOneOf(key: key, value: raw, allowed: ["read-only", "refuse"]))
                }
                config.unknownAccounts = policy
            case "reasons":
                config.reasons = try reasons(value, file: file)
            case "similarity":
                config.similarity = try similarity(value, file: file)
            default:
                throw ConfigError(file: file, line: at, problem: .unknownSetting(key, section: nil, known: ["database", "theme", "language", "mouse", "unknown_accounts", "reasons", "similarity"]))
            }
        }
        return config
    }

    static func reasons(_ node: Node, file: String) throws -> [ReasonCode] {
        guard let sequence = node.sequence else {
            throw ConfigError(file: file, line: lineOf(node), problem: .reasonsNotAList)
        }
        return try sequence.map { item in
            guard let map = item.mapping else {
                throw ConfigError(file: file, line: lineOf(item), problem: .reasonIncomplete)
            }
            func field(_ name: String) throws -> String {
                guard let value = map[name]?.string, !value.isEmpty else {
                    throw ConfigError(file: file, line: lineOf(item), problem: .reasonMissing(field: name))
                }
                return value
            }
            return ReasonCode(code: try field("code"), labelDE: try field("de"), labelEN: try field("en"))
        }
    }

    /// The line where flow brackets or block sequence dashes nest deeper than `maxNesting`.
    static func tooDeep(_ text: String) -> Int? {
        var depth = 0
        var line = 1
        var quote: Character?
        for character in text {
            if character == "\n" {
                line += 1
                if quote != nil { continue }
            }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "[", "{":
                depth += 1
                if depth > maxNesting { return line }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        for (index, row) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let dashes = row.split(separator: " ", omittingEmptySubsequences: true).prefix { $0 == "-" }.count
            if dashes > maxNesting || row.prefix { $0 == " " }.count > maxNesting * 4 { return index + 1 }
        }
        return nil
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

    /// The parser's words for what is wrong (quoted as they are: they name YAML's own terms).
    static func problem(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}

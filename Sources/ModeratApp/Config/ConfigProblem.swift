import ModeratCore

/// What is wrong in a config file, as parts, so the command line and the workbench can say
/// it in the session's language (German in ConfigProblem+German.swift). The file and line are
/// `ConfigError`'s.
public enum ConfigProblem: Equatable, Sendable {
    /// The operating system's reason, quoted.
    case cannotRead(String)
    case tooDeep(max: Int)
    /// The YAML parser's own words for the problem, quoted.
    case notYAML(String)
    case notAMapping
    case notSingleValue(key: String)
    /// `value` is none of `allowed` (language, unknown_accounts).
    case notOneOf(key: String, value: String, allowed: [String])
    case notTrueOrFalse(key: String, value: String)
    /// An unknown setting, at the top (`section` nil) or inside `similarity:`.
    case unknownSetting(String, section: String?, known: [String])
    case reasonsNotAList
    case reasonIncomplete
    case reasonMissing(field: String)
    case similarityNotAMapping(known: [String])
    case notAWholeNumber(key: String, value: String)
    case notAShare(key: String, value: String)

    public func words(_ language: Language) -> String {
        language == .de ? german : english
    }

    var english: String {
        switch self {
        case .cannotRead(let reason): return "cannot read: \(reason)"
        case .tooDeep(let max): return "nested more than \(max) levels deep; a config needs a few"
        case .notYAML(let problem): return "not valid YAML: \(problem)"
        case .notAMapping: return "expected a mapping of settings (key: value)"
        case .notSingleValue(let key): return "\(key): expected a single value"
        case let .notOneOf(key, value, allowed): return "\(key): '\(value)' is not one of \(allowed.joined(separator: ", "))"
        case let .notTrueOrFalse(key, value): return "\(key): expected true or false, got '\(value)'"
        case let .unknownSetting(key, section, known):
            return "\(section.map { "\($0): " } ?? "")unknown setting '\(key)' (known: \(known.joined(separator: ", ")))"
        case .reasonsNotAList: return "reasons: expected a list of {code, de, en}"
        case .reasonIncomplete: return "reasons: each entry needs code, de and en"
        case .reasonMissing(let field): return "reasons: entry is missing '\(field)'"
        case .similarityNotAMapping(let known): return "similarity: expected a mapping (\(known.joined(separator: ", ")))"
        case let .notAWholeNumber(key, value): return "\(key): expected a whole number of at least 1, got '\(value)'"
        case let .notAShare(key, value): return "\(key): expected a number above 0 and at most 1, got '\(value)'"
        }
    }
}

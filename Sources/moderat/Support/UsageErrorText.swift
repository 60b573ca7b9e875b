import Foundation
import ModeratApp

/// ArgumentParser's usage errors in the user's language: the message, the option's help line
/// and the usage line with its pointer to `--help` (whose text stays English, see README).
enum UsageErrorText {
    /// The whole text for stderr: ArgumentParser's `full` text with the error said in
    /// `language`; a message `UsageError` does not know keeps its words (in German under German labels).
    static func full(_ full: String, message: String, _ language: Language) -> String {
        let prefix = "Error: \(message)\n"
        guard full.hasPrefix(prefix) else { return full }
        let rest = String(full.dropFirst(prefix.count))
        guard let error = UsageError(message: message) else {
            // A command's own check (`OptionProblem`) already speaks the user's language; the
            // labels around it follow. ArgumentParser's unrecognised words stay as they are.
            return language == .de ? "Fehler: \(message)\n" + german(rest) : full
        }
        switch language {
        case .en: return "Error: \(error.english)\n" + rest
        case .de: return "Fehler: \(error.german)\n" + german(rest)
        }
    }

    /// The help and usage lines' labels in German; the usage itself and the options' help
    /// texts stay as `--help` shows them.
    static func german(_ rest: String) -> String {
        var inUsage = false
        return rest.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("Help:  ") { return "Hilfe: " + line.dropFirst(7) }
            if line.hasPrefix("Usage: ") {
                inUsage = true
                return "Aufruf: " + line.dropFirst(7)
            }
            if let see = line.wholeMatch(of: /\ \ See '(.+)' for more information\./) {
                inUsage = false
                return "  Mehr mit '\(see.1)' (auf Englisch)."
            }
            // The usage's wrapped lines hang under its first word, one column further now.
            return inUsage && line.hasPrefix("       ") ? " " + line : String(line)
        }.joined(separator: "\n")
    }
}

/// The language of a usage error: ArgumentParser refused the arguments, so `--lang` is read
/// from them here (the last valid one), then config, then LANG, as for every other message.
enum UsageLanguage {
    static func resolve(_ arguments: some Collection<String>, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        var flag: String?
        var rest = arguments[...]
        while let argument = rest.popFirst(), argument != "--" {
            let value = argument == "--lang" ? rest.first : argument.hasPrefix("--lang=") ? String(argument.dropFirst(7)) : nil
            if let value, Language(rawValue: value.lowercased()) != nil { flag = value }
        }
        let config = try? SetgidGroup.asPerson { try ConfigSources.load(paths: Paths(), systemPath: ConfigSources.systemPath(environment: environment)) }
        return Language.resolve(flag: flag, config: config?.language, environment: environment)
    }
}

extension UsageError {
    /// ArgumentParser's own words, letter for letter.
    var english: String {
        switch self {
        case let .unknownOption(name, suggestion):
            return "Unknown option '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
        case .missingValue(let option): return "Missing value for '\(option)'"
        case .missingArgument(let argument): return "Missing expected argument '\(argument)'"
        case let .invalidValue(value, option, choices):
            return "The value '\(value)' is invalid for '\(option)'" + Self.list(choices, intro: ". Please provide one of", and: "and", or: "or")
        case .unexpectedArguments(let values):
            return values.count == 1 ? "Unexpected argument '\(values[0])'"
                : "\(values.count) unexpected arguments: '\(values.joined(separator: "', '"))'"
        case let .takesNoValue(option, value): return "The option '\(option)' does not take any value, but '\(value)' was specified."
        case .language(let value): return "--lang must be de or en, not '\(value)'"
        }
    }

    var german: String {
        switch self {
        case let .unknownOption(name, suggestion):
            return "Unbekannte Option '\(name)'" + (suggestion.map { ". Meinten Sie '\($0)'?" } ?? "")
        case .missingValue(let option): return "Für '\(option)' fehlt der Wert"
        case .missingArgument(let argument): return "Es fehlt das Argument '\(argument)'"
        case let .invalidValue(value, option, choices):
            return "Der Wert '\(value)' ist für '\(option)' ungültig" + Self.list(choices, intro: ". Möglich sind", and: "und", or: "oder")
        case .unexpectedArguments(let values):
            return values.count == 1 ? "Unerwartetes Argument '\(values[0])'"
                : "\(values.count) unerwartete Argumente: '\(values.joined(separator: "', '"))'"
        case let .takesNoValue(option, value): return "Die Option '\(option)' nimmt keinen Wert, angegeben war aber '\(value)'."
        case .language(let value): return "--lang muss de oder en sein, nicht '\(value)'"
        }
    }

    /// The allowed values as ArgumentParser lists them in a sentence.
    private static func list(_ choices: [String], intro: String, and: String, or: String) -> String {
        guard !choices.isEmpty else { return "" }
        let quoted = choices.map { "'\($0)'" }
        let sentence = quoted.count <= 2 ? quoted.joined(separator: " \(and) ")
            : quoted.dropLast().joined(separator: ", ") + " \(or) " + (quoted.last ?? "")
        return "\(intro) \(sentence)."
    }
}

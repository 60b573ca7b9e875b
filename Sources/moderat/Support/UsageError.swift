import Foundation

/// A usage error ArgumentParser found (exit 64), recognised from its English message so that
/// the command line can say it in the user's language (see `UsageErrorText`). Only a message
/// these cases word back letter for letter is recognised; any other stays ArgumentParser's.
enum UsageError: Equatable {
    /// An option no command here has, and the close one ArgumentParser suggests.
    case unknownOption(String, suggestion: String?)
    /// An option given without its value (`--format <format>`).
    case missingValue(option: String)
    /// A required argument not given (`<id>`).
    case missingArgument(String)
    /// A value the option does not take, and the values it does (none when any of a type).
    case invalidValue(String, option: String, choices: [String])
    /// Arguments left over that no option or argument takes.
    case unexpectedArguments([String])
    /// A value given to a flag (`--dry-run=yes`).
    case takesNoValue(option: String, value: String)
    /// `--lang` with a language moderat does not speak.
    case language(String)

    init?(message: String) {
        guard let recognised = Self.recognise(message), recognised.english == message else { return nil }
        self = recognised
    }

    private static func recognise(_ message: String) -> UsageError? {
        if let m = message.wholeMatch(of: /Unknown option '([^']+)'(?:\. Did you mean '([^']+)'\?)?/) {
            return .unknownOption(String(m.1), suggestion: m.2.map(String.init))
        }
        if let m = message.wholeMatch(of: /Missing value for '([^']+)'/) { return .missingValue(option: String(m.1)) }
        if let m = message.wholeMatch(of: /Missing expected argument '([^']+)'/) { return .missingArgument(String(m.1)) }
        if let m = message.wholeMatch(of: /The value '(.*)' is invalid for '([^']+)'(.*)/.dotMatchesNewlines()) {
            return .invalidValue(String(m.1), option: String(m.2), choices: choices(String(m.3)))
        }
        if let m = message.wholeMatch(of: /Unexpected argument '(.*)'/) { return .unexpectedArguments([String(m.1)]) }
        if let m = message.wholeMatch(of: /\d+ unexpected arguments: '(.*)'/) {
            return .unexpectedArguments(m.1.components(separatedBy: "', '"))
        }
        if let m = message.wholeMatch(of: /The option '([^']+)' does not take any value, but '(.*)' was specified\./) {
            return .takesNoValue(option: String(m.1), value: String(m.2))
        }
        if let m = message.wholeMatch(of: /--lang must be de or en, not '(.*)'/) { return .language(String(m.1)) }
        return nil
    }

    /// The values ArgumentParser lists after an invalid one, quoted in a sentence (up to five;
    /// a longer list, one a line, is not worded back and stays English).
    private static func choices(_ tail: String) -> [String] {
        tail.matches(of: /'([^']*)'/).map { String($0.1) }
    }
}

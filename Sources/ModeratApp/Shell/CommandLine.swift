/// The `:` command line: a handful of commands with Tab completion.
enum CommandLineCommand: Equatable {
    case screen(ScreenID)
    case help
    case quit
    case search(String)
    /// The list of this session's decisions.
    case undo
    /// The status messages of this session.
    case messages
    /// A queue filter (`:state held`, `:section C1`, `:from 2026-10-01`, `:reset` …).
    case filter(name: String, argument: String)
    case unknown(String)
}

/// Parses and completes what the user typed after `:`.
enum CommandLineParser {
    /// Every command name, for completion and the help overlay.
    static var names: [String] {
        ScreenID.allCases.map(\.commandName) + ["help", "quit", "search", "undo", "messages"] + QueueFilterCommand.names + AuditFilterCommand.names
    }

    static func parse(_ input: String) -> CommandLineCommand {
        let words = input.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = words.first?.lowercased() else { return .unknown("") }
        let argument = words.count > 1 ? words[1] : ""
        // A unique prefix is enough (":que" is :queue), as in vi.
        let matches = names.filter { $0.hasPrefix(name) }
        let resolved = names.contains(name) ? name : (matches.count == 1 ? matches[0] : name)
        if let screen = ScreenID.allCases.first(where: { $0.commandName == resolved }) { return .screen(screen) }
        switch resolved {
        case "help": return .help
        case "quit", "q": return .quit
        case "search": return .search(argument)
        case "undo": return .undo
        case "messages": return .messages
        case _ where QueueFilterCommand.names.contains(resolved): return .filter(name: resolved, argument: argument)
        case _ where AuditFilterCommand.names.contains(resolved): return .filter(name: resolved, argument: argument)
        default: return .unknown(input)
        }
    }

    /// Completes the command name: the longest common prefix of the matching names, plus a
    /// space when just one matches.
    static func complete(_ input: String) -> String {
        guard !input.contains(" ") else { return input }
        let matches = names.filter { $0.hasPrefix(input.lowercased()) }
        guard let first = matches.first else { return input }
        if matches.count == 1 { return first + " " }
        var prefix = first
        for name in matches.dropFirst() {
            while !name.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix.count > input.count ? prefix : input
    }
}

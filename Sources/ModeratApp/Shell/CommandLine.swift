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
    /// `:consider [ID]`: the detected group of a comment considered together (the queue asks first).
    case consider(String)
    case unknown(String)
}

/// The shell's own `:` commands (screens and filters bring their names along).
enum ShellCommandName: String, CaseIterable {
    case help, quit, search, undo, messages, consider
}

/// Parses and completes what the user typed after `:`.
enum CommandLineParser {
    /// Every command name, for completion and the help overlay.
    static var names: [String] {
        ScreenID.allCases.map(\.commandName) + ShellCommandName.allCases.map(\.rawValue) + QueueFilterCommand.names + AuditFilterCommand.names
    }

    static func parse(_ input: String) -> CommandLineCommand {
        let words = input.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = words.first?.lowercased() else { return .unknown("") }
        let argument = words.count > 1 ? words[1] : ""
        // A unique prefix is enough (":que" is :queue), as in vi.
        let matches = names.filter { $0.hasPrefix(name) }
        let resolved = names.contains(name) ? name : (matches.count == 1 ? matches[0] : name)
        if let screen = ScreenID.allCases.first(where: { $0.commandName == resolved }) { return .screen(screen) }
        if let shell = ShellCommandName(rawValue: resolved == "q" ? "quit" : resolved) {
            switch shell {
            case .help: return .help
            case .quit: return .quit
            case .search: return .search(argument)
            case .undo: return .undo
            case .messages: return .messages
            case .consider: return .consider(argument)
            }
        }
        switch resolved {
        case _ where QueueFilterCommand.names.contains(resolved): return .filter(name: resolved, argument: argument)
        case _ where AuditFilterCommand.names.contains(resolved): return .filter(name: resolved, argument: argument)
        default: return .unknown(input)
        }
    }

    /// Completes the command name: the longest common prefix of the matching names, plus a
    /// space when just one matches.
    static func complete(_ input: String) -> String {
        complete(input, arguments: { _ in [] }).text
    }

    /// Completes the command name, or after it the argument from `arguments(command)` (states,
    /// sections, processes …); also returns the candidates, for showing them above the line.
    static func complete(_ input: String, arguments: (String) -> [String]) -> (text: String, candidates: [String]) {
        if let space = input.firstIndex(of: " ") {
            let command = String(input[..<space]).lowercased()
            let resolved = names.contains(command) ? command : (names.filter { $0.hasPrefix(command) }.first ?? command)
            let typed = String(input[input.index(after: space)...])
            let matches = arguments(resolved).filter { $0.lowercased().hasPrefix(typed.lowercased()) }
            let completed = commonPrefix(matches, typed: typed)
            return (String(input[...space]) + completed, matches)
        }
        let matches = names.filter { $0.hasPrefix(input.lowercased()) }
        guard !matches.isEmpty else { return (input, []) }
        if matches.count == 1 { return (matches[0] + " ", matches) }
        return (commonPrefix(matches, typed: input), matches)
    }

    /// The longest prefix all `matches` share (the typed text when that is longer).
    private static func commonPrefix(_ matches: [String], typed: String) -> String {
        guard let first = matches.first else { return typed }
        if matches.count == 1 { return first }
        var prefix = first
        for name in matches.dropFirst() {
            while !name.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
        }
        return prefix.count > typed.count ? prefix : typed
    }
}

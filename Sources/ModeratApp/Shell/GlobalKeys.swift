import TerminalKit

/// What the keys that work on every screen do.
enum GlobalCommand: Sendable {
    case nextScreen, previousScreen, help, commandLine, quit, redraw, messages
    case screen(ScreenID)
}

/// The keys that work on every screen (unless a dialog or text field has the focus).
enum GlobalKeys {
    static let bindings: [KeyBinding<GlobalCommand>] = [
        KeyBinding([.tab], "Tab", .switchScreen, .nextScreen),
        KeyBinding([.backTab], "Shift-Tab", .switchScreen, .previousScreen),
    ] + ScreenID.allCases.map { screen in
        KeyBinding([.character(Character(String(screen.rawValue)))], "\(screen.rawValue)", .switchScreen, .screen(screen))
    } + [
        KeyBinding([.character("?"), .function(1)], "? F1", .help, .help),
        KeyBinding([.character(":")], ":", .command, .commandLine),
        KeyBinding([.character("q"), .control("c")], "q", .quit, .quit),
        KeyBinding([.control("l")], "Ctrl-L", .refresh, .redraw),
        KeyBinding([.character("M")], "M", .decision(.keyMessageLog), .messages),
    ]

    /// The global lines for the help overlay (the number keys folded into one line).
    static func helpLines(_ text: Localizer) -> [HelpEntry] {
        [
            HelpEntry("Tab / Shift-Tab", text(.keyHelp(.switchScreen))),
            HelpEntry("1 … \(ScreenID.allCases.count)", ScreenID.allCases.map { "\($0.rawValue) \(text(.screenTitle($0)))" }.joined(separator: ", ")),
            HelpEntry("? F1", text(.keyHelp(.help))),
            HelpEntry(":", text(.keyHelp(.command))),
            HelpEntry("Ctrl-L", text(.keyHelp(.refresh))),
            HelpEntry("M", text(.keyHelp(.decision(.keyMessageLog)))),
            HelpEntry("q", text(.keyHelp(.quit))),
        ]
    }
}

import TerminalKit

extension App {
    /// Keys while the help overlay or the command line is open.
    func handleOverlay(_ event: InputEvent) {
        guard case .key(let key) = event, let current = overlay else { return }
        switch current {
        case .help(var help):
            switch key {
            case .escape, .character("?"), .character("q"), .function(1), .enter: overlay = nil
            case .down, .character("j"): help.offset = min(help.offset + 1, max(0, help.lines.count - 1)); overlay = .help(help)
            case .up, .character("k"): help.offset = max(0, help.offset - 1); overlay = .help(help)
            case .pageDown, .character(" "): help.offset = min(help.offset + 10, max(0, help.lines.count - 1)); overlay = .help(help)
            case .pageUp: help.offset = max(0, help.offset - 10); overlay = .help(help)
            default: break
            }
        case .commandLine(var field):
            if key == .tab {
                field = TextFieldState(text: CommandLineParser.complete(field.text))
                overlay = .commandLine(field)
                return
            }
            switch field.handle(key) {
            case .submitted:
                overlay = nil
                runCommand(CommandLineParser.parse(field.text))
            case .cancelled:
                overlay = nil
            default:
                overlay = .commandLine(field)
            }
        }
    }

    func runCommand(_ command: CommandLineCommand) {
        switch command {
        case .screen(let id): switchTo(id)
        case .help: overlay = .help(HelpState(title: context.text(.helpTitle(activeTitle)), lines: helpLines()))
        case .quit: shouldQuit = true
        case .search(let text):
            switchTo(.queue)
            screens.queue.search(text, context)
        case let .filter(name, argument):
            if applyAuditFilter(name, argument) { break }
            switchTo(.queue)
            if let problem = screens.queue.applyFilter(name, argument, context) {
                status = StatusLine(text: problem, isError: true)
            }
        case .unknown(let text):
            status = StatusLine(text: context.text(.unknownCommand(text)) + "  " + CommandLineParser.names.joined(separator: " "), isError: true)
        }
    }
}

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
            case .end, .character("G"): help.offset = max(0, help.lines.count - 1); overlay = .help(help)
            case .home, .character("g"): help.offset = 0; overlay = .help(help)
            default: break
            }
        case .quitQuestion:
            overlay = nil
            if key == .character("y") || key == .character("Y") { shouldQuit = true }
        case .undoList(var list):
            let (open, result) = UndoList.handle(key, &list, context)
            overlay = open ? .undoList(list) : nil
            if let result {
                apply(result)
                reloadAfterUndo()
            }
        case .commandLine(var field):
            if key == .tab {
                let (text, candidates) = CommandLineParser.complete(field.text, arguments: commandArguments)
                field = TextFieldState(text: text)
                commandCandidates = candidates
                overlay = .commandLine(field)
                return
            }
            commandCandidates = []
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
        case .quit: requestQuit()
        case .undo: overlay = .undoList(UndoListState())
        case .messages: showMessageLog()
        case .search(let text):
            switchTo(.queue)
            screens.queue.search(text, context)
        case let .filter(name, argument):
            if applyAuditFilter(name, argument) { break }
            switchTo(.queue)
            if let problem = screens.queue.applyFilter(name, argument, context) {
                status = StatusLine(text: problem, isError: true)
            } else {
                // The whole filter, which the heading may have to cut; M shows it again later.
                status = StatusLine(text: context.text(.filterDescription(screens.queue.filterDescription(context))), isError: false)
            }
        case .consider(let argument):
            switchTo(.queue)
            apply(screens.queue.startConsidering(argument, context))
        case .unknown(let text):
            status = StatusLine(text: context.text(.unknownCommand(text)) + "  " + CommandLineParser.names.joined(separator: " "), isError: true)
        }
    }
}

extension App {
    /// After an undo from the list: the open views show the restored state.
    func reloadAfterUndo() {
        if var open = comment {
            open.reload(context)
            comment = open
        }
        withCurrent { $0.reload(context) }
    }

    /// Every status message of the session in full, newest at the end (G jumps there).
    func showMessageLog() {
        let t = context.text
        let width = max(20, size.width - 10)
        let lines = context.messageLog.flatMap { message in
            TextLayout.wrap(message, width: width).enumerated().map { HelpEntry($0.offset == 0 ? "•" : " ", $0.element) }
        }
        var help = HelpState(title: t(.decision(.messageLogTitle)), lines: lines)
        help.offset = max(0, lines.count - 1)
        overlay = .help(help)
    }
}

extension App {
    /// q: quits at once unless marks would be lost; then it asks (y quits).
    func requestQuit() {
        let marks = screens.queue.marks.count
        guard marks > 0 else {
            shouldQuit = true
            return
        }
        overlay = .quitQuestion(context.text(.decision(.quitQuestion(marks: marks, draft: false))))
    }
}

import TerminalKit

extension App {
    /// Draws the whole frame; returns where the terminal cursor belongs.
    public func render(into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let area = buffer.area
        if !App.fits(area.size) {
            Chrome.renderTooSmall(into: &buffer, size: area.size, context)
            return nil
        }
        let (titleArea, rest) = area.splitTop(1)
        var (body, statusArea) = rest.splitBottom(1)
        Chrome.renderTitle(into: &buffer, area: titleArea, current: current, inComment: comment != nil, context)
        if context.isReadOnly {
            let banner: Rect
            (banner, body) = body.splitTop(1)
            Chrome.renderBanner(into: &buffer, area: banner, context)
        }
        var cursor: (x: Int, y: Int)?
        if let open = comment {
            cursor = open.render(into: &buffer, area: body, context)
        } else {
            cursor = screens[current].render(into: &buffer, area: body, context)
        }
        let hints = comment.map { $0.hints(context) } ?? screens[current].hints(context)
        switch overlay {
        case .help(let help):
            HelpOverlay.render(into: &buffer, area: body, title: help.title, entries: help.lines, offset: help.offset, theme: context.theme)
            Chrome.renderStatus(into: &buffer, area: statusArea, message: nil, hints: context.text(.helpFooter), context)
            cursor = nil
        case .quitQuestion(let question):
            // Drawn as the decision questions are: the question, then the one yes/no hint.
            let hint = context.text(.decision(.yesNo))
            QuestionBox.render(title: context.text(.appName), message: question + "\n\n" + hint, into: &buffer, area: body, context)
            Chrome.renderStatus(into: &buffer, area: statusArea, message: nil, hints: hint, context)
            cursor = nil
        case .undoList(let list):
            UndoList.render(into: &buffer, area: body, state: list, context)
            Chrome.renderStatus(into: &buffer, area: statusArea, message: status, hints: context.text(.decision(.undoListHints)), context)
            cursor = nil
        case .commandLine(let field):
            buffer.fill(statusArea, style: context.style(.input))
            buffer.write(":", x: statusArea.x, y: statusArea.y, style: context.style(.input))
            let fieldArea = Rect(x: statusArea.x + 1, y: statusArea.y, width: statusArea.width - 1, height: 1)
            if !commandCandidates.isEmpty {
                let line = Rect(x: body.x, y: body.maxY - 1, width: body.width, height: 1)
                buffer.fill(line, style: context.style(.statusMessage))
                buffer.write(" " + TextLayout.truncate(commandCandidates.joined(separator: "  "), toWidth: line.width - 2),
                             x: line.x, y: line.y, style: context.style(.statusMessage))
            }
            cursor = TextField.render(into: &buffer, area: fieldArea, state: field, style: context.style(.input))
        case nil:
            if let status, status.isQuestion {
                Chrome.renderQuestion(into: &buffer, area: statusArea, above: body, question: status.text, context)
            } else {
                Chrome.renderStatus(into: &buffer, area: statusArea, message: status, hints: hints, context)
            }
        }
        return cursor
    }
}

extension Rect {
    var size: Size { Size(width: width, height: height) }
}

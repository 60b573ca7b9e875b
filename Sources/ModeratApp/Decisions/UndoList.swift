import TerminalKit

/// The list of this session's decisions (U or :undo), newest first; Enter takes the chosen
/// one back.
struct UndoListState: Equatable {
    var selected = 0
}

enum UndoList {
    /// The session's decisions, newest first (the order the list shows).
    static func entries(_ context: AppContext) -> [SessionDecision] {
        context.sessionDecisions.reversed()
    }

    /// Keys while the list is open; returns false when it closes.
    static func handle(_ key: Key, _ state: inout UndoListState, _ context: AppContext) -> (open: Bool, result: ScreenResult?) {
        let count = entries(context).count
        switch key {
        case .escape, .character("q"), .character("U"): return (false, nil)
        case .down, .character("j"), .control("n"): state.selected = min(state.selected + 1, max(0, count - 1))
        case .up, .character("k"), .control("p"): state.selected = max(0, state.selected - 1)
        case .enter:
            guard count > 0 else { return (false, nil) }
            // Newest first on screen, oldest first in the session's list.
            let written = DecisionWriter.undo(context, index: count - 1 - state.selected)
            return (true, written.result)
        default: break
        }
        return (true, nil)
    }

    static func render(into buffer: inout Buffer, area: Rect, state: UndoListState, _ context: AppContext) {
        let t = context.text
        let lines = entries(context).map { $0.line(context) }
        let shown = lines.isEmpty ? [t(.decision(.undoListEmpty))] : lines
        let hint = t(.decision(.undoListHints))
        let wanted = max(shown.map { DisplayWidth.of($0) }.max() ?? 0, DisplayWidth.of(hint)) + 6
        let box = area.centered(width: min(wanted, area.width - 2), height: min(shown.count + 4, area.height - 2))
        guard box.width >= 8, box.height >= 4 else { return }
        buffer.fill(box, style: context.style(.dialog))
        let inner = Box.draw(into: &buffer, area: box, style: context.style(.border), title: t(.decision(.undoListTitle)),
                             titleStyle: context.style(.dialogTitle))
        let rows = max(1, inner.height - 2)
        let first = max(0, min(state.selected - rows + 1, shown.count - rows))
        for (line, text) in shown.dropFirst(first).prefix(rows).enumerated() {
            let index = first + line
            let selected = !lines.isEmpty && index == state.selected
            let style = selected ? context.style(.listSelected) : context.style(.dialog)
            if selected { buffer.fill(Rect(x: inner.x, y: inner.y + line, width: inner.width, height: 1), style: style) }
            buffer.write(TextLayout.truncate((selected ? "▶ " : "  ") + text, toWidth: inner.width), x: inner.x, y: inner.y + line, style: style)
        }
        buffer.write(TextLayout.truncate(hint, toWidth: inner.width), x: inner.x, y: inner.maxY - 1, style: context.style(.muted))
    }
}

import TerminalKit

/// Choosing a rejection reason: every reason numbered (a digit chooses at once), nothing
/// highlighted until an arrow, j/k or Ctrl-N/Ctrl-P moves, so Enter alone never rejects with
/// a reason nobody looked at. Longer lists scroll with a visible "more" line.
struct ReasonPickerState: Equatable {
    var items: [PickerItem]
    /// The highlighted reason; nil until the user moves.
    var highlighted: Int?
    var offset = 0

    /// Reasons a single digit chooses (1–9); those after them only by moving.
    static let digitChoices = 9
    /// How many of the reasons carry a number.
    var numbered: Int { min(items.count, Self.digitChoices) }

    enum Result: Equatable {
        case chosen(String)
        case cancelled
        case continues
    }

    mutating func handle(_ key: Key, viewport: Int) -> Result {
        switch key {
        case .escape: return .cancelled
        case .enter:
            guard let highlighted, items.indices.contains(highlighted) else { return .continues }
            return .chosen(items[highlighted].id)
        case .character(let c) where c.isNumber:
            guard let n = c.wholeNumberValue, n >= 1, items.indices.contains(n - 1) else { return .continues }
            return .chosen(items[n - 1].id)
        case .down, .character("j"), .control("n"): move(1, viewport: viewport)
        case .up, .character("k"), .control("p"): move(-1, viewport: viewport)
        default: break
        }
        return .continues
    }

    mutating func move(_ delta: Int, viewport: Int) {
        guard !items.isEmpty else { return }
        let next = highlighted.map { $0 + delta } ?? (delta > 0 ? 0 : items.count - 1)
        let index = min(max(0, next), items.count - 1)
        highlighted = index
        if index < offset { offset = index }
        if index >= offset + viewport { offset = index - viewport + 1 }
    }
}

enum ReasonPicker {
    /// The box: as tall as the reasons need (up to the area), with a hint line.
    static func box(for area: Rect, _ state: ReasonPickerState, title: String) -> Rect {
        let widest = state.items.enumerated().map { DisplayWidth.of(label($0.offset, $0.element)) }.max() ?? 0
        // Wide enough for the longest reason and the title; the hint line may be cut (the
        // status line repeats it in full).
        let width = min(area.width - 2, max(widest + 6, DisplayWidth.of(title) + 6, 44))
        let height = min(area.height, state.items.count + 3)
        return area.centered(width: width, height: height)
    }

    /// Item rows the box shows (the rest scrolls).
    static func viewport(for area: Rect, _ state: ReasonPickerState, title: String) -> Int {
        max(1, box(for: area, state, title: title).height - 3)
    }

    static func label(_ index: Int, _ item: PickerItem) -> String {
        index < ReasonPickerState.digitChoices ? "\(index + 1)  \(item.label)" : "   \(item.label)"
    }

    static func render(into buffer: inout Buffer, area: Rect, state: ReasonPickerState, title: String, hint: String, theme: ResolvedTheme) {
        let frame = box(for: area, state, title: title)
        buffer.fill(frame, style: theme[.dialog])
        let inner = Box.draw(into: &buffer, area: frame, style: theme[.border], title: title, titleStyle: theme[.dialogTitle])
        let rows = max(1, inner.height - 1)
        let hidden = state.items.count - rows
        for line in 0..<min(rows, state.items.count - state.offset) {
            let index = state.offset + line
            let selected = index == state.highlighted
            let style = selected ? theme[.listSelected] : theme[.dialog]
            let row = Rect(x: inner.x, y: inner.y + line, width: inner.width, height: 1)
            if selected { buffer.fill(row, style: style) }
            var text = (selected ? "▶ " : "  ") + label(index, state.items[index])
            // A list longer than the box says so on its edge rows.
            if hidden > 0, line == rows - 1, state.offset + rows < state.items.count { text = "  ↓ \(state.items.count - state.offset - rows + 1) …" }
            if hidden > 0, line == 0, state.offset > 0 { text = "  ↑ \(state.offset + 1) …" }
            buffer.write(TextLayout.truncate(text, toWidth: inner.width), x: inner.x, y: inner.y + line, style: style)
        }
        buffer.write(TextLayout.truncate(hint, toWidth: inner.width), x: inner.x, y: inner.maxY - 1, style: theme[.muted])
    }
}

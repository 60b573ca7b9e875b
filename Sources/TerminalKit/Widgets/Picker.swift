/// One choice in a picker: a stable id the app knows and the label the user reads.
public struct PickerItem: Equatable, Sendable {
    public var id: String
    public var label: String
    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// What a key did to a picker.
public enum PickerResult: Equatable, Sendable {
    /// Enter: these ids (the marked ones, or the highlighted one when none is marked).
    case applied(Set<String>)
    case cancelled
    case handled
    case ignored
}

/// A list with type-to-filter and (optionally) multi-select with Space; Enter applies.
public struct PickerState: Equatable, Sendable {
    public var title: String
    public var items: [PickerItem]
    public var allowsMultiple: Bool
    /// What the user typed; items whose label or id contain it (case-insensitive) are shown.
    public private(set) var filter = TextFieldState()
    /// Ids marked with Space; pre-fill with the current tags.
    public var chosen: Set<String>
    /// The highlighted row among the filtered items.
    public var list = ListState()

    public init(title: String, items: [PickerItem], allowsMultiple: Bool = true, chosen: Set<String> = []) {
        self.title = title
        self.items = items
        self.allowsMultiple = allowsMultiple
        self.chosen = chosen
    }

    /// The items matching the filter, in their original order.
    public var filtered: [PickerItem] {
        let needle = filter.text.lowercased()
        guard !needle.isEmpty else { return items }
        return items.filter { $0.label.lowercased().contains(needle) || $0.id.lowercased().contains(needle) }
    }

    /// Typing filters, arrows move, Space marks (multi-select), Enter applies, Esc cancels.
    public mutating func handle(_ key: Key, viewportHeight: Int = 10) -> PickerResult {
        let shown = filtered
        switch key {
        case .enter:
            if allowsMultiple && !chosen.isEmpty { return .applied(chosen) }
            guard list.selected < shown.count else { return .handled }
            return .applied([shown[list.selected].id])
        case .escape:
            return .cancelled
        case .character(" ") where allowsMultiple:
            guard list.selected < shown.count else { return .handled }
            let id = shown[list.selected].id
            if chosen.remove(id) == nil { chosen.insert(id) }
            list.move(by: 1, rowCount: shown.count, viewportHeight: viewportHeight)
            return .handled
        default:
            if list.handle(key, rowCount: shown.count, viewportHeight: viewportHeight) { return .handled }
            guard filter.handle(key) == .handled else { return .ignored }
            // The filter changed: start at the first match again.
            list = ListState()
            return .handled
        }
    }
}

/// Draws a `PickerState` as a centred box: filter line above the matching items.
public enum Picker {
    /// The number of item rows shown for an area (pass it to `handle` as the viewport).
    public static func viewportHeight(for area: Rect, state: PickerState) -> Int {
        box(for: area, state: state).height - 4
    }

    /// Draws the picker; returns the cursor position in the filter line.
    @discardableResult
    public static func render(into buffer: inout Buffer, area: Rect, state: PickerState, theme: ResolvedTheme) -> (x: Int, y: Int) {
        let frame = box(for: area, state: state)
        guard frame.width >= 8, frame.height >= 5 else { return (area.x, area.y) }
        buffer.fill(frame, style: theme[.dialog])
        let inner = Box.draw(into: &buffer, area: frame, style: theme[.border], title: state.title, titleStyle: theme[.dialogTitle])
        let (filterRow, rest) = inner.splitTop(1)
        let prompt = "/ "
        buffer.write(prompt, x: filterRow.x, y: filterRow.y, style: theme[.muted])
        let (_, fieldArea) = filterRow.splitLeft(2)
        let cursor = TextField.render(into: &buffer, area: fieldArea, state: state.filter, style: theme[.input])
        let listArea = rest.splitTop(1).1
        let shown = state.filtered
        let rows = shown.map { item in
            ListRow([(state.chosen.contains(item.id) ? "[x] " : (state.allowsMultiple ? "[ ] " : "")) + item.label])
        }
        ListView.render(into: &buffer, area: listArea, columns: [ListColumn("")], rows: rows, state: state.list,
                        theme: theme, showHeader: false)
        return cursor
    }

    static func box(for area: Rect, state: PickerState) -> Rect {
        let labelWidth = state.items.map { DisplayWidth.of($0.label) }.max() ?? 0
        let width = min(area.width - 2, max(30, labelWidth + 12, DisplayWidth.of(state.title) + 6))
        let height = min(area.height - 2, max(6, state.items.count + 4))
        return area.centered(width: width, height: height)
    }
}

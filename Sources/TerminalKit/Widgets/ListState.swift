/// The caller-owned state of a `ListView`: which row is selected, which rows are marked, and
/// the first row shown. Row numbers are indexes into the whole list, not the visible page.
public struct ListState: Equatable, Sendable {
    public var selected: Int
    /// The first row shown; `visibleOffset` corrects it so the selection is always in view.
    public var offset: Int
    public var marked: Set<Int>

    public init(selected: Int = 0, offset: Int = 0, marked: Set<Int> = []) {
        self.selected = selected
        self.offset = offset
        self.marked = marked
    }

    /// Selects `index` (clamped to the list) and scrolls just enough to show it.
    public mutating func select(_ index: Int, rowCount: Int, viewportHeight: Int) {
        selected = rowCount == 0 ? 0 : min(max(0, index), rowCount - 1)
        offset = visibleOffset(rowCount: rowCount, viewportHeight: viewportHeight)
    }

    /// Moves the selection by `delta` rows (negative is up).
    public mutating func move(by delta: Int, rowCount: Int, viewportHeight: Int) {
        select(selected + delta, rowCount: rowCount, viewportHeight: viewportHeight)
    }

    /// Marks or unmarks the selected row.
    public mutating func toggleMark() {
        if marked.remove(selected) == nil { marked.insert(selected) }
    }

    /// The first row to show so that the selection is visible and no space is wasted below
    /// the last row.
    public func visibleOffset(rowCount: Int, viewportHeight: Int) -> Int {
        guard viewportHeight > 0, rowCount > 0 else { return 0 }
        var first = min(max(0, offset), max(0, rowCount - viewportHeight))
        if selected < first { first = selected }
        if selected >= first + viewportHeight { first = selected - viewportHeight + 1 }
        return max(0, first)
    }

    /// Arrow keys, Page Up/Down and Home/End. Letter bindings (j/k, g/G) belong to the app's
    /// key map, which calls `move(by:)`. Returns whether the key was used.
    public mutating func handle(_ key: Key, rowCount: Int, viewportHeight: Int) -> Bool {
        let page = max(1, viewportHeight - 1)
        switch key {
        case .up: move(by: -1, rowCount: rowCount, viewportHeight: viewportHeight)
        case .down: move(by: 1, rowCount: rowCount, viewportHeight: viewportHeight)
        case .pageUp: move(by: -page, rowCount: rowCount, viewportHeight: viewportHeight)
        case .pageDown: move(by: page, rowCount: rowCount, viewportHeight: viewportHeight)
        case .home: select(0, rowCount: rowCount, viewportHeight: viewportHeight)
        case .end: select(rowCount - 1, rowCount: rowCount, viewportHeight: viewportHeight)
        default: return false
        }
        return true
    }

    /// A click selects the row under it, the wheel moves by three rows. `rowsArea` is where
    /// the rows are drawn (below any header). Returns whether the event was used.
    public mutating func handle(_ mouse: MouseEvent, rowsArea: Rect, rowCount: Int) -> Bool {
        switch mouse.kind {
        case .click:
            guard rowsArea.contains(x: mouse.x, y: mouse.y) else { return false }
            let index = visibleOffset(rowCount: rowCount, viewportHeight: rowsArea.height) + mouse.y - rowsArea.y
            guard index < rowCount else { return false }
            select(index, rowCount: rowCount, viewportHeight: rowsArea.height)
        case .wheelUp: move(by: -3, rowCount: rowCount, viewportHeight: rowsArea.height)
        case .wheelDown: move(by: 3, rowCount: rowCount, viewportHeight: rowsArea.height)
        case .press, .release: return false
        }
        return true
    }
}

/// A column of a `ListView`: its header title, how wide it is, and how its text aligns.
public struct ListColumn: Equatable, Sendable {
    /// Fixed columns keep their width; flexible ones share what is left by weight.
    public enum Width: Equatable, Sendable {
        case fixed(Int)
        case flexible(Int)
    }

    public var title: String
    public var width: Width
    public var alignRight: Bool
    /// How narrow a fixed column may become when the terminal is too narrow for all columns
    /// (nil: it keeps its width, or goes); for a flexible column, the share it keeps before
    /// fixed columns give way (nil: a third of the row, at most 20).
    public var minimum: Int?

    public init(_ title: String, width: Width = .flexible(1), alignRight: Bool = false, minimum: Int? = nil) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
        self.minimum = minimum
    }

    /// Column widths for a total width, one space between shown columns. When the fixed
    /// columns leave the flexible ones less than their share, the widest shrinkable fixed
    /// columns shrink first (to their minimum), then fixed columns go from the right (width 0,
    /// no gap): a column is never cut by the edge of the row.
    public static func layout(_ columns: [ListColumn], totalWidth: Int) -> [Int] {
        var fixed: [Int?] = columns.map { column in
            if case .fixed(let w) = column.width { return max(0, w) }
            return nil
        }
        let flexible = columns.indices.filter { fixed[$0] == nil }
        func shown() -> Int { columns.indices.filter { fixed[$0].map { $0 > 0 } ?? true }.count }
        func available() -> Int { max(0, totalWidth - max(0, shown() - 1)) }
        func reserve() -> Int {
            flexible.reduce(0) { sum, i in sum + (columns[i].minimum ?? min(20, available() / 3)) }
        }
        func fixedSum() -> Int { fixed.reduce(0) { $0 + ($1 ?? 0) } }
        while fixedSum() > available() - reserve() {
            let shrinkable = columns.indices.filter { i in
                guard let w = fixed[i], let minimum = columns[i].minimum else { return false }
                return w > minimum
            }
            if let widest = shrinkable.max(by: { (fixed[$0] ?? 0) < (fixed[$1] ?? 0) }) {
                fixed[widest] = (fixed[widest] ?? 1) - 1
            } else if let last = columns.indices.last(where: { (fixed[$0] ?? 0) > 0 }) {
                fixed[last] = 0
            } else {
                break
            }
        }
        let weights = flexible.reduce(0) { $0 + max(1, Self.weight(columns[$1])) }
        var rest = max(0, available() - fixedSum())
        var widths: [Int] = []
        var weightLeft = weights
        for (i, column) in columns.enumerated() {
            if let w = fixed[i] {
                widths.append(w)
                continue
            }
            let weight = max(1, Self.weight(column))
            // Proportional share; the last flexible column takes the rounding remainder.
            let share = weightLeft == weight ? rest : rest * weight / max(1, weightLeft)
            widths.append(share)
            rest -= share
            weightLeft -= weight
        }
        return widths
    }

    private static func weight(_ column: ListColumn) -> Int {
        if case .flexible(let w) = column.width { return w }
        return 0
    }

    /// The x offset of column `index` from the row's first column, as `ListView` draws it.
    public static func offset(of index: Int, widths: [Int]) -> Int {
        widths.prefix(index).reduce(0) { $0 + ($1 > 0 ? $1 + 1 : 0) }
    }
}

/// One row of a `ListView`: a text per column, and styles for roles like comment states.
public struct ListRow: Equatable, Sendable {
    public var columns: [String]
    /// The row's style when not selected (nil: the theme's list.row).
    public var style: Style?
    /// Per-column styles overriding `style` (e.g. the state column coloured by state), by
    /// column index, nil where the row's style holds. An array, not a dictionary keyed by
    /// column: a new dictionary key type costs a scan of every conformance record of the
    /// static binary the first time (half a million instructions of the first frame).
    public var columnStyles: [Style?]

    public init(_ columns: [String], style: Style? = nil, columnStyles: [(column: Int, style: Style)] = []) {
        self.columns = columns
        self.style = style
        var styles = [Style?](repeating: nil, count: columnStyles.map { $0.column + 1 }.max() ?? 0)
        for (column, style) in columnStyles { styles[column] = style }
        self.columnStyles = styles
    }
}

/// A scrolling table: header, rows in columns, a selected row, marked rows. Only the rows in
/// view are asked for, so the caller can page rows in from a keyset query.
public enum ListView {
    /// The marker in the first column of a marked row.
    public static let markGlyph = "✓"
    /// The marker in the gutter of the selected row when only its lead is highlighted.
    public static let selectionGlyph = "▶"

    /// How much of the selected row takes the selection style.
    public enum SelectionSpan: Sendable {
        /// The whole row.
        case row
        /// The gutter (with `selectionGlyph`) and the first column, like a cursor bar: a move
        /// then rewrites a dozen cells instead of two full rows, which matters on a list someone
        /// steps through all day over SSH.
        case lead
    }

    /// Draws the list into `area`. `row(i)` is called only for the rows in view.
    public static func render(into buffer: inout Buffer, area: Rect, columns: [ListColumn], rowCount: Int,
                              state: ListState, theme: ResolvedTheme, showHeader: Bool = true,
                              selection: SelectionSpan = .row, row: (Int) -> ListRow) {
        guard !area.isEmpty else { return }
        let (headerArea, rowsArea) = showHeader ? area.splitTop(1) : (Rect(x: area.x, y: area.y, width: 0, height: 0), area)
        let (gutter, content) = rowsArea.splitLeft(2)
        let widths = ListColumn.layout(columns, totalWidth: content.width)
        buffer.fill(area, style: theme[.listRow])
        if showHeader {
            buffer.fill(headerArea, style: theme[.listHeader])
            writeColumns(columns.map(\.title), into: &buffer, x: content.x, y: headerArea.y, widths: widths,
                         columns: columns, style: theme[.listHeader], columnStyles: [])
        }
        let first = state.visibleOffset(rowCount: rowCount, viewportHeight: rowsArea.height)
        for line in 0..<rowsArea.height {
            let index = first + line
            guard index < rowCount else { break }
            let y = rowsArea.y + line
            let item = row(index)
            let selected = index == state.selected
            let marked = state.marked.contains(index)
            var base = item.style ?? theme[.listRow]
            if marked { base = theme[.listMarked] }
            let wholeRowSelected = selected && selection == .row
            let rowStyle = wholeRowSelected ? theme[.listSelected] : base
            buffer.fill(Rect(x: rowsArea.x, y: y, width: rowsArea.width, height: 1), style: rowStyle)
            writeColumns(item.columns, into: &buffer, x: content.x, y: y, widths: widths, columns: columns,
                         style: rowStyle, columnStyles: wholeRowSelected || marked ? [] : item.columnStyles)
            if selected && selection == .lead {
                let lead = Rect(x: rowsArea.x, y: y, width: min(rowsArea.width, gutter.width + (widths.first ?? 0)), height: 1)
                buffer.restyle(lead) { _ in theme[.listSelected] }
                buffer.write(marked ? markGlyph : selectionGlyph, x: gutter.x, y: y, style: theme[.listSelected])
            } else if marked {
                buffer.write(markGlyph, x: gutter.x, y: y, style: rowStyle)
            }
        }
    }

    /// Convenience for lists held in memory.
    public static func render(into buffer: inout Buffer, area: Rect, columns: [ListColumn], rows: [ListRow],
                              state: ListState, theme: ResolvedTheme, showHeader: Bool = true,
                              selection: SelectionSpan = .row) {
        render(into: &buffer, area: area, columns: columns, rowCount: rows.count, state: state, theme: theme,
               showHeader: showHeader, selection: selection) { rows[$0] }
    }

    /// The rows area (below the header) for `area`, for mouse hit-testing and page sizes.
    public static func rowsArea(of area: Rect, showHeader: Bool = true) -> Rect {
        showHeader ? area.splitTop(1).1 : area
    }

    static func writeColumns(_ texts: [String], into buffer: inout Buffer, x: Int, y: Int, widths: [Int],
                             columns: [ListColumn], style: Style, columnStyles: [Style?]) {
        var cx = x
        for (i, width) in widths.enumerated() where width > 0 {
            defer { cx += width + 1 }
            guard i < texts.count else { continue }
            // truncate has sanitised the text: a second pass would double that work on every frame.
            let text = TextLayout.truncate(texts[i], toWidth: width)
            let pad = i < columns.count && columns[i].alignRight ? width - DisplayWidth.of(text) : 0
            buffer.writeSanitized(text, x: cx + pad, y: y, style: (i < columnStyles.count ? columnStyles[i] : nil) ?? style, maxWidth: width)
        }
    }
}

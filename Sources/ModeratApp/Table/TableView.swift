import TerminalKit

extension TableScreen {
    /// Heading, summary lines, the list, and the selected row's detail below it.
    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        var rest = area
        let heading: Rect
        (heading, rest) = rest.splitTop(1)
        buffer.fill(heading, style: context.style(.header))
        buffer.write(" " + TextLayout.truncate(content.heading, toWidth: heading.width - 2), x: heading.x, y: heading.y,
                     style: context.style(.header).adding(.bold))
        if let loadError {
            buffer.write(" " + loadError, x: rest.x, y: rest.y, style: context.style(.error), maxWidth: rest.width - 1)
            return nil
        }
        for line in content.summary.prefix(3) {
            let row: Rect
            (row, rest) = rest.splitTop(1)
            buffer.write(" ⚠ " + TextLayout.truncate(line, toWidth: row.width - 4), x: row.x, y: row.y, style: context.style(.warning))
        }
        if content.rows.isEmpty {
            buffer.write(" " + context.text(.noRows), x: rest.x, y: rest.y + 1, style: context.style(.muted))
            return nil
        }
        let detailHeight = min(8, max(0, rest.height / 3))
        let (listArea, detailArea) = rest.splitBottom(detailHeight)
        let columns = content.columns.map { ListColumn($0.title, width: $0.width.map { .fixed($0) } ?? .flexible(1), minimum: $0.minimum) }
        ListView.render(into: &buffer, area: listArea, columns: columns, rowCount: content.rows.count,
                        state: listState(height: ListView.rowsArea(of: listArea).height), theme: context.theme) { index in
            let row = content.rows[index]
            return ListRow(row.cells, style: row.role.map { context.style($0) })
        }
        if detailHeight > 1, content.rows.indices.contains(list.selected) {
            let (rule, text) = detailArea.splitTop(1)
            buffer.fill(rule, style: context.style(.border))
            buffer.write(String(repeating: "─", count: rule.width), x: rule.x, y: rule.y, style: context.style(.border))
            let detail = content.rows[list.selected].detail.joined(separator: "\n")
            TextView.render(into: &buffer, area: Rect(x: text.x + 1, y: text.y, width: text.width - 2, height: text.height),
                            text: detail, state: TextViewState(), style: context.style(.listRow), markMore: true)
        }
        return nil
    }

    /// The list state with the scroll offset that keeps the selection in view.
    func listState(height: Int) -> ListState {
        var state = ListState(selected: list.selected, offset: list.offset)
        state.select(list.selected, rowCount: content.rows.count, viewportHeight: height)
        return state
    }
}

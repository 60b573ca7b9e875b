import ModeratCore
import ModeratStore
import TerminalKit

extension SectionsScreen {
    /// Heading, the section tree with counts, then the selected section's text and comments.
    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        if let panel { return panel.render(into: &buffer, area: area, context) }
        let t = context.text
        let layout = SectionsLayout(area)
        buffer.fill(layout.heading, style: context.style(.header))
        buffer.write(" " + t(.sectionsHeader), x: layout.heading.x, y: layout.heading.y,
                     style: context.style(.header).adding(.bold), cutTo: layout.heading.width - 1)
        if let loadError {
            buffer.write(" " + loadError, x: area.x, y: layout.list.y, style: context.style(.error), maxWidth: area.width - 1)
            return nil
        }
        if rows.isEmpty {
            buffer.write(" " + t(.noRows), x: area.x, y: layout.list.y + 1, style: context.style(.muted))
            return nil
        }
        let columns = [ListColumn("", width: .fixed(8)), ListColumn(t(.column(.title))),
                       ListColumn(t(.column(.pending)), width: .fixed(7), alignRight: true),
                       ListColumn(t(.column(.approved)), width: .fixed(7), alignRight: true),
                       ListColumn(t(.column(.rejected)), width: .fixed(7), alignRight: true),
                       ListColumn(t(.column(.answered)), width: .fixed(7), alignRight: true)]
        var state = ListState(selected: list.selected, offset: list.offset)
        state.select(list.selected, rowCount: rows.count, viewportHeight: ListView.rowsArea(of: layout.list).height)
        ListView.render(into: &buffer, area: layout.list, columns: columns, rowCount: rows.count, state: state,
                        theme: context.theme) { index in
            let s = rows[index]
            return ListRow([String(repeating: "  ", count: min(s.depth, 3)) + s.code, s.title,
                            "\(s.pending)", "\(s.approved)", "\(s.rejected)", "\(s.answered)"],
                           style: s.depth == 0 ? context.style(.header) : nil)
        }
        renderText(into: &buffer, area: layout.text, context)
        renderComments(into: &buffer, area: layout.comments, context)
        return nil
    }

    func renderText(into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        guard area.height > 1, rows.indices.contains(list.selected) else { return }
        let (title, text) = area.splitTop(1)
        paneTitle(context.text(.sectionText) + " · " + rows[list.selected].code, into: &buffer, area: title, context)
        TextView.render(into: &buffer, area: Rect(x: text.x + 1, y: text.y, width: max(0, text.width - 2), height: text.height),
                        text: body, state: TextViewState(), style: context.style(.listRow), markMore: true)
    }

    func renderComments(into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        guard area.height > 1, rows.indices.contains(list.selected) else { return }
        let t = context.text
        let (title, rest) = area.splitTop(1)
        paneTitle(t(.sectionComments(code: rows[list.selected].code, count: comments.total)), into: &buffer, area: title, context)
        if comments.rows.isEmpty {
            buffer.write(" " + t(.sectionNoComments), x: rest.x, y: rest.y, style: context.style(.muted), maxWidth: rest.width - 1)
            return
        }
        let now = context.now
        for (line, comment) in comments.rows.prefix(rest.height).enumerated() {
            let y = rest.y + line
            var x = rest.x + 1
            x += buffer.write(t(.stateShort(comment.state)), x: x, y: y, style: context.style(QueueView.stateRole(comment.state)),
                              maxWidth: 9)
            x = max(x, rest.x + 10)
            x += buffer.write(DayFormat.age(comment.createdAt, now: now), x: x, y: y, style: context.style(.muted), maxWidth: 6)
            x = max(x, rest.x + 17)
            let remaining = rest.maxX - x - 1
            guard remaining > 4 else { continue }
            let author = TextLayout.truncate(comment.authorName ?? "", toWidth: min(16, remaining / 3))
            let used = buffer.write(author, x: x, y: y, style: context.style(.listRow), cutTo: remaining)
            buffer.write(comment.firstLine, x: x + used + 1, y: y, style: context.style(.listRow), cutTo: max(0, remaining - used - 1))
        }
    }

    func paneTitle(_ text: String, into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        buffer.fill(area, style: context.style(.border))
        buffer.write(String(repeating: "─", count: area.width), x: area.x, y: area.y, style: context.style(.border))
        buffer.write(" " + text + " ", x: area.x + 1, y: area.y, style: context.style(.border).adding(.bold), cutTo: area.width - 2)
    }
}

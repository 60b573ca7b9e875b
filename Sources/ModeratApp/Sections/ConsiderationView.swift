import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

extension ConsiderationPanel {
    /// Where the parts go: heading with progress, filter line, the list, the selected unit's
    /// text and rationale below it.
    struct Layout {
        var heading: Rect
        var filters: Rect
        var list: Rect
        var detail: Rect

        init(_ area: Rect) {
            var rest: Rect
            (heading, rest) = area.splitTop(1)
            (filters, rest) = rest.splitTop(1)
            (list, detail) = rest.splitTop(max(4, rest.height / 2))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        let layout = Layout(area)
        buffer.fill(layout.heading, style: context.style(.header))
        let p = progress
        let heading = " " + t(.consideration(.heading(code: section.code, title: section.title)))
        let figure = t(.consideration(.progress(done: p.considered, total: p.total))) + " "
        buffer.write(heading, x: layout.heading.x, y: layout.heading.y, style: context.style(.header).adding(.bold),
                     cutTo: max(0, layout.heading.width - figure.count - 1))
        buffer.write(figure, x: layout.heading.maxX - figure.count, y: layout.heading.y, style: context.style(.header).adding(.bold))
        let outcome: String = switch outcomeFilter {
        case .all: t(.consideration(.all))
        case .unconsidered: t(.consideration(.unconsidered))
        case .outcome(let o): t(.consideration(.outcome(o)))
        }
        let state = stateFilter.map { t(.consideration(.state($0))) } ?? t(.consideration(.all))
        buffer.write(" " + t(.consideration(.filterLine(outcome: outcome, state: state))), x: layout.filters.x, y: layout.filters.y,
                     style: context.style(.muted), cutTo: layout.filters.width - 1)
        if let loadError {
            buffer.write(" " + loadError, x: area.x, y: layout.list.y, style: context.style(.error), maxWidth: area.width - 1)
            return nil
        }
        if shown.isEmpty {
            buffer.write(" " + t(.consideration(.noUnits)), x: area.x, y: layout.list.y + 1, style: context.style(.muted),
                         cutTo: area.width - 1)
            return nil
        }
        let columns = [ListColumn(t(.column(.id)), width: .fixed(8)), ListColumn(t(.column(.status)), width: .fixed(24)),
                       ListColumn(t(.column(.text)))]
        var list = self.list
        list.marked = Set(shown.indices.filter { index in
            if case .comment(let id) = shown[index].target { return marked.contains(id) }
            return false
        })
        list.select(list.selected, rowCount: shown.count, viewportHeight: ListView.rowsArea(of: layout.list).height)
        ListView.render(into: &buffer, area: layout.list, columns: columns, rowCount: shown.count, state: list,
                        theme: context.theme) { index in
            let unit = shown[index]
            let status = unit.consideration.map { t(.consideration(.outcome($0.outcome))) + ($0.state == .agreed ? " ✓" : "") }
                ?? "–"
            return ListRow([unit.number, status, Self.firstLine(unit.texts.first ?? "")],
                           style: unit.consideration == nil ? context.style(.listRow).adding(.bold) : nil)
        }
        renderDetail(into: &buffer, area: layout.detail, context)
        if let picker {
            return Picker.render(into: &buffer, area: area, state: picker.state, theme: context.theme)
        }
        guard let editor else { return nil }
        let box = area.centered(width: min(90, area.width - 2), height: min(12, area.height - 2))
        buffer.fill(box, style: context.style(.dialog))
        let inner = Box.draw(into: &buffer, area: box, style: context.style(.border),
                             title: t(.consideration(.rationaleTitle(editor.unit.number))), titleStyle: context.style(.dialogTitle))
        var editing = editor.state
        editing.updateScroll(width: inner.width, height: inner.height)
        return TextEditor.render(into: &buffer, area: inner, state: editing, style: context.style(.input))
    }

    /// The selected unit's whole text (each member's, for a group) and its rationale.
    func renderDetail(into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        guard area.height > 1, let unit = selected else { return }
        let t = context.text
        let (title, body) = area.splitTop(1)
        buffer.fill(title, style: context.style(.border))
        buffer.write(String(repeating: "─", count: title.width), x: title.x, y: title.y, style: context.style(.border))
        var caption = unit.number
        if case .group = unit.target { caption += " · " + t(.consideration(.groupOf(unit.commentIds))) }
        if let n = unit.passageNumber, let total = unit.passageCount { caption += " · " + t(.consideration(.passage(n, of: total))) }
        buffer.write(" " + caption + " ", x: title.x + 1, y: title.y, style: context.style(.border).adding(.bold), cutTo: title.width - 2)
        var text = unit.texts.joined(separator: "\n\n")
        if let c = unit.consideration {
            text += "\n\n" + t(.consideration(.outcome(c.outcome))) + " (" + t(.consideration(.state(c.state))) + ", "
                + c.writtenBy + ")" + (c.rationale.isEmpty ? "" : ": " + c.rationale)
        }
        var textArea = Rect(x: body.x + 1, y: body.y, width: max(0, body.width - 2), height: body.height)
        // Where it was agreed stays on the pane's first line, underlined: M follows it.
        if let c = unit.consideration, let link = agreementLine(c, context, width: textArea.width), textArea.height > 1 {
            buffer.write(link, x: textArea.x, y: textArea.y, style: context.style(.tag).adding(.underline), cutTo: textArea.width)
            textArea = Rect(x: textArea.x, y: textArea.y + 1, width: textArea.width, height: textArea.height - 1)
        }
        TextView.render(into: &buffer, area: textArea, text: text, state: TextViewState(), style: context.style(.listRow))
    }

    /// A list cell: the first line of the text.
    static func firstLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }
}

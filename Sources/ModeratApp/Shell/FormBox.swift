import TerminalKit

/// One row of a form box: a label and its value, a text field or a choice shown as ◂ value ▸.
struct FormRow {
    /// How much of the row a text field takes.
    enum Width {
        case full, half, columns(Int)
    }

    enum Value {
        /// A text field, and an optional hint written after it (e.g. "new person").
        case text(TextFieldState, width: Width, hint: String?)
        /// A value cycled with ← →.
        case choice(String)
    }

    var label: String
    var value: Value
    var focused: Bool
}

/// Draws a form as a box over the screen — one row per field, what is wrong below in the
/// error style, the keys at the foot — for every form of the workbench (roster terms,
/// meetings, agenda items, guests). Returns where the focused text field wants the cursor.
enum FormBox {
    static func render(title: String, rows: [FormRow], problems: [String], hints: String, maxWidth: Int, labelWidth: Int,
                       into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let width = min(maxWidth, area.width - 2)
        let problemLines = problems.flatMap { TextLayout.wrap("✗ " + $0, width: max(10, width - 4)) }
        let height = min(area.height, rows.count + 1 + max(1, problemLines.count) + 4)
        let box = area.centered(width: width, height: height)
        buffer.fill(box, style: context.style(.dialog))
        let inner = Box.draw(into: &buffer, area: box, style: context.style(.border), title: title,
                             titleStyle: context.style(.dialogTitle))
        var cursor: (x: Int, y: Int)?
        // Where not every field fits (the details form at 60x16), the rows scroll with the
        // focus, and ▲ ▼ say that more lie above or below: no field is typed into unseen.
        let room = max(1, inner.height - 1 - (problemLines.isEmpty ? 0 : problemLines.count + 1))
        let focusIndex = rows.firstIndex { $0.focused } ?? 0
        let first = rows.count <= room ? 0 : min(max(0, focusIndex - room + 1), rows.count - room)
        let shown = Array(rows.enumerated()).dropFirst(first).prefix(room)
        for (index, row) in shown {
            let y = inner.y + index - first
            if (index == first && first > 0) || (index == first + room - 1 && first + room < rows.count) {
                buffer.write(index == first && first > 0 ? "▲" : "▼", x: inner.maxX - 1, y: y, style: context.style(.muted))
            }
            buffer.write(row.label, x: inner.x + 1, y: y, style: context.style(row.focused ? .dialogTitle : .dialog), maxWidth: labelWidth)
            let valueArea = Rect(x: inner.x + 1 + labelWidth, y: y, width: max(1, inner.width - labelWidth - 2), height: 1)
            switch row.value {
            case .choice(let text):
                buffer.write("◂ " + text + " ▸", x: valueArea.x, y: y, style: context.style(row.focused ? .input : .dialog),
                             maxWidth: valueArea.width)
            case let .text(state, fieldWidth, hint):
                let columns: Int
                switch fieldWidth {
                case .full: columns = valueArea.width
                case .half: columns = valueArea.width / 2
                case .columns(let n): columns = min(n, valueArea.width)
                }
                let spot = TextField.render(into: &buffer, area: Rect(x: valueArea.x, y: y, width: columns, height: 1),
                                            state: state, style: context.style(row.focused ? .input : .listRow))
                if row.focused { cursor = spot }
                if let hint {
                    buffer.write(hint, x: valueArea.x + columns + 1, y: y, style: context.style(.muted),
                                 maxWidth: max(0, valueArea.width - columns - 1))
                }
            }
        }
        let problemTop = inner.y + shown.count + 1
        for (index, line) in problemLines.enumerated() where problemTop + index < inner.maxY - 1 {
            buffer.write(line, x: inner.x + 1, y: problemTop + index, style: context.style(.error), maxWidth: inner.width - 2)
        }
        buffer.write(hints, x: inner.x + 1, y: inner.maxY - 1, style: context.style(.muted), maxWidth: inner.width - 2)
        return cursor
    }
}

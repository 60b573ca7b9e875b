import ModeratCore
import ModeratStore
import TerminalKit

/// Draws the Roster form as a box over the list: one row per field, the draft's problems
/// below in the error style, the keys at the foot.
enum RosterFormView {
    static func render(_ form: RosterForm, problems: [String], record: RosterRecord?, into buffer: inout Buffer,
                       area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        let width = min(76, area.width - 2)
        let problemLines = problems.flatMap { TextLayout.wrap("✗ " + $0, width: max(10, width - 4)) }
        let fields = form.fields
        let height = min(area.height, fields.count + 1 + max(1, problemLines.count) + 4)
        let box = area.centered(width: width, height: height)
        buffer.fill(box, style: context.style(.dialog))
        let inner = Box.draw(into: &buffer, area: box, style: context.style(.border), title: title(form, record, t),
                             titleStyle: context.style(.dialogTitle))
        let labelWidth = 10
        var cursor: (x: Int, y: Int)?
        for (index, field) in fields.enumerated() where index < inner.height {
            let y = inner.y + index
            let focused = field == form.focus
            buffer.write(label(field, t), x: inner.x + 1, y: y, style: context.style(focused ? .dialogTitle : .dialog), maxWidth: labelWidth)
            let valueArea = Rect(x: inner.x + 1 + labelWidth, y: y, width: max(1, inner.width - labelWidth - 2), height: 1)
            switch field {
            case .role:
                let text = "◂ " + t(.term(form.role.rawValue)) + " ▸"
                buffer.write(text, x: valueArea.x, y: y, style: context.style(focused ? .input : .dialog), maxWidth: valueArea.width)
            default:
                let state = self.state(field, form)
                let fieldWidth = field == .member ? valueArea.width / 2 : min(12, valueArea.width)
                let spot = TextField.render(into: &buffer, area: Rect(x: valueArea.x, y: y, width: fieldWidth, height: 1),
                                            state: state, style: context.style(focused ? .input : .listRow))
                if focused { cursor = spot }
                if field == .member, let record {
                    let hint = state.text.isEmpty ? "" : form.existingMember(in: record.roster).map { t(.roster(.existingMember($0.name))) }
                        ?? t(.roster(.newMember))
                    buffer.write(hint, x: valueArea.x + fieldWidth + 1, y: y, style: context.style(.muted),
                                 maxWidth: max(0, valueArea.width - fieldWidth - 1))
                }
            }
        }
        let problemTop = inner.y + fields.count + 1
        for (index, line) in problemLines.enumerated() where problemTop + index < inner.maxY - 1 {
            buffer.write(line, x: inner.x + 1, y: problemTop + index, style: context.style(.error), maxWidth: inner.width - 2)
        }
        buffer.write(t(.roster(.formHints)), x: inner.x + 1, y: inner.maxY - 1, style: context.style(.muted), maxWidth: inner.width - 2)
        return cursor
    }

    static func title(_ form: RosterForm, _ record: RosterRecord?, _ t: Localizer) -> String {
        switch form.mode {
        case .add(let seat): return t(.roster(.addTitle(seat.label)))
        case .edit(let term): return t(.roster(.editTitle(record?.roster.seat(term.seatId)?.label ?? "")))
        case .end(let term): return t(.roster(.endTitle(record?.roster.member(term.memberId)?.name ?? "")))
        }
    }

    static func label(_ field: RosterForm.Field, _ t: Localizer) -> String {
        switch field {
        case .member: return t(.roster(.fieldMember))
        case .role: return t(.roster(.fieldRole))
        case .starts: return t(.roster(.fieldStarts))
        case .ends: return t(.roster(.fieldEnds))
        case .rank: return t(.roster(.fieldRank))
        }
    }

    static func state(_ field: RosterForm.Field, _ form: RosterForm) -> TextFieldState {
        switch field {
        case .member: return form.member
        case .starts: return form.starts
        case .ends: return form.ends
        case .rank: return form.rank
        case .role: return TextFieldState()
        }
    }
}

import ModeratCore
import ModeratStore
import TerminalKit

/// Draws the Roster form as a box over the list: one row per field, the draft's problems
/// below in the error style, the keys at the foot.
enum RosterFormView {
    static func render(_ form: RosterForm, problems: [String], record: RosterRecord?, into buffer: inout Buffer,
                       area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        let rows = form.fields.map { field -> FormRow in
            let focused = field == form.focus
            switch field {
            case .role:
                return FormRow(label: label(field, t), value: .choice(t(.term(form.role.rawValue))), focused: focused)
            case .member:
                let typed = form.member.text
                let hint = record.flatMap { record -> String? in
                    typed.isEmpty ? "" : form.existingMember(in: record.roster).map { t(.roster(.existingMember($0.name))) }
                        ?? t(.roster(.newMember))
                }
                return FormRow(label: label(field, t), value: .text(form.member, width: .half, hint: hint), focused: focused)
            default:
                return FormRow(label: label(field, t), value: .text(state(field, form), width: .columns(12), hint: nil), focused: focused)
            }
        }
        return FormBox.render(title: title(form, record, t), rows: rows, problems: problems, hints: t(.roster(.formHints)),
                              maxWidth: 76, labelWidth: 10, into: &buffer, area: area, context)
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

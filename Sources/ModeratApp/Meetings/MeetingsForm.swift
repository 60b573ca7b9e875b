import ModeratCore
import ModeratStore
import TerminalKit

/// The small forms of the Meetings screen: a new meeting (title, date, place), a new TOP
/// (title, public or not) and a guest (name, affiliation). What is typed is checked on every
/// key, so problems show while typing; Enter saves only a form without problems.
struct MeetingsForm {
    enum Kind: Equatable {
        case meeting(boardSlug: String)
        case agendaItem(meetingId: Int64)
        case guest(meetingId: Int64)
    }

    enum Field: Equatable {
        case title, date, place, isPublic, name, affiliation
    }

    let kind: Kind
    var title = TextFieldState()
    var date = TextFieldState()
    var place = TextFieldState()
    var isPublic = true
    var name = TextFieldState()
    var affiliation = TextFieldState()
    var focus: Field

    static func meeting(boardSlug: String, today: CalendarDay) -> MeetingsForm {
        var form = MeetingsForm(kind: .meeting(boardSlug: boardSlug), focus: .title)
        form.date = TextFieldState(text: today.description)
        return form
    }

    static func agendaItem(meetingId: Int64) -> MeetingsForm { MeetingsForm(kind: .agendaItem(meetingId: meetingId), focus: .title) }
    static func guest(meetingId: Int64) -> MeetingsForm { MeetingsForm(kind: .guest(meetingId: meetingId), focus: .name) }

    var fields: [Field] {
        switch kind {
        case .meeting: return [.title, .date, .place]
        case .agendaItem: return [.title, .isPublic]
        case .guest: return [.name, .affiliation]
        }
    }

    enum Outcome: Equatable {
        case continues, save, cancel
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .enter: return .save
        case .tab, .down: move(by: 1)
        case .backTab, .up: move(by: -1)
        case .left where focus == .isPublic, .right where focus == .isPublic, .character(" ") where focus == .isPublic:
            isPublic.toggle()
        default:
            switch focus {
            case .title: _ = title.handle(key)
            case .date: _ = date.handle(key)
            case .place: _ = place.handle(key)
            case .name: _ = name.handle(key)
            case .affiliation: _ = affiliation.handle(key)
            case .isPublic: break
            }
        }
        return .continues
    }

    mutating func paste(_ text: String) {
        switch focus {
        case .title: title.insert(text)
        case .date: date.insert(text)
        case .place: place.insert(text)
        case .name: name.insert(text)
        case .affiliation: affiliation.insert(text)
        case .isPublic: break
        }
    }

    mutating func move(by step: Int) {
        let all = fields
        guard let index = all.firstIndex(of: focus) else { focus = all[0]; return }
        focus = all[(index + step + all.count) % all.count]
    }

    func trimmed(_ field: TextFieldState) -> String { field.text.trimmingCharacters(in: .whitespaces) }

    /// What is wrong with what is typed, in the user's words (empty: Enter saves).
    func problems(_ t: Localizer) -> [String] {
        var problems: [String] = []
        switch kind {
        case .meeting:
            if trimmed(title).isEmpty { problems.append(t(.meetings(.titleNeeded))) }
            if CalendarDay(trimmed(date)) == nil { problems.append(t(.meetings(.badDate))) }
        case .agendaItem:
            if trimmed(title).isEmpty { problems.append(t(.meetings(.titleNeeded))) }
        case .guest:
            if trimmed(name).isEmpty { problems.append(t(.meetings(.nameNeeded))) }
        }
        return problems
    }

    func state(_ field: Field) -> TextFieldState {
        switch field {
        case .title: return title
        case .date: return date
        case .place: return place
        case .name: return name
        case .affiliation: return affiliation
        case .isPublic: return TextFieldState()
        }
    }
}

/// Draws a Meetings form as a box over the screen, problems below the fields.
enum MeetingsFormView {
    static func render(_ form: MeetingsForm, problems: [String], into buffer: inout Buffer, area: Rect,
                       _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        let width = min(72, area.width - 2)
        let problemLines = problems.flatMap { TextLayout.wrap("✗ " + $0, width: max(10, width - 4)) }
        let fields = form.fields
        let height = min(area.height, fields.count + 1 + max(1, problemLines.count) + 4)
        let box = area.centered(width: width, height: height)
        buffer.fill(box, style: context.style(.dialog))
        let inner = Box.draw(into: &buffer, area: box, style: context.style(.border), title: title(form, t),
                             titleStyle: context.style(.dialogTitle))
        let labelWidth = 12
        var cursor: (x: Int, y: Int)?
        for (index, field) in fields.enumerated() where index < inner.height {
            let y = inner.y + index
            let focused = field == form.focus
            buffer.write(label(field, t), x: inner.x + 1, y: y, style: context.style(focused ? .dialogTitle : .dialog), maxWidth: labelWidth)
            let valueArea = Rect(x: inner.x + 1 + labelWidth, y: y, width: max(1, inner.width - labelWidth - 2), height: 1)
            if field == .isPublic {
                let text = "◂ " + t(.meetings(form.isPublic ? .yes : .no)) + " ▸"
                buffer.write(text, x: valueArea.x, y: y, style: context.style(focused ? .input : .dialog), maxWidth: valueArea.width)
                continue
            }
            let fieldWidth = field == .date ? min(12, valueArea.width) : valueArea.width
            let spot = TextField.render(into: &buffer, area: Rect(x: valueArea.x, y: y, width: fieldWidth, height: 1),
                                        state: form.state(field), style: context.style(focused ? .input : .listRow))
            if focused { cursor = spot }
        }
        let problemTop = inner.y + fields.count + 1
        for (index, line) in problemLines.enumerated() where problemTop + index < inner.maxY - 1 {
            buffer.write(line, x: inner.x + 1, y: problemTop + index, style: context.style(.error), maxWidth: inner.width - 2)
        }
        buffer.write(t(.meetings(.formHints)), x: inner.x + 1, y: inner.maxY - 1, style: context.style(.muted), maxWidth: inner.width - 2)
        return cursor
    }

    static func title(_ form: MeetingsForm, _ t: Localizer) -> String {
        switch form.kind {
        case .meeting: return t(.meetings(.newMeetingTitle))
        case .agendaItem: return t(.meetings(.newItemTitle))
        case .guest: return t(.meetings(.newGuestTitle))
        }
    }

    static func label(_ field: MeetingsForm.Field, _ t: Localizer) -> String {
        switch field {
        case .title: return t(.meetings(.fieldTitle))
        case .date: return t(.meetings(.fieldDate))
        case .place: return t(.meetings(.fieldPlace))
        case .isPublic: return t(.meetings(.fieldPublic))
        case .name: return t(.meetings(.fieldName))
        case .affiliation: return t(.meetings(.fieldAffiliation))
        }
    }
}

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
        let rows = form.fields.map { field -> FormRow in
            let focused = field == form.focus
            if field == .isPublic {
                return FormRow(label: label(field, t), value: .choice(t(.meetings(form.isPublic ? .yes : .no))), focused: focused)
            }
            return FormRow(label: label(field, t), value: .text(form.state(field), width: field == .date ? .columns(12) : .full, hint: nil),
                           focused: focused)
        }
        return FormBox.render(title: title(form, t), rows: rows, problems: problems, hints: t(.meetings(.formHints)),
                              maxWidth: 72, labelWidth: 12, into: &buffer, area: area, context)
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

import ModeratCore
import ModeratStore
import TerminalKit

/// The small forms of the Meetings screen: a new meeting (title, date, place), a new TOP
/// (title, public or not) and a guest (name, affiliation). What is typed is checked on every
/// key, so problems show while typing; Enter saves only a form without problems.
struct MeetingsForm: ScreenForm {
    enum Kind: Equatable {
        case meeting(boardSlug: String)
        case agendaItem(meetingId: Int64)
        case guest(meetingId: Int64)
        /// The details of an Ergebnisprotokoll (`d`).
        case details(meetingId: Int64)
        /// A substitute standing in (`v` in attendance).
        case substitute(meetingId: Int64)
        /// Arrived late / left early (`z` in attendance).
        case arrival(meetingId: Int64, memberId: Int64, name: String)
    }

    enum Field: Hashable {
        case title, date, place, isPublic, name, affiliation
        case startsAt, endsAt
        case chair, minuteTaker, previous, nextDate, nextTime, nextPlace, quorumNote, notes, signaturePlace, signatureDate,
             distribution, attachments, substitute, absentee, arrivedAt, leftAfter
    }

    let kind: Kind
    var title = TextFieldState()
    var date = TextFieldState()
    var place = TextFieldState()
    var isPublic = true
    var name = TextFieldState()
    var affiliation = TextFieldState()
    /// The text fields of the details, substitute and arrival forms.
    var texts: [Field: TextFieldState] = [:]
    /// The choice of the previous minutes' approval (nil: not recorded).
    var previous: PreviousMinutesApproval?
    var focus: Field

    static let previousChoices: [PreviousMinutesApproval?] = [nil, .approved, .amended, .notApproved, PreviousMinutesApproval.none]

    static func details(_ m: MeetingRecord) -> MeetingsForm {
        var form = MeetingsForm(kind: .details(meetingId: m.id), focus: .startsAt)
        let d = m.details
        form.isPublic = d.isPublic
        form.previous = m.minutes.previousApproval
        let values: [Field: String] = [
            .startsAt: MeetingSetup.clock(m.startsAt) ?? "", .endsAt: MeetingSetup.clock(m.endsAt) ?? "",
            .chair: d.chair ?? "", .minuteTaker: m.minuteTaker ?? "", .nextDate: m.nextMeetingOn ?? "",
            .nextTime: d.nextMeetingTime ?? "", .nextPlace: d.nextMeetingPlace ?? "", .quorumNote: m.minutes.quorumNote,
            .notes: m.minutes.privateNotes, .signaturePlace: d.signaturePlace ?? "", .signatureDate: d.signatureDate ?? "",
            .distribution: d.distribution.joined(separator: "; "), .attachments: d.attachments.joined(separator: "; "),
        ]
        for (field, value) in values { form.texts[field] = TextFieldState(text: value) }
        return form
    }

    /// The selected line is the substitute when it holds no seat, else the one stood in for.
    static func substitute(_ m: MeetingRecord, line: AttendanceLine) -> MeetingsForm {
        var form = MeetingsForm(kind: .substitute(meetingId: m.id), focus: .substitute)
        form.texts[.substitute] = TextFieldState(text: line.holdsSeat ? "" : line.name)
        form.texts[.absentee] = TextFieldState(text: line.holdsSeat ? line.name : line.standingInFor ?? "")
        if line.holdsSeat { form.focus = .substitute } else { form.focus = .absentee }
        return form
    }

    static func arrival(meetingId: Int64, line: AttendanceLine) -> MeetingsForm {
        var form = MeetingsForm(kind: .arrival(meetingId: meetingId, memberId: line.memberId, name: line.name), focus: .arrivedAt)
        form.texts[.arrivedAt] = TextFieldState(text: line.arrivedAtItem.map(String.init) ?? "")
        form.texts[.leftAfter] = TextFieldState(text: line.leftAfterItem.map(String.init) ?? "")
        return form
    }

    func text(_ field: Field) -> String { (texts[field]?.text ?? "").trimmingCharacters(in: .whitespaces) }

    /// `minuteTaker`: who took the minutes last time (or the account's name), to keep or change.
    static func meeting(boardSlug: String, today: CalendarDay, minuteTaker: String = "") -> MeetingsForm {
        var form = MeetingsForm(kind: .meeting(boardSlug: boardSlug), focus: .title)
        form.date = TextFieldState(text: today.description)
        form.texts[.startsAt] = TextFieldState()
        form.texts[.endsAt] = TextFieldState()
        form.texts[.minuteTaker] = TextFieldState(text: minuteTaker)
        return form
    }

    static func agendaItem(meetingId: Int64) -> MeetingsForm { MeetingsForm(kind: .agendaItem(meetingId: meetingId), focus: .title) }
    static func guest(meetingId: Int64) -> MeetingsForm { MeetingsForm(kind: .guest(meetingId: meetingId), focus: .name) }

    var fields: [Field] {
        switch kind {
        case .meeting: return [.title, .date, .place, .startsAt, .endsAt, .minuteTaker]
        case .agendaItem: return [.title, .isPublic]
        case .guest: return [.name, .affiliation]
        case .details:
            return [.startsAt, .endsAt, .isPublic, .chair, .minuteTaker, .previous, .nextDate, .nextTime, .nextPlace, .quorumNote, .notes,
                    .signaturePlace, .signatureDate, .distribution, .attachments]
        case .substitute: return [.substitute, .absentee]
        case .arrival: return [.arrivedAt, .leftAfter]
        }
    }

    mutating func handle(_ key: Key) -> FormOutcome {
        if let outcome = navigate(key) { return outcome }
        switch key {
        case .left where focus == .isPublic, .right where focus == .isPublic, .character(" ") where focus == .isPublic:
            isPublic.toggle()
        case .left where focus == .previous, .right where focus == .previous, .character(" ") where focus == .previous:
            let choices = Self.previousChoices
            let index = choices.firstIndex { $0 == previous } ?? 0
            previous = choices[(index + (key == .left ? choices.count - 1 : 1)) % choices.count]
        default:
            if texts[focus] != nil {
                _ = texts[focus]?.handle(key)
                return .continues
            }
            switch focus {
            case .title: _ = title.handle(key)
            case .date: _ = date.handle(key)
            case .place: _ = place.handle(key)
            case .name: _ = name.handle(key)
            case .affiliation: _ = affiliation.handle(key)
            default: break
            }
        }
        return .continues
    }

    mutating func paste(_ text: String) {
        if texts[focus] != nil {
            texts[focus]?.insert(text)
            return
        }
        switch focus {
        case .title: title.insert(text)
        case .date: date.insert(text)
        case .place: place.insert(text)
        case .name: name.insert(text)
        case .affiliation: affiliation.insert(text)
        default: break
        }
    }

    func trimmed(_ field: TextFieldState) -> String { field.text.trimmingCharacters(in: .whitespaces) }

    /// What is wrong with what is typed, in the user's words (empty: Enter saves).
    func problems(_ t: Localizer) -> [String] {
        var problems: [String] = []
        switch kind {
        case .meeting:
            if trimmed(title).isEmpty { problems.append(t(.meetings(.titleNeeded))) }
            if CalendarDay(trimmed(date)) == nil { problems.append(t(.meetings(.badDate))) }
            problems += clockProblems(t)
        case .agendaItem:
            if trimmed(title).isEmpty { problems.append(t(.meetings(.titleNeeded))) }
        case .guest:
            if trimmed(name).isEmpty { problems.append(t(.meetings(.nameNeeded))) }
        case .details:
            problems += clockProblems(t)  // the store checks every other value and names the field
        case .substitute:
            if text(.substitute).isEmpty || text(.absentee).isEmpty { problems.append(t(.meetings(.nameNeeded))) }
        case .arrival:
            if [text(.arrivedAt), text(.leftAfter)].contains(where: { !$0.isEmpty && Int($0) == nil }) {
                problems.append(t(.meetings(.work(.notANumber))))
            }
        }
        return problems
    }

    /// Start and end as typed: each empty or a time.
    private func clockProblems(_ t: Localizer) -> [String] {
        [Field.startsAt, .endsAt].filter { !text($0).isEmpty && MinutesClock.normalised(text($0)) == nil }
            .map { t(.meetings(.layout(.badClock(Self.label($0, t))))) }
    }

    func state(_ field: Field) -> TextFieldState {
        switch field {
        case .title: return title
        case .date: return date
        case .place: return place
        case .name: return name
        case .affiliation: return affiliation
        default: return texts[field] ?? TextFieldState()
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
            if field == .previous {
                return FormRow(label: label(field, t), value: .choice(t(.meetings(.work(.approval(form.previous))))), focused: focused)
            }
            return FormRow(label: label(field, t), value: .text(form.state(field), width: [.date, .startsAt, .endsAt].contains(field) ? .columns(12) : .full, hint: nil),
                           focused: focused)
        }
        return FormBox.render(title: title(form, t), rows: rows, problems: problems, hints: form.hints(t),
                              maxWidth: 76, labelWidth: 13, into: &buffer, area: area, context)
    }

    static func title(_ form: MeetingsForm, _ t: Localizer) -> String {
        switch form.kind {
        case .meeting: return t(.meetings(.newMeetingTitle))
        case .agendaItem: return t(.meetings(.newItemTitle))
        case .guest: return t(.meetings(.newGuestTitle))
        case .details: return t(.meetings(.work(.detailsTitle)))
        case .substitute: return t(.meetings(.work(.substituteTitle)))
        case .arrival(_, _, let name): return t(.meetings(.work(.arrivalTitle))) + ": " + name
        }
    }

    static func label(_ field: MeetingsForm.Field, _ t: Localizer) -> String { MeetingsForm.label(field, t) }
}

extension MeetingsForm {
    /// The form's keys, led by how to fill a field that holds a list (distribution,
    /// attachments: their entries are separated by ";") while it has the focus.
    func hints(_ t: Localizer) -> String {
        let keys = t(.meetings(.formHints))
        return [.distribution, .attachments].contains(focus) ? t(.meetings(.work(.listFieldHint))) + " · " + keys : keys
    }

    static func label(_ field: Field, _ t: Localizer) -> String {
        switch field {
        case .title: return t(.meetings(.fieldTitle))
        case .date: return t(.meetings(.fieldDate))
        case .startsAt: return t(.meetings(.layout(.fieldStartsAt)))
        case .endsAt: return t(.meetings(.layout(.fieldEndsAt)))
        case .place: return t(.meetings(.fieldPlace))
        case .isPublic: return t(.meetings(.fieldPublic))
        case .name: return t(.meetings(.fieldName))
        case .affiliation: return t(.meetings(.fieldAffiliation))
        case .chair: return t(.meetings(.work(.fieldChair)))
        case .minuteTaker: return t(.meetings(.work(.fieldMinuteTaker)))
        case .previous: return t(.meetings(.work(.fieldPrevious)))
        case .nextDate: return t(.meetings(.work(.fieldNextDate)))
        case .nextTime: return t(.meetings(.work(.fieldNextTime)))
        case .nextPlace: return t(.meetings(.work(.fieldNextPlace)))
        case .quorumNote: return t(.meetings(.work(.fieldQuorumNote)))
        case .notes: return t(.meetings(.work(.fieldNotes)))
        case .signaturePlace: return t(.meetings(.work(.fieldSignaturePlace)))
        case .signatureDate: return t(.meetings(.work(.fieldSignatureDate)))
        case .distribution: return t(.meetings(.work(.fieldDistribution)))
        case .attachments: return t(.meetings(.work(.fieldAttachments)))
        case .substitute: return t(.meetings(.work(.fieldSubstitute)))
        case .absentee: return t(.meetings(.work(.fieldAbsentee)))
        case .arrivedAt: return t(.meetings(.work(.fieldArrivedAt)))
        case .leftAfter: return t(.meetings(.work(.fieldLeftAfter)))
        }
    }
}

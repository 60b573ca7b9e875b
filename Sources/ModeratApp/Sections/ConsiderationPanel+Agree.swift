import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// What the consideration view's picker is choosing.
enum ConsiderationPicker {
    /// The meeting that agreed `unit` (or none).
    case meeting(PickerState, unit: ConsiderationUnit)
    /// The TOP of `meetingId` that agreed `unit` (or none).
    case top(PickerState, unit: ConsiderationUnit, meetingId: Int64)
    /// The member of a group to take out.
    case member(PickerState, group: Int64, members: [Int64])

    var state: PickerState {
        get {
            switch self { case .meeting(let s, _), .top(let s, _, _), .member(let s, _, _): return s }
        }
        set {
            switch self {
            case let .meeting(_, unit): self = .meeting(newValue, unit: unit)
            case let .top(_, unit, meeting): self = .top(newValue, unit: unit, meetingId: meeting)
            case let .member(_, group, members): self = .member(newValue, group: group, members: members)
            }
        }
    }
}

/// A comment about to leave its group, waiting for y.
struct LeaveQuestion: Equatable {
    var commentId: Int64
    var groupId: Int64
    var others: [Int64]
}

extension ConsiderationPanel {
    static let none = "-"

    /// B: the meeting (from those that exist), then its TOP, then the agreement, with the
    /// version the user saw so another person's change in between is refused.
    mutating func startAgreement(_ context: AppContext) -> ScreenResult {
        guard let unit = selected, let c = unit.consideration else { return .error(context.text(.consideration(.chooseOutcomeFirst))) }
        guard c.state == .draft else { return .error(context.text(.consideration(.work(.alreadyAgreed(number: unit.number))))) }
        let t = context.text
        let items = meetings.values.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
            .map { PickerItem(id: String($0.id), label: DayFormat.german($0.date) + "  " + $0.title) }
            + [PickerItem(id: Self.none, label: t(.consideration(.work(.noMeeting))))]
        picker = .meeting(PickerState(title: t(.consideration(.work(.pickMeeting))), items: items, allowsMultiple: false), unit: unit)
        return .handled
    }

    mutating func handlePicker(_ key: Key, _ context: AppContext) -> ScreenResult {
        guard var open = picker else { return .handled }
        var state = open.state
        let answer = state.handle(key, viewportHeight: 10)
        open.state = state
        picker = open
        switch answer {
        case .cancelled:
            picker = nil
            return .handled
        case .handled, .ignored:
            return .handled
        case .applied(let ids):
            picker = nil
            let id = ids.first ?? Self.none
            switch open {
            case let .meeting(_, unit):
                guard let meetingId = Int64(id) else { return agree(unit, meetingId: nil, top: nil, context) }
                return chooseTop(unit, meetingId: meetingId, context)
            case let .top(_, unit, meetingId):
                return agree(unit, meetingId: meetingId, top: Int(id), context)
            case let .member(_, group, members):
                guard let comment = Int64(id) else { return .handled }
                leaving = LeaveQuestion(commentId: comment, groupId: group, others: members.filter { $0 != comment })
                return .question(context.text(.consideration(.work(.confirmLeave(comment: comment, group: group,
                                                                                      others: members.filter { $0 != comment })))))
            }
        }
    }

    mutating func chooseTop(_ unit: ConsiderationUnit, meetingId: Int64, _ context: AppContext) -> ScreenResult {
        let meeting: MeetingRecord
        do { meeting = try context.store.meeting(meetingId) } catch { return .error(context.text.error(error)) }
        guard !meeting.items.isEmpty else { return agree(unit, meetingId: meetingId, top: nil, context) }
        let t = context.text
        let items = meeting.items.map { PickerItem(id: String($0.number), label: "TOP \($0.number)  \($0.title)") }
            + [PickerItem(id: Self.none, label: t(.consideration(.work(.noTop))))]
        picker = .top(PickerState(title: t(.consideration(.work(.pickTop(date: meeting.date, title: meeting.title)))),
                                  items: items, allowsMultiple: false), unit: unit, meetingId: meetingId)
        return .handled
    }

    mutating func agree(_ unit: ConsiderationUnit, meetingId: Int64?, top: Int?, _ context: AppContext) -> ScreenResult {
        attempt(context) {
            try context.store.agreeConsideration(unit.target, meetingId: meetingId, agendaNumber: top,
                                                 expectedVersion: unit.consideration?.version ?? 0)
            return .message(context.text(.consideration(.work(.agreed(number: unit.number)))))
        }
    }

    /// R: an agreed consideration back to draft.
    mutating func reopen(_ context: AppContext) -> ScreenResult {
        guard let unit = selected, let c = unit.consideration, c.state == .agreed else {
            return .error(context.text(.consideration(.work(.notAgreed(number: selected?.number ?? "–")))))
        }
        return attempt(context) {
            try context.store.reopenConsideration(unit.target, expectedVersion: c.version)
            return .message(context.text(.consideration(.work(.reopened(number: unit.number)))))
        }
    }

    /// M: the minutes of the meeting that agreed the selected consideration.
    func openMinutes(_ context: AppContext) -> ScreenResult {
        guard let c = selected?.consideration, c.state == .agreed, let meetingId = c.meetingId else {
            return .error(context.text(.consideration(.work(.noMeetingNamed))))
        }
        return .showMeeting(id: meetingId, agendaNumber: c.agendaNumber)
    }

    /// L on a group: which member leaves, then a question naming the comment and the group.
    mutating func startLeaving(_ context: AppContext) -> ScreenResult {
        guard let unit = selected, case .group(let group) = unit.target else {
            return .error(context.text(.consideration(.work(.notInGroup))))
        }
        let items = zip(unit.commentIds, unit.texts).map { id, text in
            PickerItem(id: String(id), label: "#\(id)  " + TextLayout.truncate(Self.firstLine(text), toWidth: 60))
        }
        picker = .member(PickerState(title: context.text(.consideration(.groupOf(unit.commentIds))), items: items, allowsMultiple: false),
                         group: group, members: unit.commentIds)
        return .handled
    }

    mutating func confirmLeave(_ question: LeaveQuestion, _ key: Key, _ context: AppContext) -> ScreenResult {
        leaving = nil
        // Only y confirms, as everywhere (j moves in every list).
        guard key == .character("y") else { return .handled }
        return attempt(context) {
            try context.store.leaveGroup(question.commentId)
            return .message(context.text(.consideration(.work(.left(comment: question.commentId, group: question.groupId,
                                                                     dissolved: question.others.count < 2)))))
        }
    }

    /// Where an agreed consideration was agreed, as a link line (M opens the minutes) of at
    /// most `width` columns: the meeting's title is cut first, then the words give way to
    /// "am 15.11.2026, TOP 3"; the date and TOP are never cut.
    func agreementLine(_ c: Consideration, _ context: AppContext, width: Int) -> String? {
        guard c.state == .agreed, let meetingId = c.meetingId else { return nil }
        let meeting = meetings[meetingId]
        let t = context.text
        let head = "▸ " + t(.consideration(.work(.minutesLink))) + " · " + t(.consideration(.state(.agreed))) + " "
        let place = t(.consideration(.work(.agreedAt(date: meeting?.date, title: nil, top: c.agendaNumber))))
        if DisplayWidth.of(head + place) <= width {
            return TextLayout.truncate(head + t(.consideration(.work(.agreedAt(date: meeting?.date, title: meeting?.title,
                                                                                 top: c.agendaNumber)))), toWidth: width)
        }
        let on = t(.consideration(.work(.agreedOn(date: meeting?.date, top: c.agendaNumber))))
        return LineFit.keepingEnd(head + on, short: head, end: on, width: width)
    }
}

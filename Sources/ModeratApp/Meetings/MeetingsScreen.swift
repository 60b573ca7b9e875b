import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// Meetings: the list of meetings; Enter opens one with its attendance, quorum and agenda
/// items (TOPs); `e` writes a TOP's minutes in the built-in editor (drafts saved as you
/// type), `F` marks the minutes final, after which `e` records an amendment.
struct MeetingsScreen: Screen {
    var table = TableScreen(load: MeetingsContent.load)
    var meeting: MeetingRecord?
    var items = ListState()
    var editor: MinutesEditor?
    /// Non-nil while attendance is being edited (the selected line of the attendance list).
    var attendance: ListState?
    var confirmingFinal = false
    var loadError: String?
    /// The open new meeting / TOP / guest form and its problems, refreshed on every key.
    var form: MeetingsForm?
    var formProblems: [String] = []

    var capturesInput: Bool { editor != nil || confirmingFinal || attendance != nil || form != nil }

    mutating func reload(_ context: AppContext) {
        table.reload(context)
        guard let open = meeting else { return }
        do {
            meeting = try context.store.meeting(open.id)
            loadError = nil
        } catch {
            loadError = "\(error)"
        }
        items.selected = min(items.selected, max(0, (meeting?.items.count ?? 1) - 1))
    }

    mutating func tick(_ context: AppContext) {
        editor?.autosave(context)
    }

    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        if editor != nil { return handleEditor(event, context) }
        if form != nil { return handleForm(event, context) }
        guard case .key(let key) = event else {
            return meeting == nil ? table.handle(event, context) : .ignored
        }
        if confirmingFinal { return confirmFinal(key, context) }
        if attendance != nil { return handleAttendance(key, context) }
        guard let open = meeting else {
            if key == .enter, table.content.rows.indices.contains(table.list.selected) {
                return openMeeting(table.content.rows[table.list.selected].id, context)
            }
            if let command: MeetingListCommand = MeetingsKeys.listBindings.command(for: key), command == .newMeeting {
                return openNewMeetingForm(context)
            }
            return table.handle(event, context)
        }
        if let command: MeetingCommand = MeetingsKeys.bindings.command(for: key) {
            switch command {
            case .back:
                meeting = nil
                table.reload(context)
                return .handled
            case .edit: return openEditor(context)
            case .final:
                guard context.may(.writeMinutes) else { return .error(context.text(.meetings(.mayNotWrite))) }
                guard open.minutes.status == .draft else { return .message(context.text(.meetings(.finalized))) }
                confirmingFinal = true
                return .message(context.text(.meetings(.confirmFinal(open.title))))
            case .attendance:
                guard context.may(.writeMinutes) else { return .error(context.text(.meetings(.mayNotWrite))) }
                guard open.minutes.status == .draft else { return .error(context.text(.meetings(.finalized))) }
                attendance = ListState()
                return .message(context.text(.meetings(.attendanceMode)))
            case .addItem, .addGuest:
                guard context.may(.writeMinutes) else { return .error(context.text(.meetings(.mayNotWrite))) }
                guard open.minutes.status == .draft else { return .error(context.text(.meetings(.finalized))) }
                form = command == .addItem ? .agendaItem(meetingId: open.id) : .guest(meetingId: open.id)
                formProblems = []
                return .handled
            }
        }
        guard let command: ListCommand = ListKeys.bindings.command(for: key) else { return .ignored }
        let target = ListKeys.move(command, selected: items.selected, count: open.items.count, page: 5)
        items.select(target, rowCount: open.items.count, viewportHeight: MeetingLayout.itemRows(open, context))
        return .handled
    }

    mutating func openMeeting(_ id: Int64, _ context: AppContext) -> ScreenResult {
        do {
            meeting = try context.store.meeting(id)
            items = ListState()
            loadError = nil
            return .handled
        } catch {
            return .error("\(error)")
        }
    }

    /// Opens a meeting by id (the `:meeting` command and tests).
    mutating func show(meetingId: Int64, _ context: AppContext) -> ScreenResult { openMeeting(meetingId, context) }

    mutating func openEditor(_ context: AppContext) -> ScreenResult {
        guard let open = meeting, open.items.indices.contains(items.selected) else { return .handled }
        guard context.may(.writeMinutes) else { return .error(context.text(.meetings(.mayNotWrite))) }
        let purpose: MinutesEditor.Purpose = open.minutes.status == .final ? .amendment : .item
        let started = MinutesEditor.open(purpose, item: open.items[items.selected], meetingId: open.id, context)
        editor = started
        return started.notice.map { .message($0) } ?? .handled
    }

    mutating func confirmFinal(_ key: Key, _ context: AppContext) -> ScreenResult {
        confirmingFinal = false
        guard key == .character("y") || key == .character("j"), let open = meeting else { return .handled }
        do {
            try context.store.finalizeMinutes(open.id)
            reload(context)
            return .message(context.text(.meetings(.finalized)))
        } catch {
            return .error("\(error)")
        }
    }

    mutating func handleAttendance(_ key: Key, _ context: AppContext) -> ScreenResult {
        guard var state = attendance, let open = meeting else { attendance = nil; return .handled }
        if key == .escape || key == .enter {
            attendance = nil
            return .handled
        }
        if case .character(let c) = key, let status = MeetingsKeys.attendanceKeys[c].flatMap({ AttendanceStatus(rawValue: $0.rawValue) }),
           open.attendance.indices.contains(state.selected) {
            let line = open.attendance[state.selected]
            do {
                try context.store.setAttendance(open.id, memberId: line.memberId, status: status,
                                                standingInFor: substituteTarget(line, context))
                reload(context)
                return .message(context.text(.meetings(.attendanceSet(line.name, status))))
            } catch {
                return .error("\(error)")
            }
        }
        if let command: ListCommand = ListKeys.bindings.command(for: key) {
            let target = ListKeys.move(command, selected: state.selected, count: open.attendance.count, page: 5)
            state.select(target, rowCount: open.attendance.count, viewportHeight: MeetingLayout.itemRows(open, context))
            attendance = state
        }
        return .handled
    }

    /// Whom a substitute's line stands in for, kept when only the status changes.
    func substituteTarget(_ line: AttendanceLine, _ context: AppContext) -> Int64? {
        guard let name = line.standingInFor else { return nil }
        return meeting?.attendance.first { $0.name == name && $0.holdsSeat }?.memberId
    }

    func helpLines(_ context: AppContext) -> [HelpEntry] {
        let t = context.text
        if form != nil { return MeetingsKeys.formHelp.map { HelpEntry($0.0, t(.keyHelp($0.1))) } }
        if meeting == nil { return ListKeys.bindings.helpLines(t) + MeetingsKeys.listBindings.helpLines(t) }
        return MeetingsKeys.bindings.helpLines(t)
            + [HelpEntry("", ""), HelpEntry("", t(.keyHelp(.headingEditor)))]
            + (CommentKeys.editorHelp + MeetingsKeys.editorHelp).map { HelpEntry($0.0, t(.keyHelp($0.1))) }
    }

    func hints(_ context: AppContext) -> String {
        if editor != nil { return context.text(.hintsEditor) }
        if form != nil { return context.text(.meetings(.formHints)) }
        if attendance != nil { return context.text(.meetings(.attendanceMode)) }
        return context.text(.hintsList)
    }
}

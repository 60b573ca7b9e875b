import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// Meetings: the list of meetings; Enter opens one with its attendance, quorum and agenda
/// items (TOPs); `e` writes a TOP's minutes in the built-in editor (drafts saved as you
/// type, marked in the TOP list, `D` discards one), `d` edits the details, `F` marks the
/// minutes final (refused while drafts are open), after which `e` records an amendment.
/// Esc means "back" everywhere here: out of the editor (the draft kept), out of attendance,
/// out of a form, out of the meeting.
struct MeetingsScreen: Screen {
    /// A question waiting for y (anything else is no).
    enum Confirmation: Equatable {
        case finalize
        case discard(itemId: Int64, number: Int)
    }

    var table = TableScreen(load: MeetingsContent.load)
    var meeting: MeetingRecord?
    var items = ListState()
    var editor: MinutesEditor?
    /// Non-nil while attendance is being edited (the selected line of the attendance list).
    var attendance: ListState?
    var confirming: Confirmation?
    /// Drafts anyone left on the open meeting's TOPs.
    var drafts: [OpenDraft] = []
    var loadError: String?
    /// The open new meeting / TOP / guest form and its problems, refreshed on every key.
    var form: MeetingsForm?
    var formProblems: [String] = []
    /// Non-nil while the selected TOP's text is read in full (Enter).
    var reading: TextViewState?
    /// `i`: the header in full (every name) even where it leaves little room for the TOPs.
    var headerExpanded = false

    var capturesInput: Bool { editor != nil || confirming != nil || attendance != nil || form != nil || reading != nil }

    mutating func reload(_ context: AppContext) {
        table.reload(context)
        guard let open = meeting else { return }
        do {
            meeting = try context.store.meeting(open.id)
            drafts = (try? context.store.openDrafts(meetingId: open.id)) ?? []
            loadError = nil
        } catch {
            loadError = context.text.error(error)
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
        if let question = confirming { return confirm(question, key, context) }
        if reading != nil { return handleReader(key, context) }
        if attendance != nil { return handleAttendance(key, context) }
        guard let open = meeting else {
            if key == .enter, table.content.rows.indices.contains(table.list.selected) {
                return openMeeting(table.content.rows[table.list.selected].id, context)
            }
            let dispatched: KeyDispatch<MeetingListCommand> = MeetingsKeys.listBindings.dispatch(key, context)
            switch dispatched {
            case .command(.newMeeting): return openNewMeetingForm(context)
            case .refused: return dispatched.otherwise
            case .unbound: return table.handle(event, context)
            }
        }
        // Enter reads, never writes: the list keys typed next scroll instead of becoming text.
        if key == .enter, open.items.indices.contains(items.selected) {
            reading = TextViewState()
            return .message(context.text(.meetings(.work(.enterHint(open.items[items.selected].number)))))
        }
        let dispatched: KeyDispatch<MeetingCommand> = MeetingsKeys.bindings.dispatch(key, context)
        if case .refused = dispatched { return dispatched.otherwise }
        if case .command(let command) = dispatched {
            switch command {
            case .back:
                meeting = nil
                table.reload(context)
                return .handled
            case .edit: return openEditor(context)
            case .header:
                headerExpanded.toggle()
                return .handled
            case .final: return askFinal(open, context)
            case .discard: return askDiscard(open, context)
            case .details:
                guard open.minutes.status == .draft else { return .error(context.text(.meetings(.finalized))) }
                form = .details(open)
                formProblems = []
                return .handled
            case .attendance:
                guard open.minutes.status == .draft else { return .error(context.text(.meetings(.finalized))) }
                attendance = ListState()
                return .message(context.text(.meetings(.work(.attendanceMode))))
            case .addItem, .addGuest:
                guard open.minutes.status == .draft else { return .error(context.text(.meetings(.finalized))) }
                form = command == .addItem ? .agendaItem(meetingId: open.id) : .guest(meetingId: open.id)
                formProblems = []
                return .handled
            }
        }
        guard let command: ListCommand = ListKeys.bindings.command(for: key) else { return .ignored }
        let rows = itemRows(open, context)
        let target = ListKeys.move(command, selected: items.selected, count: open.items.count, page: rows)
        items.select(target, rowCount: open.items.count, viewportHeight: rows)
        return .handled
    }

    mutating func openMeeting(_ id: Int64, _ context: AppContext) -> ScreenResult {
        do {
            meeting = try context.store.meeting(id)
            drafts = (try? context.store.openDrafts(meetingId: id)) ?? []
            items = ListState()
            loadError = nil
            return .handled
        } catch {
            return .error(context.text.error(error))
        }
    }

    /// Opens a meeting by id (the `:meeting` command, a consideration's link to where it was
    /// agreed, tests), with TOP `item` selected when given.
    mutating func show(meetingId: Int64, item number: Int? = nil, _ context: AppContext) -> ScreenResult {
        let result = openMeeting(meetingId, context)
        if let number, let index = meeting?.items.firstIndex(where: { $0.number == number }) { items.selected = index }
        return result
    }

    mutating func openEditor(_ context: AppContext) -> ScreenResult {
        guard let open = meeting, open.items.indices.contains(items.selected) else { return .handled }
        let purpose: MinutesEditor.Purpose = open.minutes.status == .final ? .amendment : .item
        let started = MinutesEditor.open(purpose, item: open.items[items.selected], meetingId: open.id, context)
        editor = started
        return started.notice.map { .message($0) } ?? .handled
    }

    /// F: refused while drafts are open (listed); else asks, naming first every gap the
    /// published minutes would show and whether the meeting can have happened yet.
    mutating func askFinal(_ open: MeetingRecord, _ context: AppContext) -> ScreenResult {
        let t = context.text
        guard open.minutes.status == .draft else { return .message(t(.meetings(.finalized))) }
        guard drafts.isEmpty else { return .error(t(.meetings(.work(.openDrafts(drafts.map(\.description).joined(separator: ", ")))))) }
        confirming = .finalize
        let concerns = open.finalizeConcerns(today: CalendarDay(context.now))
        return .question(t(.meetings(.work(.finalize(.question(title: open.title, concerns))))))
    }

    /// D: discarding a draft is explicit and asks first, naming whose it is.
    mutating func askDiscard(_ open: MeetingRecord, _ context: AppContext) -> ScreenResult {
        guard open.items.indices.contains(items.selected) else { return .handled }
        let item = open.items[items.selected]
        let owners = drafts.filter { $0.itemId == item.id }.map(\.ownerName)
        guard !owners.isEmpty else { return .message(context.text(.meetings(.work(.noDraft(item.number))))) }
        confirming = .discard(itemId: item.id, number: item.number)
        return .question(context.text(.meetings(.work(.confirmDiscard(item.number, owners.joined(separator: ", "))))))
    }

    mutating func confirm(_ question: Confirmation, _ key: Key, _ context: AppContext) -> ScreenResult {
        confirming = nil
        // Only y confirms, as everywhere: j moves down in every list, so a quick j after F must
        // never finalise minutes.
        guard let open = meeting else { return .handled }
        guard key == .character("y") else {
            // Said, not silent: a secretary who pressed n must not believe the minutes are out.
            switch question {
            case .finalize: return .message(context.text(.meetings(.work(.finalize(.keptDraft(title: open.title))))))
            case let .discard(_, number): return .message(context.text(.meetings(.work(.draftKept(number)))))
            }
        }
        do {
            switch question {
            case .finalize:
                try context.store.finalizeMinutes(open.id)
                reload(context)
                return .message(context.text(.meetings(.work(.finalize(.madeFinal(title: open.title))))))
            case let .discard(itemId, number):
                try context.store.discardDrafts(itemId: itemId)
                reload(context)
                return .message(context.text(.meetings(.work(.discarded(number)))))
            }
        } catch {
            reload(context)
            return .error(context.text.error(error))
        }
    }

    mutating func handleAttendance(_ key: Key, _ context: AppContext) -> ScreenResult {
        guard var state = attendance, let open = meeting else { attendance = nil; return .handled }
        if key == .escape {
            attendance = nil
            return .handled
        }
        if case .character(let c) = key, c == MeetingsKeys.substituteKey || c == MeetingsKeys.arrivalKey,
           open.attendance.indices.contains(state.selected) {
            let line = open.attendance[state.selected]
            form = c == MeetingsKeys.substituteKey ? .substitute(open, line: line) : .arrival(meetingId: open.id, line: line)
            formProblems = []
            return .handled
        }
        if case .character(let c) = key, let status = MeetingsKeys.attendanceKeys[c].flatMap({ AttendanceStatus(rawValue: $0.rawValue) }),
           open.attendance.indices.contains(state.selected) {
            let line = open.attendance[state.selected]
            do {
                try context.store.setAttendance(open.id, memberId: line.memberId, status: status,
                                                standingInFor: substituteTarget(line, context))
                reload(context)
                // On to the next member: a roll call is p, p, e, p … down the list, not p j p j.
                if state.selected + 1 < open.attendance.count {
                    state.select(state.selected + 1, rowCount: open.attendance.count, viewportHeight: itemRows(open, context))
                    attendance = state
                }
                return .message(context.text(.meetings(.attendanceSet(line.name, status))))
            } catch {
                return .error(context.text.error(error))
            }
        }
        if let command: ListCommand = ListKeys.bindings.command(for: key) {
            let target = ListKeys.move(command, selected: state.selected, count: open.attendance.count, page: itemRows(open, context))
            state.select(target, rowCount: open.attendance.count, viewportHeight: itemRows(open, context))
            attendance = state
        }
        return .handled
    }

    /// Rows of the TOP (or attendance) list with the header as it is drawn now.
    func itemRows(_ open: MeetingRecord, _ context: AppContext) -> Int {
        MeetingLayout.itemRows(open, context, expanded: headerExpanded)
    }

    /// Whom a substitute's line stands in for, kept when only the status changes.
    func substituteTarget(_ line: AttendanceLine, _ context: AppContext) -> Int64? {
        guard let name = line.standingInFor else { return nil }
        return meeting?.attendance.first { $0.name == name && $0.holdsSeat }?.memberId
    }

    func helpLines(_ context: AppContext) -> [HelpEntry] {
        let t = context.text
        if form != nil { return MeetingsKeys.formHelp.map { HelpEntry($0.0, t(.keyHelp($0.1))) } }
        if meeting == nil { return ListKeys.bindings.helpLines(t) + MeetingsKeys.listBindings.helpLines(context) }
        return MeetingsKeys.bindings.helpLines(context)
            + [HelpEntry("", ""), HelpEntry("", t(.keyHelp(.headingEditor)))]
            + MeetingsKeys.minutesEditorHelp.map { HelpEntry($0.0, t(.keyHelp($0.1))) }
    }

    /// Key hints that fit `width`, whole ones only (the status line would cut the last one
    /// mid-word; in the editor `?` is a letter, so there is no help key to keep).
    static func wholeHints(_ hints: String, width: Int) -> String {
        var kept: [String] = []
        for hint in hints.components(separatedBy: "  ") {
            guard DisplayWidth.of((kept + [hint]).joined(separator: "  ")) <= width else { break }
            kept.append(hint)
        }
        return kept.isEmpty ? hints : kept.joined(separator: "  ")
    }

    func hints(_ context: AppContext) -> String {
        if editor != nil { return Self.wholeHints(context.text(.meetings(.layout(.editorHints))), width: context.bodySize.width - 2) }
        if let form { return form.hints(context.text) }
        if attendance != nil { return context.text(.meetings(.work(.attendanceMode))) }
        if reading != nil { return context.text(.meetings(.layout(.readerHints))) }
        return context.text(.hintsList)
    }
}

import ModeratStore
import TerminalKit

extension TableScreen {
    /// Open action items across all meetings.
    static func actions() -> TableScreen {
        TableScreen(load: ActionsContent.load)
    }
}

/// How the Actions screen fills its table.
enum ActionsContent {
    static func load(_ context: AppContext) throws -> TableContent {
        let t = context.text
        let today = DayFormat.day(context.now)
        let items = try context.store.database.allActionItems()
        let rows = items.map { a in
            let overdue = a.isOverdue(today: today)
            // The state in words as well as colour: "überfällig" survives a printout and a colour-blind eye.
            let state = t(a.doneOn != nil ? .meetings(.layout(.done)) : .meetings(.work(overdue ? .overdue : .open)))
            return TableRow(id: a.id,
                            cells: [a.dueOn.map(DayFormat.german) ?? "", state, a.who, a.what],
                            role: overdue ? .warning : a.doneOn != nil ? .muted : nil,
                            detail: [a.what, "\(a.meetingTitle) (\(DayFormat.german(a.meetingDate)))"
                                     + (a.itemNumber.map { ", TOP \($0)" } ?? "") + (a.itemTitle.map { ": \($0)" } ?? "")]
                                + (overdue ? [t(.overdue)] : []) + (a.doneOn.map { [t(.meetings(.work(.doneOn(DayFormat.german($0)))))] } ?? []))
        }
        // What is to be done takes the width left: the meeting and TOP are read below the list,
        // the done date too, so the state column is one word wide.
        let stateWidth = rows.map { DisplayWidth.of($0.cells[1]) }.max() ?? 0
        return TableContent(
            heading: t(.actionsHeader) + t(.meetings(.work(.actionsHeading(open: items.filter { $0.doneOn == nil }.count,
                                                         overdue: items.filter { $0.isOverdue(today: today) }.count)))),
            columns: [TableColumn(title: t(.column(.due)), width: 10), TableColumn(title: "", width: stateWidth),
                      TableColumn(title: t(.column(.who)), width: 18), TableColumn(title: t(.column(.what)), width: nil)],
            rows: rows)
    }
}

/// The Actions screen: action items, open ones first, with their state in words; `d` marks
/// the selected one done, `o` opens it again.
struct ActionsScreen: Screen {
    var table = TableScreen.actions()

    mutating func reload(_ context: AppContext) { table.reload(context) }

    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        guard case .key(let key) = event else { return table.handle(event, context) }
        let dispatched: KeyDispatch<ActionsKeyCommand> = MeetingsKeys.actionsBindings.dispatch(key, context)
        switch dispatched {
        case .command(let command): return markDone(command == .done, context)
        case .refused: return dispatched.otherwise
        case .unbound: return table.handle(event, context)
        }
    }

    mutating func markDone(_ done: Bool, _ context: AppContext) -> ScreenResult {
        guard table.content.rows.indices.contains(table.list.selected) else { return .handled }
        let row = table.content.rows[table.list.selected]
        do {
            try context.store.setActionDone(row.id, done: done)
        } catch {
            return .error(context.text.error(error))
        }
        table.reload(context)
        let what = row.cells.count > 3 ? row.cells[3] : ""
        return .message(done ? context.text(.meetings(.actionDone(what))) : context.text(.meetings(.work(.open))) + ": " + what)
    }

    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        table.render(into: &buffer, area: area, context)
    }

    func helpLines(_ context: AppContext) -> [HelpEntry] {
        table.helpLines(context) + MeetingsKeys.actionsBindings.helpLines(context)
    }

    func hints(_ context: AppContext) -> String { table.hints(context) }
}

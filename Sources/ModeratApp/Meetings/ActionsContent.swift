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
        let rows = try context.store.database.openActionItems().map { a in
            let overdue = a.dueOn.map { $0 < today } ?? false
            return TableRow(id: a.id,
                            cells: [a.dueOn.map(DayFormat.german) ?? "", a.who, a.what, DayFormat.german(a.meetingDate)],
                            role: overdue ? .warning : nil,
                            detail: [a.what, "\(a.meetingTitle) (\(DayFormat.german(a.meetingDate)))"] + (overdue ? [t(.overdue)] : []))
        }
        return TableContent(
            heading: t(.actionsHeader),
            columns: [TableColumn(title: t(.column(.due)), width: 10), TableColumn(title: t(.column(.who)), width: 22),
                      TableColumn(title: t(.column(.what)), width: nil), TableColumn(title: t(.column(.meeting)), width: 10)],
            rows: rows)
    }
}

/// The Actions screen: open action items; `d` marks the selected one done.
struct ActionsScreen: Screen {
    var table = TableScreen.actions()

    mutating func reload(_ context: AppContext) { table.reload(context) }

    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        if case .key(let key) = event, let command: ActionsKeyCommand = MeetingsKeys.actionsBindings.command(for: key), command == .done {
            return markDone(context)
        }
        return table.handle(event, context)
    }

    mutating func markDone(_ context: AppContext) -> ScreenResult {
        guard table.content.rows.indices.contains(table.list.selected) else { return .handled }
        guard context.may(.writeMinutes) else { return .error(context.text(.meetings(.mayNotWrite))) }
        let row = table.content.rows[table.list.selected]
        do {
            try context.store.setActionDone(row.id, done: true)
        } catch {
            return .error("\(error)")
        }
        table.reload(context)
        return .message(context.text(.meetings(.actionDone(row.cells.count > 2 ? row.cells[2] : ""))))
    }

    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        table.render(into: &buffer, area: area, context)
    }

    func helpLines(_ context: AppContext) -> [HelpEntry] {
        table.helpLines(context) + MeetingsKeys.actionsBindings.helpLines(context.text)
    }

    func hints(_ context: AppContext) -> String { table.hints(context) }
}

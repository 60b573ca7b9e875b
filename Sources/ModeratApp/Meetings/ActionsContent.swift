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

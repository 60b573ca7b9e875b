import ModeratStore
import TerminalKit

/// How the Meetings screen fills its list of meetings. The title takes the width left; the
/// place is read below the list with the board (a 24-column place column cut both), and the
/// count and status columns are as wide as their words.
enum MeetingsContent {
    static func load(_ context: AppContext) throws -> TableContent {
        let t = context.text
        let overview = try context.store.database.meetingOverview()
        let rows = overview.map { m in
            TableRow(id: m.id,
                     cells: [DayFormat.german(m.date), m.title, "\(m.agendaItems)",
                             m.minutesStatus.map { t(.minutesStatus($0)) } ?? ""],
                     detail: [m.title, m.place, m.boardName])
        }
        let itemsTitle = t(.column(.items))
        let statusWidth = rows.map { DisplayWidth.of($0.cells[3]) }.max() ?? 0
        return TableContent(
            heading: t(.meetingsHeader),
            columns: [TableColumn(title: t(.column(.date)), width: 10), TableColumn(title: t(.column(.title)), width: nil),
                      TableColumn(title: itemsTitle, width: max(2, DisplayWidth.of(itemsTitle))),
                      // One column more than the words: a form box over the list leaves the outermost column.
                      TableColumn(title: "", width: statusWidth + 1)],
            rows: rows)
    }
}

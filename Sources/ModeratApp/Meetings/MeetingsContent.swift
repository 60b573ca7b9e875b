import ModeratStore
import TerminalKit

/// How the Meetings screen fills its list of meetings.
enum MeetingsContent {
    static func load(_ context: AppContext) throws -> TableContent {
        let t = context.text
        let rows = try context.store.database.meetingOverview().map { m in
            TableRow(id: m.id,
                     cells: [DayFormat.german(m.date), m.title, m.place, "\(m.agendaItems)",
                             m.minutesStatus.map { t(.minutesStatus($0)) } ?? ""],
                     detail: [m.boardName])
        }
        return TableContent(
            heading: t(.meetingsHeader),
            columns: [TableColumn(title: t(.column(.date)), width: 10), TableColumn(title: t(.column(.title)), width: nil),
                      TableColumn(title: t(.column(.place)), width: 24, minimum: 10), TableColumn(title: t(.column(.items)), width: 5),
                      TableColumn(title: "", width: 10)],
            rows: rows)
    }
}

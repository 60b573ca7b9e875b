import ModeratStore
import TerminalKit

extension TableScreen {
    /// The Vorhabenliste: every planned project with its status and the selected one's details.
    static func projects() -> TableScreen {
        TableScreen(load: ProjectsContent.load)
    }
}

/// How the Projects screen fills its table.
enum ProjectsContent {
    static func load(_ context: AppContext) throws -> TableContent {
        let t = context.text
        let rows = try context.store.database.projectOverview().map { p in
            TableRow(id: p.id,
                     cells: [p.title, p.status, p.districts, t(.term(p.participation)), String(p.updatedOn.prefix(10))],
                     detail: [p.description, p.nextSteps, p.contact].filter { !$0.isEmpty })
        }
        return TableContent(
            heading: t(.projectsHeader),
            columns: [TableColumn(title: t(.column(.title)), width: nil), TableColumn(title: t(.column(.status)), width: 18, minimum: 10),
                      TableColumn(title: t(.column(.districts)), width: 16, minimum: 10),
                      TableColumn(title: t(.column(.participation)), width: 13, minimum: 9),
                      TableColumn(title: t(.column(.updated)), width: 10)],
            rows: rows)
    }
}

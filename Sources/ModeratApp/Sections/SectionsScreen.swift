import ModeratStore
import TerminalKit

/// The guideline sections as a tree with comment counts; Enter shows the queue filtered to one.
extension TableScreen {
    static func sections() -> TableScreen {
        TableScreen(load: SectionsContent.load, onOpen: { row, _ in .showQueue(sectionId: row.id) })
    }
}

/// How the Sections screen fills its table.
enum SectionsContent {
    static func load(_ context: AppContext) throws -> TableContent {
        let t = context.text
        let sections = try context.store.database.sectionOverview()
        let rows = try sections.map { s in
            TableRow(id: s.id,
                     cells: [String(repeating: "  ", count: s.depth) + s.code, s.title,
                             "\(s.pending)", "\(s.approved)", "\(s.rejected)", "\(s.answered)"],
                     role: s.depth == 0 ? .header : nil,
                     detail: [try context.store.database.sectionBody(id: s.id)])
        }
        return TableContent(
            heading: t(.sectionsHeader),
            columns: [TableColumn(title: "", width: 6), TableColumn(title: t(.column(.title)), width: nil),
                      TableColumn(title: t(.column(.pending)), width: 7), TableColumn(title: t(.column(.approved)), width: 7),
                      TableColumn(title: t(.column(.rejected)), width: 7), TableColumn(title: t(.column(.answered)), width: 7)],
            rows: rows)
    }
}

import ModeratCore
import TerminalKit

/// A screen that lists rows from the database and shows the selected row's detail: the
/// shape of the Sections, Projects, Roster, Meetings and Actions screens. Each of those
/// supplies how to load its content and what Enter does.
struct TableScreen: Screen {
    let load: (AppContext) throws -> TableContent
    let onOpen: ((TableRow, AppContext) -> ScreenResult)?
    let extraHelp: [HelpEntry]
    var content = TableContent(heading: "", columns: [], rows: [])
    var list = ListState()
    var loadError: String?

    init(load: @escaping (AppContext) throws -> TableContent,
         onOpen: ((TableRow, AppContext) -> ScreenResult)? = nil,
         extraHelp: [HelpEntry] = []) {
        self.load = load
        self.onOpen = onOpen
        self.extraHelp = extraHelp
    }

    mutating func reload(_ context: AppContext) {
        let selectedId = content.rows.indices.contains(list.selected) ? content.rows[list.selected].id : nil
        do {
            content = try load(context)
            loadError = nil
        } catch {
            loadError = context.text.error(error)
        }
        if let selectedId, let index = content.rows.firstIndex(where: { $0.id == selectedId }) {
            list.selected = index
        } else {
            list.selected = min(list.selected, max(0, content.rows.count - 1))
        }
    }

    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        guard case .key(let key) = event else {
            if case .mouse(let mouse) = event { return handleMouse(mouse, context) }
            return .ignored
        }
        let dispatched: KeyDispatch<ListCommand> = ListKeys.bindings.dispatch(key, context)
        guard case .command(let command) = dispatched else { return dispatched.otherwise }
        if command == .open {
            guard let onOpen, content.rows.indices.contains(list.selected) else { return .handled }
            return onOpen(content.rows[list.selected], context)
        }
        let height = listHeight(context)
        let target = ListKeys.move(command, selected: list.selected, count: content.rows.count, page: height)
        list.select(target, rowCount: content.rows.count, viewportHeight: height)
        return .handled
    }

    mutating func handleMouse(_ mouse: MouseEvent, _ context: AppContext) -> ScreenResult {
        // The list starts below the title line, the heading, the summary and the column header.
        let top = 1 + 1 + min(3, content.summary.count) + 1
        let rowsArea = Rect(x: 0, y: top, width: context.bodySize.width, height: listHeight(context))
        return list.handle(mouse, rowsArea: rowsArea, rowCount: content.rows.count) ? .handled : .ignored
    }

    /// Rows of the list on screen, as the view lays it out.
    func listHeight(_ context: AppContext) -> Int {
        let rest = context.bodySize.height - 1 - min(3, content.summary.count)
        return max(1, rest - min(8, max(0, rest / 3)) - 1)
    }

    func helpLines(_ context: AppContext) -> [HelpEntry] {
        ListKeys.bindings.filter { onOpen != nil || $0.command != .open }.helpLines(context) + extraHelp
    }

    func hints(_ context: AppContext) -> String { context.text(.hintsList) }
}

import ModeratCore
import ModeratStore
import TerminalKit

/// The guideline sections as a tree with comment counts, and below it the selected section's
/// text and its comments; Enter shows the queue filtered to the section.
struct SectionsScreen: Screen {
    var rows: [SectionOverviewRow] = []
    var list = ListState()
    /// The selected section's text and comments (loaded when the selection changes).
    var body = ""
    var comments = SectionComments()
    var detailFor: Int64?
    var loadError: String?
    /// The selected section's consideration view, while open (key a).
    var panel: ConsiderationPanel?

    var capturesInput: Bool { panel?.editor != nil || panel?.picker != nil || panel?.leaving != nil }

    mutating func reload(_ context: AppContext) {
        let selectedId = rows.indices.contains(list.selected) ? rows[list.selected].id : nil
        do {
            rows = try context.store.database.sectionOverview()
            loadError = nil
        } catch {
            loadError = context.text.error(error)
        }
        if let selectedId, let index = rows.firstIndex(where: { $0.id == selectedId }) {
            list.selected = index
        } else {
            list.selected = min(list.selected, max(0, rows.count - 1))
        }
        detailFor = nil
        loadDetail(context)
        panel?.reload(context)
    }

    /// Reads the selected section's text and first comments, once per selection.
    mutating func loadDetail(_ context: AppContext) {
        guard rows.indices.contains(list.selected) else {
            (body, comments, detailFor) = ("", SectionComments(), nil)
            return
        }
        let id = rows[list.selected].id
        guard id != detailFor else { return }
        do {
            body = try context.store.database.sectionBody(id: id)
            comments = try context.store.database.sectionComments(sectionId: id, limit: 50)
            detailFor = id
        } catch {
            loadError = context.text.error(error)
        }
    }

    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        let layout = SectionsLayout(Rect(x: 0, y: 1, width: context.bodySize.width, height: context.bodySize.height))
        if var open = panel {
            let page = ListView.rowsArea(of: ConsiderationPanel.Layout(Rect(x: 0, y: 1, width: context.bodySize.width, height: context.bodySize.height)).list).height
            let result = open.handle(event, context, page: max(1, page))
            panel = open
            if result == .close { panel = nil }
            return result == .close ? .handled : result
        }
        if case .key(let key) = event, ConsiderationKeys.open.keys.contains(key), rows.indices.contains(list.selected) {
            var open = ConsiderationPanel(section: rows[list.selected])
            open.reload(context)
            panel = open
            return .handled
        }
        switch event {
        case .mouse(let mouse):
            guard list.handle(mouse, rowsArea: ListView.rowsArea(of: layout.list), rowCount: rows.count) else { return .ignored }
        case .key(let key):
            let dispatched: KeyDispatch<ListCommand> = ListKeys.bindings.dispatch(key, context)
            guard case .command(let command) = dispatched else { return dispatched.otherwise }
            if command == .open {
                guard rows.indices.contains(list.selected) else { return .handled }
                return .showQueue(sectionId: rows[list.selected].id)
            }
            let height = ListView.rowsArea(of: layout.list).height
            let target = ListKeys.move(command, selected: list.selected, count: rows.count, page: height)
            list.select(target, rowCount: rows.count, viewportHeight: height)
        default:
            return .ignored
        }
        loadDetail(context)
        return .handled
    }

    func helpLines(_ context: AppContext) -> [HelpEntry] {
        if panel != nil { return ListKeys.bindings.filter { $0.command != .open }.helpLines(context) + ConsiderationKeys.bindings.helpLines(context) }
        return ListKeys.bindings.helpLines(context) + [ConsiderationKeys.open].helpLines(context)
    }

    func hints(_ context: AppContext) -> String {
        panel != nil ? context.text(.consideration(.hints)) : context.text(.hintsList)
    }

    mutating func editorFinished(_ text: String?, purpose: EditPurpose, _ context: AppContext) -> ScreenResult {
        guard var open = panel else { return .handled }
        let result = open.editorFinished(text, purpose: purpose, context)
        panel = open
        return result
    }

    mutating func tick(_ context: AppContext) {
        panel?.editor?.autosave(context)
    }
}

/// Where the parts of the Sections screen go: heading, the list (about half), and below it
/// the text and the comments side by side (stacked when the terminal is narrow).
struct SectionsLayout {
    var heading: Rect
    var list: Rect
    var text: Rect
    var comments: Rect

    init(_ area: Rect) {
        var rest: Rect
        (heading, rest) = area.splitTop(1)
        let listHeight = max(4, min(rest.height - 4, (rest.height + 1) / 2))
        let detail: Rect
        (list, detail) = rest.splitTop(listHeight)
        if detail.width >= 90 {
            let left = detail.width / 2
            (text, comments) = detail.splitLeft(left)
        } else {
            (text, comments) = detail.splitTop(detail.height / 2)
        }
    }
}

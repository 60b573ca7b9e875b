import ModeratCore
import ModeratStore
import TerminalKit

/// The audit log: every recorded change, newest first, paged by keyset (AuditWindow);
/// `:actor`, `:entity` and `:since` narrow it, Enter shows one event with all its detail.
/// Only roles that change things see it (`Role.seesAuditLog`).
struct AuditScreen: Screen {
    var filter = AuditFilter()
    var window = AuditWindow()
    /// Display names by account, for the Who column (the list of users is short).
    var users: [UserRecord] = []
    /// Reason labels by code in the UI's language, for the Detail column.
    var reasonLabels: [String: String] = [:]
    /// Whether Enter opened the selected event.
    var showsEvent = false
    var loaded = false
    var loadError: String?

    /// Whether the current account may read the log.
    static func allowed(_ context: AppContext) -> Bool {
        context.moderator?.role.seesAuditLog ?? false
    }

    /// Rows of events on screen: the body less the heading and the column header.
    func pageHeight(_ context: AppContext) -> Int { max(1, context.bodySize.height - 2) }

    /// Entries read for a smaller terminal are read again for the taller one.
    mutating func resized(_ context: AppContext) {
        if !window.fills(page: pageHeight(context)) { reload(context) }
    }

    mutating func reload(_ context: AppContext) {
        guard Self.allowed(context) else { return }
        let loaded = loaded
        load(context) { window, database, filter, page in
            if loaded {
                try window.reload(database: database, filter: filter, page: page)
            } else {
                try window.jump(toEnd: false, database: database, filter: filter, page: page)
            }
        }
    }

    /// Runs a window operation, keeping any database error visible instead of throwing.
    mutating func load(_ context: AppContext, _ body: (inout AuditWindow, ModeratDatabase, AuditFilter, Int) throws -> Void) {
        do {
            users = try context.store.database.users()
            reasonLabels = try context.reasonLabels()
            var updated = window
            try body(&updated, context.store.database, filter, pageHeight(context))
            window = updated
            loaded = true
            loadError = nil
        } catch {
            loadError = context.text.error(error)
        }
    }

    /// A `:` filter command; nil when it applied, else what was wrong with it.
    mutating func applyFilter(_ name: String, _ argument: String, _ context: AppContext) -> String? {
        guard Self.allowed(context) else { return context.text(.audit(.notAllowed(context.moderator?.role))) }
        var changed = filter
        if let problem = AuditFilterCommand.apply(name, argument, to: &changed, selected: window.selectedEntry,
                                                  users: users, context) {
            return problem
        }
        filter = changed
        restart(context)
        return nil
    }

    mutating func restart(_ context: AppContext) {
        showsEvent = false
        load(context) { window, database, filter, page in try window.jump(toEnd: false, database: database, filter: filter, page: page) }
    }

    // MARK: Keys

    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        guard Self.allowed(context) else { return .ignored }
        switch event {
        case .key(let key): return showsEvent ? handleEventKey(key, context) : handleKey(key, context)
        case .mouse(let mouse): return showsEvent ? .ignored : handleMouse(mouse, context)
        default: return .ignored
        }
    }

    mutating func handleKey(_ key: Key, _ context: AppContext) -> ScreenResult {
        if case .command(let command) = ListKeys.bindings.dispatch(key, context) {
            switch command {
            case .open:
                guard window.selectedEntry != nil else { return .message(context.text(.audit(.noSelection))) }
                showsEvent = true
            case .top, .bottom:
                load(context) { window, database, filter, page in
                    try window.jump(toEnd: command == .bottom, database: database, filter: filter, page: page)
                }
            default:
                move(by: ListKeys.delta(command, page: pageHeight(context)), context)
            }
            return .handled
        }
        let dispatched: KeyDispatch<AuditCommand> = AuditKeys.bindings.dispatch(key, context)
        guard case .command(let command) = dispatched else { return dispatched.otherwise }
        guard command == .clearFilter, filter != AuditFilter() else { return .ignored }
        filter = AuditFilter()
        restart(context)
        return .handled
    }

    /// Keys while one event is shown: j/k step to the next or previous event, Esc goes back.
    mutating func handleEventKey(_ key: Key, _ context: AppContext) -> ScreenResult {
        let dispatched: KeyDispatch<AuditCommand> = AuditKeys.eventBindings.dispatch(key, context)
        guard case .command(let command) = dispatched else { return dispatched.otherwise }
        switch command {
        case .next: move(by: 1, context)
        case .previous: move(by: -1, context)
        case .back, .clearFilter: showsEvent = false
        }
        return .handled
    }

    mutating func move(by delta: Int, _ context: AppContext) {
        load(context) { window, database, filter, page in try window.move(by: delta, database: database, filter: filter, page: page) }
    }

    mutating func handleMouse(_ mouse: MouseEvent, _ context: AppContext) -> ScreenResult {
        // The rows start below the title line, any read-only banner, the heading and the column header.
        let rowsArea = Rect(x: 0, y: 3 + (context.isReadOnly ? 1 : 0), width: context.bodySize.width, height: pageHeight(context))
        switch mouse.kind {
        case .click:
            guard rowsArea.contains(x: mouse.x, y: mouse.y) else { return .ignored }
            move(by: window.top + mouse.y - rowsArea.y - window.selected, context)
        case .wheelUp: move(by: -3, context)
        case .wheelDown: move(by: 3, context)
        case .press, .release: return .ignored
        }
        return .handled
    }

    func helpLines(_ context: AppContext) -> [HelpEntry] {
        let t = context.text
        if showsEvent { return AuditKeys.eventBindings.helpLines(context) }
        return ListKeys.bindings.helpLines(context) + AuditKeys.bindings.helpLines(context) + [AuditKeys.filterHelp(t)]
    }

    func hints(_ context: AppContext) -> String {
        guard Self.allowed(context) else { return context.text(.hintsList) }
        return context.text(.audit(showsEvent ? .detailHints : .hints))
    }
}

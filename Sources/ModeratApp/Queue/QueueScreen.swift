import ModeratCore
import ModeratStore
import TerminalKit

/// The moderation queue: pending comments first, one key per decision, marks for bulk work,
/// full-text search. Rows come in pages through keyset queries (QueueWindow).
struct QueueScreen: Screen {
    var filter = QueueFilter()
    var window = QueueWindow()
    /// How many comments the filter holds (maintained counters where possible); a search
    /// with many matches is counted only up to `countCap`, then `totalIsExact` is false.
    var total = 0
    var totalIsExact = true
    static let countCap = 1_000
    /// Marked comments with the version they had when marked, in marking order.
    var marks: [CommentVersion] = []
    var search: TextFieldState?
    /// Earlier search terms of this session, oldest first (↑ in the search line).
    var searchHistory: [String] = []
    /// Where ↑/↓ are in `searchHistory` while the search line is open.
    var historyIndex: Int?
    var flow: DecisionFlow?
    var loadError: String?
    /// A search being read off the input thread (QueueSearchTask).
    var runningSearch: QueueSearchTask?
    /// `C` asked whether a detected group is to be considered together (y answers).
    var considering: ConsiderQuestion?
    /// The marks the filter shows, as last counted (see `visibleMarks`).
    var markCount: QueueMarkCount?

    var capturesInput: Bool { search != nil || flow != nil || considering != nil }

    /// Rows of comments on screen: the body less the heading and the column header.
    func pageHeight(_ context: AppContext) -> Int { max(1, context.bodySize.height - 2) }

    mutating func reload(_ context: AppContext) {
        load(context) { window, store, filter, page in try window.reload(store: store, filter: filter, page: page) }
    }

    /// Rows read for a smaller terminal are read again for the taller one, keeping the
    /// versions the user saw (as after someone else's commit).
    mutating func resized(_ context: AppContext) {
        if !window.fills(page: pageHeight(context)) { refreshAfterOthers(context) }
    }

    /// Re-reads the rows after someone else's commit, but a row the user already saw keeps
    /// the version they saw: acting on it then meets the conflict check (who and when)
    /// instead of silently replacing the other person's decision.
    mutating func refreshAfterOthers(_ context: AppContext) {
        let seen = Dictionary(window.rows.map { ($0.id, $0.version) }, uniquingKeysWith: { first, _ in first })
        reload(context)
        for index in window.rows.indices {
            if let version = seen[window.rows[index].id] { window.rows[index].version = version }
        }
    }

    /// Runs a window operation, keeping any database error visible instead of throwing.
    mutating func load(_ context: AppContext, _ body: (inout QueueWindow, Store, QueueFilter, Int) throws -> Void) {
        do {
            var updated = window
            try body(&updated, context.store, filter, pageHeight(context))
            window = updated
            let counted = try context.store.count(filter, upTo: Self.countCap)
            total = counted.value
            totalIsExact = counted.isExact
            loadError = nil
            markCount = nil
            countMarks(context)
        } catch {
            loadError = context.text.error(error)
        }
    }

    /// Shows only comments tagged with a section (Enter on the Sections screen), in every
    /// state and with no earlier search or filter left over.
    mutating func showSection(_ sectionId: Int64, _ context: AppContext) {
        filter = QueueFilter(states: [], sectionId: sectionId)
        restart(context)
    }

    /// The comment view's `=`: the comment's group, the cursor on the comment; nil when
    /// shown, else what was wrong.
    mutating func showGroup(of commentId: Int64, _ context: AppContext) -> String? {
        if let problem = applyFilter("group", "\(commentId)", context) { return problem }
        focus(on: commentId, context)
        return nil
    }

    /// Searches the full text ("strasse" finds "Straße"); an empty text clears the search
    /// and keeps the cursor on the comment it was on.
    mutating func search(_ text: String, _ context: AppContext) {
        let kept = window.selectedRow?.id
        filter.search = text.isEmpty ? nil : text
        if !text.isEmpty, searchHistory.last != text { searchHistory.append(text) }
        restart(context, keeping: text.isEmpty ? kept : nil)
    }

    /// A `:` filter command; nil when it applied, else what was wrong with it.
    mutating func applyFilter(_ name: String, _ argument: String, _ context: AppContext) -> String? {
        var changed = filter
        if let problem = QueueFilterCommand.apply(name, argument, to: &changed, selectedComment: window.selectedRow?.id, context) {
            return problem
        }
        let kept = window.selectedRow?.id
        filter = changed
        restart(context, keeping: kept)
        return nil
    }

    /// Shows the filter from its start, or around `keeping` when the filter still holds that
    /// comment. Marks stay: they are the user's, whatever the list shows.
    mutating func restart(_ context: AppContext, keeping: Int64? = nil) {
        if let keeping {
            focus(on: keeping, context)
            if window.selectedRow?.id == keeping { return }
        }
        load(context) { window, store, filter, page in try window.jump(toEnd: false, store: store, filter: filter, page: page) }
    }

    // MARK: Keys

    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        let markedBefore = marks.map(\.id)
        defer { if marks.map(\.id) != markedBefore { countMarks(context) } }
        if case .key(let key) = event, key == .escape || key == .control("c"), let stopped = cancelSearch(context) {
            return stopped
        }
        if flow != nil {
            return handleFlow(event, context)
        }
        if let question = considering, case .key(let key) = event {
            return answerConsidering(question, key, context)
        }
        if var field = search {
            guard case .key(let key) = event else {
                if case .paste(let text) = event { field.insert(text); search = field }
                return .handled
            }
            if key == .up || key == .down {
                recallSearch(up: key == .up, into: &field)
                search = field
                return .handled
            }
            switch field.handle(key) {
            case .submitted:
                self.search = nil
                return startSearch(field.text, context)
            case .cancelled:
                self.search = nil
            default:
                self.search = field
            }
            return .handled
        }
        switch event {
        case .key(let key): return handleKey(key, context)
        case .mouse(let mouse): return handleMouse(mouse, context)
        default: return .ignored
        }
    }

    mutating func handleKey(_ key: Key, _ context: AppContext) -> ScreenResult {
        if let command: ListCommand = ListKeys.bindings.command(for: key) {
            return move(command, context)
        }
        let dispatch: KeyDispatch<QueueCommand> = QueueKeys.bindings.dispatch(key, context)
        guard case .command(let command) = dispatch else { return dispatch.otherwise }
        switch command {
        case .approve: return startDecision(.decide(.approve), context)
        case .reject: return startDecision(.decide(.reject), context)
        case .hold: return startDecision(.decide(.hold), context)
        case .tag: return startDecision(.tag, context)
        case .mark: toggleMark()
        case .showGroup:
            if let problem = applyFilter("group", "", context) { return .message(problem) }
        case .markGroup: return markGroup(context)
        case .considerGroup: return startConsidering("", context)
        case .markRange: markRange()
        case .clearMarks, .clearSearch:
            // The search first: marks stay through searches, so leaving one never drops marks
            // out of sight; dropping marks says how many.
            if filter.search != nil {
                search("", context)
            } else if !marks.isEmpty {
                let count = marks.count
                marks = []
                return .message(context.text(.screen(.marksCleared(count))))
            } else {
                return .ignored
            }
        case .undo:
            let written = DecisionWriter.undo(context)
            reload(context)
            // Show the comment the undo brought back, where it now stands in the queue.
            if let id = written.receipts.first?.commentId { focus(on: id, context) }
            return written.result
        case .undoList: return .showUndoList
        case .search:
            // A new search starts empty (typing must not append to the old term); ↑ recalls.
            search = TextFieldState()
            historyIndex = nil
        case .nextMatch, .previousMatch:
            guard filter.search != nil else { return .message(context.text(.searchPrompt)) }
            return move(command == .nextMatch ? .down : .up, context)
        case .cycleState: cycleStates(context)
        case .toggleOrder:
            filter.order = filter.order == .oldestFirst ? .newestFirst : .oldestFirst
            restart(context)
        }
        return .handled
    }

    mutating func move(_ command: ListCommand, _ context: AppContext) -> ScreenResult {
        let page = pageHeight(context)
        switch command {
        case .open:
            guard let row = window.selectedRow else { return .handled }
            return .openComment(row.id)
        case .top:
            load(context) { window, store, filter, page in try window.jump(toEnd: false, store: store, filter: filter, page: page) }
        case .bottom:
            load(context) { window, store, filter, page in try window.jump(toEnd: true, store: store, filter: filter, page: page) }
        default:
            do {
                try window.move(by: ListKeys.delta(command, page: page), store: context.store, filter: filter, page: page)
            } catch {
                loadError = context.text.error(error)
            }
        }
        return .handled
    }

    mutating func handleMouse(_ mouse: MouseEvent, _ context: AppContext) -> ScreenResult {
        switch mouse.kind {
        case .wheelDown: return move(.down, context) == .handled ? moveMore(2, context) : .handled
        case .wheelUp: return move(.up, context) == .handled ? moveMore(-2, context) : .handled
        case .click, .press:
            // Rows start below the title line (and the read-only banner, when shown), the
            // heading and the column header: the same split App.render makes.
            let firstRowY = 1 + (context.isReadOnly ? 1 : 0) + 2
            let index = window.top + (mouse.y - firstRowY)
            guard mouse.y >= firstRowY, window.rows.indices.contains(index) else { return .ignored }
            window.selected = index
            return .handled
        case .release: return .ignored
        }
    }

    private mutating func moveMore(_ delta: Int, _ context: AppContext) -> ScreenResult {
        try? window.move(by: delta, store: context.store, filter: filter, page: pageHeight(context))
        return .handled
    }

    /// ↑ / ↓ in the search line: earlier terms of this session.
    mutating func recallSearch(up: Bool, into field: inout TextFieldState) {
        guard !searchHistory.isEmpty else { return }
        let current = historyIndex ?? searchHistory.count
        let next = up ? max(0, current - 1) : current + 1
        if next >= searchHistory.count {
            historyIndex = nil
            field = TextFieldState()
        } else {
            historyIndex = next
            field = TextFieldState(text: searchHistory[next])
        }
    }

    // MARK: Marks

    mutating func toggleMark() {
        guard let row = window.selectedRow else { return }
        if let index = marks.firstIndex(where: { $0.id == row.id }) {
            marks.remove(at: index)
        } else {
            marks.append(CommentVersion(id: row.id, version: row.version))
        }
        window.selected = min(window.selected + 1, max(0, window.rows.count - 1))
    }

    /// Marks every row from the last marked one to the selected one (both included).
    mutating func markRange() {
        guard window.selectedRow != nil else { return }
        guard let anchor = marks.last, let from = window.rows.firstIndex(where: { $0.id == anchor.id }) else {
            toggleMark()
            return
        }
        let range = min(from, window.selected)...max(from, window.selected)
        for index in range where !marks.contains(where: { $0.id == window.rows[index].id }) {
            marks.append(CommentVersion(id: window.rows[index].id, version: window.rows[index].version))
        }
    }

    /// Marks every comment of the selected comment's group that the queue's states show
    /// (also those out of view), for one decision and one answer to all of them.
    mutating func markGroup(_ context: AppContext) -> ScreenResult {
        guard let row = window.selectedRow else { return .handled }
        guard let group = row.groupId else { return .message(context.text(.similarity(.noGroup))) }
        do {
            let members = try context.store.database.groupMembers(group, states: filter.states)
            for member in members where !isMarked(member.id) { marks.append(member) }
            return .message(context.text(.similarity(.groupMarked(members.count))))
        } catch {
            return .error(context.text.error(error))
        }
    }

    func isMarked(_ id: Int64) -> Bool { marks.contains { $0.id == id } }

    // MARK: Filters

    /// s cycles pending → held → approved → rejected → all → pending.
    mutating func cycleStates(_ context: AppContext) {
        let cycle: [Set<CommentState>] = [[.pending], [.held], [.approved], [.rejected], []]
        let index = cycle.firstIndex(of: filter.states) ?? -1
        filter.states = cycle[(index + 1) % cycle.count]
        restart(context)
    }

    func filterDescription(_ context: AppContext) -> String {
        let t = context.text
        var parts: [String] = [filter.states.isEmpty ? t(.filterAll)
            : CommentState.allCases.filter { filter.states.contains($0) }.map { t(.state($0)) }.joined(separator: "+")]
        if let sectionId = filter.sectionId,
           let code = (try? context.store.database.sectionOverview())?.first(where: { $0.id == sectionId })?.code {
            parts.append("§ \(code)")
        }
        if let query = filter.search { parts.append("/\(query)") }
        if let processId = filter.processId,
           let slug = (try? context.store.database.processes())?.first(where: { $0.id == processId })?.slug {
            parts.append(slug)
        }
        if filter.authorId != nil { parts.append(t(.column(.author))) }
        if let group = filter.groupId { parts.append(t(.similarity(.filterGroup(group)))) }
        if let from = filter.createdFrom { parts.append("≥ " + DayFormat.day(from)) }
        if let before = filter.createdBefore { parts.append("≤ " + DayFormat.day(before.addingTimeInterval(-1))) }
        if let answered = filter.hasAnswer { parts.append(t(answered ? .filterAnswered : .filterUnanswered)) }
        parts.append(t(filter.order == .oldestFirst ? .orderOldest : .orderNewest))
        return parts.joined(separator: " · ")
    }

    // MARK: Decisions

    /// The marked comments, or the selected one when nothing is marked.
    var targets: [CommentVersion] {
        if !marks.isEmpty { return marks }
        return window.selectedRow.map { [CommentVersion(id: $0.id, version: $0.version)] } ?? []
    }

    mutating func startDecision(_ intent: DecisionIntent, _ context: AppContext) -> ScreenResult {
        let cursor = window.selectedRow.map { (id: $0.id, label: CommentLabel.of($0.id, author: $0.authorName)) }
        let (started, written) = DecisionDriver.start(intent, targets: targets, marked: !marks.isEmpty, cursor: cursor,
                                                      hidden: marks.count - visibleMarks, context)
        flow = started
        return written.map { finish($0, context) } ?? .handled
    }

    mutating func handleFlow(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        DecisionDriver.feed(&flow, event, context).map { finish($0, context) } ?? .handled
    }

    /// After a write: marks that were acted on go, and after one decision the cursor lands on
    /// the next row (the decided comment may stay in view when the filter shows every state).
    mutating func finish(_ written: DecisionWriter.Written, _ context: AppContext) -> ScreenResult {
        let decided = written.receipts.map(\.commentId)
        if !decided.isEmpty, marks.contains(where: { decided.contains($0.id) }) { marks = [] }
        let single = decided.count == 1 ? decided.first : nil
        reload(context)
        if let single, window.selectedRow?.id == single { _ = move(.down, context) }
        return written.result
    }

    /// Puts the cursor on a comment (the one the comment view went on to), if the filter holds it.
    mutating func focus(on id: Int64, _ context: AppContext) {
        guard let detail = try? context.store.comment(id) else { return }
        let target = QueueCursor(createdAt: detail.createdAt, id: id)
        load(context) { window, store, filter, page in try window.focus(on: target, store: store, filter: filter, page: page) }
    }

    // MARK: Help

    func helpLines(_ context: AppContext) -> [HelpEntry] {
        ListKeys.bindings.helpLines(context.text) + QueueKeys.bindings.helpLines(context)
            + [HelpEntry(":state …", context.text(.keyHelp(.filterCommands)))]
    }

    func hints(_ context: AppContext) -> String {
        return flow.map { $0.hints(context) } ?? context.text(.hintsQueue)
    }
}

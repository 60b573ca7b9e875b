import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// One comment in full: body, metadata, thread, decision history, public answer, internal
/// note. Opening it marks the comment as being handled by you; leaving releases it.
struct CommentScreen: Screen {
    let commentId: Int64
    /// The queue filter the comment was opened from: deciding goes on to its next comment,
    /// J and K step through it. Nil when opened from elsewhere (then deciding stays).
    let list: QueueFilter?
    /// The queue's search, highlighted in the body and stepped through with n / N.
    var query: String? { list?.search }
    var detail: CommentDetail?
    var body = TextViewState()
    var flow: DecisionFlow?
    var editor: CommentEditor?
    var loadError: String?
    /// Reason codes in the user's language ("duplicate" → "Doppelter Beitrag").
    var reasonLabels: [String: String] = [:]
    /// What the working group's consideration made of it (Sections → a), once it has one.
    var outcomes: [CommentOutcome] = []
    /// The detected group of near-identical comments it belongs to (the queue's `[2×]`) and
    /// its members, oldest first; nil when it belongs to none.
    var group: (id: Int64, members: [Int64])?
    /// Open while a passage is being chosen (key P).
    var chooser: PassageChooser?
    /// Whether this view holds the claim, so leaving releases only its own.
    var claimed = false
    var lastClaim = Date.distantPast

    init(commentId: Int64, list: QueueFilter? = nil) {
        self.commentId = commentId
        self.list = list
    }

    var capturesInput: Bool { flow != nil || editor != nil || chooser != nil }

    mutating func reload(_ context: AppContext) {
        do {
            detail = try context.store.comment(commentId)
            outcomes = (try? context.store.outcomes(ofComment: commentId)) ?? []
            group = try context.store.database.groupId(ofComment: commentId).map { id in
                (id, try context.store.database.groupMembers(id).map(\.id))
            }
            loadError = detail == nil ? context.text(.noRows) : nil
            if reasonLabels.isEmpty { reasonLabels = try context.reasonLabels() }
        } catch {
            loadError = context.text.error(error)
        }
        claimIfDue(context)
    }

    /// Shows another person's change at once, but keeps the version the user saw, so the
    /// next decision or save is refused with who and when rather than applied over it.
    mutating func refreshAfterOthers(_ context: AppContext) {
        let seen = detail?.version
        reload(context)
        if let seen { detail?.version = seen }
    }

    /// Renews the claim every minute while the view is open (claims last five).
    mutating func claimIfDue(_ context: AppContext) {
        guard context.may(.decideComments), context.now.timeIntervalSince(lastClaim) >= 60 else { return }
        lastClaim = context.now
        if case .claimed? = try? context.store.claim(commentId) { claimed = true }
    }

    /// Leaving the view: give the comment back.
    func leave(_ context: AppContext) {
        if claimed { try? context.store.release(commentId) }
    }

    mutating func tick(_ context: AppContext) {
        claimIfDue(context)
        editor?.autosave(context)
    }

    /// Rows the body has on screen (see the view's layout).
    func bodyHeight(_ context: AppContext) -> Int { CommentLayout.bodyHeight(for: context.bodySize.height) }

    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        if editor != nil { return handleEditor(event, context) }
        if chooser != nil { return handleChooser(event, context) }
        if flow != nil {
            return DecisionDriver.feed(&flow, event, context).map { finish($0, context) } ?? .handled
        }
        guard case .key(let key) = event else {
            if case .mouse(let mouse) = event {
                if mouse.kind == .wheelDown { body.scroll(by: 3) } else if mouse.kind == .wheelUp { body.scroll(by: -3) }
                return .handled
            }
            return .ignored
        }
        let dispatch: KeyDispatch<CommentCommand> = CommentKeys.bindings.dispatch(key, context)
        guard case .command(let command) = dispatch else { return dispatch.otherwise }
        let page = max(1, bodyHeight(context) - 1)
        switch command {
        case .scrollDown: body.scroll(by: 1)
        case .scrollUp: body.scroll(by: -1)
        case .pageDown: body.scroll(by: page)
        case .pageUp: body.scroll(by: -page)
        case .top: body.offset = 0
        case .bottom: body.offset = max(0, bodyRows(context) - bodyHeight(context))
        case .approve: return decide(.decide(.approve), context)
        case .reject: return decide(.decide(.reject), context)
        case .hold: return decide(.decide(.hold), context)
        case .tag: return decide(.tag, context)
        case .undo:
            let written = DecisionWriter.undo(context)
            reload(context)
            return written.result
        case .undoList: return .showUndoList
        case .next: return step(forward: true, context)
        case .previous: return step(forward: false, context)
        case .parent:
            guard let parent = detail?.parent else { return .message(context.text(.decision(.noParent))) }
            return .advance(to: parent.id, message: "", isError: false)
        case .editAnswer: return openEditor(.answer, context)
        case .editNote: return openEditor(.note, context)
        case .nextMatch, .previousMatch: return jumpToMatch(forward: command == .nextMatch, context)
        case .choosePassage: return startPassage(context)
        case .minutes:
            if outcomes.isEmpty, let detail {
                return .message(context.text(.screen(.noConsiderationYet(CommentLabel.of(detail.id, author: detail.author?.displayName)))))
            }
            guard let agreed = outcomes.first(where: { $0.state == .agreed && $0.meetingId != nil }), let id = agreed.meetingId else {
                return .error(context.text(.consideration(.work(.noMeetingNamed))))
            }
            return .showMeeting(id: id, agendaNumber: agreed.agendaNumber)
        case .listGroup:
            guard group != nil else { return .message(context.text(.similarity(.noGroup))) }
            return .showGroup(commentId: commentId)
        case .back: return .close
        }
        // A body that fits does not scroll; a longer one stops with its last row at the bottom.
        body.offset = min(max(0, body.offset), max(0, bodyRows(context) - bodyHeight(context)))
        return .handled
    }

    /// Rows of the wrapped body (walks the text; only on jumps, not per frame).
    func bodyRows(_ context: AppContext) -> Int {
        TextView.rowCount(Sanitizer.multiLine(detail?.body ?? ""), width: CommentLayout.bodyWidth(for: context.bodySize.width))
    }

    mutating func jumpToMatch(forward: Bool, _ context: AppContext) -> ScreenResult {
        guard let query, let text = detail?.body else { return .handled }
        let rows = CommentMatches.rows(of: query, in: Sanitizer.multiLine(text), width: CommentLayout.bodyWidth(for: context.bodySize.width))
        let next = forward ? rows.first { $0 > body.offset } : rows.last { $0 < body.offset }
        guard let target = next else { return .message(context.text(.searchMatches(rows.count, query))) }
        body.offset = target
        return .handled
    }

    mutating func decide(_ intent: DecisionIntent, _ context: AppContext) -> ScreenResult {
        guard let detail else { return .handled }
        let target = CommentVersion(id: detail.id, version: detail.version)
        let (started, written) = DecisionDriver.start(intent, targets: [target], marked: false, cursor: nil, context)
        flow = started
        return written.map { finish($0, context) } ?? .handled
    }

    /// After a write: a decision opens the next comment of the list and says both ("#479
    /// Jannik Stein: freigegeben · weiter mit #480 …"); anything else stays here.
    mutating func finish(_ written: DecisionWriter.Written, _ context: AppContext) -> ScreenResult {
        reload(context)
        guard !written.receipts.isEmpty, case .message(let said) = written.result, detail?.state != .pending,
              list != nil else { return written.result }
        let next = neighbour(forward: true, context)
        let t = context.text
        let onward = next.map { t(.decision(.next(CommentLabel.of($0.id, author: $0.authorName)))) } ?? t(.decision(.lastInList))
        return .advance(to: next?.id, message: said + " · " + onward, isError: false)
    }

    /// J / K: the next or previous comment of the list, without deciding.
    func step(forward: Bool, _ context: AppContext) -> ScreenResult {
        guard list != nil else { return .ignored }
        guard let row = neighbour(forward: forward, context) else {
            return .message(context.text(.decision(forward ? .lastInList : .firstInList)))
        }
        return .advance(to: row.id, message: "", isError: false)
    }

    /// The comment after (or before) this one in the list's order, whether or not this one
    /// still belongs to the list (a decided comment leaves the pending queue).
    func neighbour(forward: Bool, _ context: AppContext) -> QueueRow? {
        guard let list, let detail else { return nil }
        let here = QueueCursor(createdAt: detail.createdAt, id: detail.id)
        let rows = forward ? try? context.store.page(list, after: here, limit: 1) : try? context.store.page(list, before: here, limit: 1)
        return forward ? rows?.first : rows?.last
    }

    func helpLines(_ context: AppContext) -> [HelpEntry] {
        CommentKeys.bindings.helpLines(context)
            + [HelpEntry("", ""), HelpEntry("", context.text(.keyHelp(.headingEditor)))]
            + CommentKeys.editorHelp.map { HelpEntry($0.0, context.text(.keyHelp($0.1))) }
    }

    func hints(_ context: AppContext) -> String {
        if editor != nil { return context.text(.hintsEditor) }
        if chooser != nil { return context.text(.consideration(.work(.passageHints))) }
        return flow.map { $0.hints(context) } ?? context.text(.hintsComment)
    }
}

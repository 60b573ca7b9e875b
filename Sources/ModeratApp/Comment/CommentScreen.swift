import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// One comment in full: body, metadata, thread, decision history, public answer, internal
/// note. Opening it marks the comment as being handled by you; leaving releases it.
struct CommentScreen: Screen {
    let commentId: Int64
    /// The queue's search, highlighted in the body and stepped through with n / N.
    let query: String?
    var detail: CommentDetail?
    var body = TextViewState()
    var flow: DecisionFlow?
    var editor: CommentEditor?
    var loadError: String?
    /// What the working group's consideration made of it (Sections → a), once it has one.
    var outcomes: [CommentOutcome] = []
    /// Whether this view holds the claim, so leaving releases only its own.
    var claimed = false
    var lastClaim = Date.distantPast

    init(commentId: Int64, query: String? = nil) {
        self.commentId = commentId
        self.query = query
    }

    var capturesInput: Bool { flow != nil || editor != nil }

    mutating func reload(_ context: AppContext) {
        do {
            detail = try context.store.comment(commentId)
            outcomes = (try? context.store.outcomes(ofComment: commentId)) ?? []
            loadError = detail == nil ? context.text(.noRows) : nil
        } catch {
            loadError = "\(error)"
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
        if var open = flow {
            guard case .key(let key) = event else {
                if case .paste(let text) = event { open.paste(text); flow = open }
                return .handled
            }
            switch open.handle(key, context) {
            case .continues: flow = open; return .handled
            case .cancelled: flow = nil; return .handled
            case .ready:
                flow = nil
                let result = DecisionWriter.perform(open, context)
                reload(context)
                return result
            }
        }
        guard case .key(let key) = event else {
            if case .mouse(let mouse) = event {
                if mouse.kind == .wheelDown { body.scroll(by: 3) } else if mouse.kind == .wheelUp { body.scroll(by: -3) }
                return .handled
            }
            return .ignored
        }
        guard let command: CommentCommand = CommentKeys.bindings.command(for: key) else { return .ignored }
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
            let (result, _) = DecisionWriter.undo(context)
            reload(context)
            return result
        case .editAnswer: return openEditor(.answer, context)
        case .editNote: return openEditor(.note, context)
        case .nextMatch, .previousMatch: return jumpToMatch(forward: command == .nextMatch, context)
        case .back: return .close
        }
        body.offset = min(body.offset, max(0, bodyRows(context) - 1))
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
        guard context.may(.decideComments) else { return .error(context.text(.mayNotModerate(context.moderator?.role))) }
        let target = CommentVersion(id: detail.id, version: detail.version)
        do {
            if let started = try DecisionFlow.start(intent, targets: [target], currentTags: Set(detail.tags.map(\.id)), context) {
                flow = started
                return .handled
            }
        } catch {
            return .error("\(error)")
        }
        let result = DecisionWriter.approve(target, context)
        reload(context)
        return result
    }

    func helpLines(_ context: AppContext) -> [HelpEntry] {
        CommentKeys.bindings.helpLines(context.text)
            + [HelpEntry("", ""), HelpEntry("", context.text(.keyHelp(.headingEditor)))]
            + CommentKeys.editorHelp.map { HelpEntry($0.0, context.text(.keyHelp($0.1))) }
    }

    func hints(_ context: AppContext) -> String {
        if editor != nil { return context.text(.hintsEditor) }
        return flow.map { $0.hints(context) } ?? context.text(.hintsComment)
    }
}

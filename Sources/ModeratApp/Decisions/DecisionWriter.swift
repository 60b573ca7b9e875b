import Foundation
import ModeratCore
import ModeratStore

/// Carries out decisions through the store and says what happened in the user's language,
/// naming the comment ("#479 Jannik Stein: freigegeben") or the count. Every write is one
/// transaction with its audit event (the store sees to that); a conflict or a refusal
/// changes nothing and comes back as an error line. What was written joins the session's
/// list, the only decisions `u` takes back.
enum DecisionWriter {
    /// What a write did: the line to show, and the comments it changed (empty on failure).
    struct Written {
        var result: ScreenResult
        var receipts: [DecisionReceipt] = []
    }

    /// Approves one comment without asking (the `a` key on a pending comment nobody has open).
    static func approve(_ target: CommentVersion, label: String?, _ context: AppContext) -> Written {
        run(context) {
            let receipt = try context.store.decide(target.id, .approve, expectedVersion: target.version)
            return remember([receipt], label: label, context)
        }
    }

    /// Writes what a finished flow collected.
    static func perform(_ flow: DecisionFlow, _ context: AppContext) -> Written {
        let written = run(context) {
            let n = flow.targets.count
            switch flow.intent {
            case .decide(let kind):
                let receipts: [DecisionReceipt]
                if n == 1, let target = flow.targets.first {
                    receipts = [try context.store.decide(target.id, kind, expectedVersion: target.version,
                                                         reason: flow.reason, answer: flow.answer, note: flow.note)]
                } else {
                    receipts = try context.store.decideMany(flow.targets, kind, reason: flow.reason, answer: flow.answer)
                }
                return remember(receipts, label: flow.label, context)
            case .tag:
                if n == 1, let target = flow.targets.first {
                    try context.store.setTags(target.id, sectionIds: flow.sectionIds)
                } else if flow.clearsSections {
                    // "(kein Abschnitt)" for marked comments means none of them keeps a tag.
                    try context.store.clearTags(flow.targets.map(\.id))
                } else {
                    // Marked comments keep their other tags: bulk tagging adds.
                    try context.store.addTags(flow.targets.map(\.id), sectionIds: flow.sectionIds)
                }
                let what = context.text(flow.clearsSections ? .tagsCleared(n) : .tagsApplied(n))
                return Written(result: .message((flow.label.map { $0 + ": " } ?? "") + what))
            }
        }
        // Typed text is never lost: an answer that could not be written waits as a draft.
        if written.receipts.isEmpty, case .error(let text) = written.result, flow.targets.count == 1,
           let target = flow.targets.first, let answer = flow.answer, !answer.isEmpty {
            keepDraft(answer, commentId: target.id, context)
            return Written(result: .error(text + " · " + context.text(.decision(.draftKept(target.id)))))
        }
        return written
    }

    /// Saves text the user typed for a comment's answer where the answer editor finds it.
    static func keepDraft(_ text: String, commentId: Int64, _ context: AppContext) {
        try? context.store.saveDraft(CommentEditor.draftKey(commentId: commentId, field: .answer), text: text)
    }

    private static func remember(_ receipts: [DecisionReceipt], label: String?, _ context: AppContext) -> Written {
        guard let first = receipts.first else { return Written(result: .handled) }
        context.sessionDecisions.append(SessionDecision(receipts: receipts, label: label, at: context.now))
        let t = context.text
        let text = receipts.count == 1
            ? t(.decision(.decided(label ?? "#\(first.commentId)", first.state)))
            : t(.decision(.decidedMany(receipts.map(\.commentId), first.state)))
        return Written(result: .message(text), receipts: receipts)
    }

    /// Takes back one of this session's decisions (the latest not undone when `index` is nil).
    static func undo(_ context: AppContext, index: Int? = nil) -> Written {
        let t = context.text
        guard let position = index ?? context.sessionDecisions.lastIndex(where: { !$0.undone }),
              context.sessionDecisions.indices.contains(position), !context.sessionDecisions[position].undone else {
            return Written(result: .message(t(.decision(.nothingToUndo))))
        }
        let entry = context.sessionDecisions[position]
        return run(context) {
            let receipts = try context.store.undoDecisions(entry.auditIds)
            context.sessionDecisions[position].undone = true
            guard let first = receipts.first else { return Written(result: .message(t(.decision(.nothingToUndo)))) }
            let text = receipts.count == 1
                ? t(.decision(.undone(entry.label ?? "#\(first.commentId)", from: first.previousState, to: first.state)))
                : t(.decision(.undoneMany(receipts.map(\.commentId), to: first.state)))
            return Written(result: .message(text), receipts: receipts)
        }
    }

    static func run(_ context: AppContext, _ body: () throws -> Written) -> Written {
        do {
            return try body()
        } catch {
            return Written(result: describe(error, context))
        }
    }

    /// A store error in the user's language.
    static func describe(_ error: any Error, _ context: AppContext) -> ScreenResult {
        guard let error = error as? StoreError else { return .error(context.text.error(error)) }
        switch error {
        case .decisionRefused(let refusal): return .error(context.text(.decision(.refusal(refusal))))
        case .roleRefused(let refusal): return .error(context.text(.permission(.store(refusal))))
        case let .commentChanged(conflict, now, undoing):
            return .error(context.text(.commentChanged(id: conflict.commentId, state: conflict.state, who: conflict.changedBy,
                                                       when: conflict.changedAt.map { ConflictTime.phrase($0, now: now, context.text.language) },
                                                       wasDecision: conflict.wasDecision, undoing: undoing)))
        default: return .error(context.text(.storeError(error)))
        }
    }
}

/// "um 14:03" / "at 14:03" today, "am 26.11.2026 um 14:03" on another day.
enum ConflictTime {
    static func phrase(_ date: Date, now: Date, _ language: Language) -> String {
        let text = Timestamps.short(date, now: now)
        let parts = text.split(separator: " ")
        switch language {
        case .de: return parts.count == 2 ? "am \(parts[0]) um \(parts[1])" : "um \(text)"
        case .en: return parts.count == 2 ? "on \(parts[0]) at \(parts[1])" : "at \(text)"
        }
    }
}

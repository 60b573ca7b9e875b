import Foundation
import ModeratCore
import ModeratStore

/// Carries out decisions through the store and says what happened in the user's language.
/// Every write is one transaction with its audit event (the store sees to that); a conflict
/// or a refusal changes nothing and comes back as an error line.
enum DecisionWriter {
    /// Approves one comment without asking (the `a` key on a single comment).
    static func approve(_ target: CommentVersion, _ context: AppContext) -> ScreenResult {
        run(context) {
            try context.store.decide(target.id, .approve, expectedVersion: target.version)
            return .message(context.text(.approved(1)))
        }
    }

    /// Writes what a finished flow collected.
    static func perform(_ flow: DecisionFlow, _ context: AppContext) -> ScreenResult {
        run(context) {
            let n = flow.targets.count
            switch flow.intent {
            case .decide(let kind):
                if n == 1, let target = flow.targets.first {
                    try context.store.decide(target.id, kind, expectedVersion: target.version,
                                             reason: flow.reason, answer: flow.answer, note: flow.note)
                } else {
                    try context.store.decideMany(flow.targets, kind, reason: flow.reason, answer: flow.answer)
                }
                switch kind {
                case .approve: return .message(context.text(.approved(n)))
                case .reject: return .message(context.text(.rejected(n)))
                case .hold: return .message(context.text(.held(n)))
                }
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
                return .message(context.text(flow.clearsSections ? .tagsCleared(n) : .tagsApplied(n)))
            }
        }
    }

    /// Takes back the current account's last decision; also returns the comments it restored.
    static func undo(_ context: AppContext) -> (ScreenResult, [Int64]) {
        var restored: [Int64] = []
        let result = run(context) {
            restored = try context.store.undoLast().map(\.commentId)
            return .message(restored.isEmpty ? context.text(.nothingToUndo) : context.text(.undone))
        }
        return (result, restored)
    }

    static func run(_ context: AppContext, _ body: () throws -> ScreenResult) -> ScreenResult {
        do {
            return try body()
        } catch let error as StoreError {
            switch error {
            case .refused(let message): return .error(context.text(.roleRefused(message)))
            case let .commentChanged(conflict, now, undoing):
                return .error(context.text(.commentChanged(id: conflict.commentId, state: conflict.state, who: conflict.changedBy,
                                                           when: conflict.changedAt.map { ConflictTime.phrase($0, now: now, context.text.language) },
                                                           wasDecision: conflict.wasDecision, undoing: undoing)))
            default: return .error(error.description)
            }
        } catch {
            return .error("\(error)")
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

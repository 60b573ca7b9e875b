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
                } else {
                    try context.store.addTags(flow.targets.map(\.id), sectionIds: flow.sectionIds)
                }
                return .message(context.text(.tagsApplied(n)))
            }
        }
    }

    /// Takes back the current account's last decision.
    static func undo(_ context: AppContext) -> ScreenResult {
        run(context) {
            let receipts = try context.store.undoLast()
            return .message(receipts.isEmpty ? context.text(.nothingToUndo) : context.text(.undone))
        }
    }

    static func run(_ context: AppContext, _ body: () throws -> ScreenResult) -> ScreenResult {
        do {
            return try body()
        } catch let error as StoreError {
            switch error {
            case .refused(let message): return .error(context.text(.roleRefused(message)))
            default: return .error(error.description)
            }
        } catch {
            return .error("\(error)")
        }
    }
}

import Foundation
import ModeratCore
import ModeratStore

/// One decision this workbench session wrote: what `u` and the undo list may take back.
/// Older decisions and other people's are changed by deciding anew (a reversal, which asks).
struct SessionDecision: Equatable {
    /// The audit events of the decision (several for marked comments).
    var auditIds: [Int64]
    var commentIds: [Int64]
    /// "#479 Jannik Stein", or nil for several comments.
    var label: String?
    /// The state before, when all the comments had the same one.
    var from: CommentState?
    var to: CommentState
    var at: Date
    var undone = false

    init(receipts: [DecisionReceipt], label: String?, at: Date) {
        auditIds = receipts.map(\.auditId)
        commentIds = receipts.map(\.commentId)
        self.label = label
        let before = Set(receipts.map(\.previousState))
        from = before.count == 1 ? before.first : nil
        to = receipts.first?.state ?? .pending
        self.at = at
    }

    /// "#479 Jannik Stein: offen → freigegeben" as the undo list shows it.
    func line(_ context: AppContext) -> String {
        let t = context.text
        let who = label ?? t(.decision(.comments(commentIds.count)))
        let change = (from.map { t(.state($0)) + " → " } ?? "") + t(.state(to))
        return Timestamps.short(at, now: context.now) + "  \(who): \(change)" + (undone ? "  " + t(.decision(.undoneMark)) : "")
    }
}

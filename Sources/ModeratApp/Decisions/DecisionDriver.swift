import ModeratStore
import TerminalKit

/// Drives a decision from its key to its write, the same for the queue and the comment view:
/// the screens only say which comments and what happened next.
enum DecisionDriver {
    /// A decision key was pressed: either a flow opens, or something was written or refused.
    /// `hidden`: how many of the marked targets the list on screen does not show.
    static func start(_ intent: DecisionIntent, targets: [CommentVersion], marked: Bool,
                      cursor: (id: Int64, label: String)?, hidden: Int = 0, _ context: AppContext) -> (DecisionFlow?, DecisionWriter.Written?) {
        // Who may decide is the keys' business (KeyBinding.requires); the store checks again.
        guard !targets.isEmpty else { return (nil, nil) }
        switch DecisionFlow.begin(intent, targets: targets, marked: marked, cursor: cursor, hidden: hidden, context) {
        case .asking(let flow): return (flow, nil)
        case .writeNow(let label): return (nil, DecisionWriter.approve(targets[0], label: label, context))
        case .refused(let result): return (nil, DecisionWriter.Written(result: result))
        }
    }

    /// One event for the open flow; nil while it stays open, else what came of it (a
    /// cancelled flow keeps a typed answer as a draft).
    static func feed(_ flow: inout DecisionFlow?, _ event: InputEvent, _ context: AppContext) -> DecisionWriter.Written? {
        guard var open = flow else { return nil }
        switch event {
        case .paste(let text):
            open.paste(text)
            flow = open
            return nil
        case .key(let key):
            let area = Rect(x: 0, y: 0, width: context.bodySize.width, height: context.bodySize.height)
            switch open.handle(key, viewport: open.viewport(in: area, context), context) {
            case .continues:
                flow = open
                return nil
            case .cancelled:
                flow = nil
                if let typed = open.typedAnswer, open.targets.count == 1, let target = open.targets.first {
                    DecisionWriter.keepDraft(typed, commentId: target.id, context)
                    return DecisionWriter.Written(result: .message(context.text(.decision(.draftKept(target.id)))))
                }
                return DecisionWriter.Written(result: .handled)
            case .ready:
                flow = nil
                return DecisionWriter.perform(open, context)
            }
        default:
            return nil
        }
    }
}

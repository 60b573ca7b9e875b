import GRDB
import ModeratCore

/// Why the store refused a decision, as a value: the workbench and the command line word it
/// in the user's language (`description` is the English wording for logs and scripts).
public enum DecisionRefusal: Equatable, Sendable, CustomStringConvertible {
    /// The comment is in that state already; nothing was changed.
    case alreadyInState(commentId: Int64, CommentState)
    /// Rejecting needs one of the known reason codes.
    case reasonRequired(known: [String])
    /// Approving takes no reason.
    case reasonNotAllowed
    /// A reason code that is not (or no longer) one of the active reasons.
    case unknownReason(String, known: [String])

    init(_ refusal: CommentRules.Refusal, commentId: Int64, db: Database) throws {
        switch refusal {
        case .alreadyInState(let state): self = .alreadyInState(commentId: commentId, state)
        case .reasonRequired: self = .reasonRequired(known: try Decisions.activeReasons(db))
        case .reasonNotAllowed: self = .reasonNotAllowed
        }
    }

    public var description: String {
        switch self {
        case let .alreadyInState(id, state): return "Comment \(id) is already \(state.rawValue); nothing was changed."
        case .reasonRequired(let known): return "Rejecting needs a reason code (one of: \(known.joined(separator: ", ")))."
        case .reasonNotAllowed: return "Approving takes no reason code; nothing was changed."
        case let .unknownReason(code, known): return "Unknown reason code '\(code)'. Known: \(known.joined(separator: ", "))."
        }
    }

    /// Bad input from a script (65) or a refusal of the state machine (1).
    public var exitCode: Int32 {
        switch self {
        case .unknownReason, .reasonRequired, .reasonNotAllowed: return 65
        case .alreadyInState: return 1
        }
    }
}

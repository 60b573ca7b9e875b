/// Where a comment stands in moderation.
public enum CommentState: String, CaseIterable, Codable, Sendable {
    case pending, approved, rejected, held
}

/// What a moderator can do to a comment.
public enum DecisionKind: String, CaseIterable, Codable, Sendable {
    case approve, reject, hold

    /// The state a comment ends in after this decision.
    public var resultingState: CommentState {
        switch self {
        case .approve: return .approved
        case .reject: return .rejected
        case .hold: return .held
        }
    }
}

/// The comment state machine: which decisions are allowed from which state, and what each
/// requires. Kept pure so the TUI, the `decide` command and imports share one rule.
public enum CommentRules {
    /// Why a decision is refused, as a value the UI turns into words.
    public enum Refusal: Error, Equatable, Sendable {
        case alreadyInState(CommentState)
        case reasonRequired
        case reasonNotAllowed
    }

    /// Whether deciding turns one published decision into another: the old public answer was
    /// written for the other decision and must not stay unless someone keeps it on purpose.
    public static func isReversal(from: CommentState, to: CommentState) -> Bool {
        (from == .approved || from == .rejected) && from != to
    }

    /// Checks a decision before it is written.
    public static func validate(_ decision: DecisionKind, from state: CommentState, reasonCode: String?) -> Refusal? {
        if decision.resultingState == state { return .alreadyInState(state) }
        switch decision {
        case .reject:
            if reasonCode?.isEmpty ?? true { return .reasonRequired }
        case .approve:
            if reasonCode != nil { return .reasonNotAllowed }
        case .hold:
            break
        }
        return nil
    }
}

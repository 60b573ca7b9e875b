/// What one consideration is about: a whole comment, one passage of a comment, or a group of
/// comments considered together. Each has at most one consideration.
public enum ConsiderationTarget: Hashable, Sendable {
    case comment(Int64)
    /// A passage by its own id (see `ConsiderationUnit.passageNumber` for the number within the comment).
    case passage(Int64)
    case group(Int64)

    /// "comment:12", "passage:5", "group:3": in audit details and draft keys.
    public var key: String {
        switch self {
        case let .comment(id): return "comment:\(id)"
        case let .passage(id): return "passage:\(id)"
        case let .group(id): return "group:\(id)"
        }
    }

    /// The consideration row's column that points at this target.
    var column: String {
        switch self {
        case .comment: return "comment_id"
        case .passage: return "passage_id"
        case .group: return "group_id"
        }
    }

    var rowId: Int64 {
        switch self {
        case let .comment(id), let .passage(id), let .group(id): return id
        }
    }

    /// The key of the draft that keeps a rationale a conflict kept from being saved.
    public var draftKey: String { "consideration:\(key):rationale" }
}

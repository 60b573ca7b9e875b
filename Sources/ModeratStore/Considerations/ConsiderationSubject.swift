/// What a consideration is about, as a refusal or conflict names it: "comment 12",
/// "passage 2 of comment 12", "group 3 (comments 12, 15, 19)". The app words it
/// (Strings/StoreErrorText+Conflict.swift); `description` is the store's English.
public enum ConsiderationSubject: Equatable, Sendable, CustomStringConvertible {
    case comment(Int64)
    case passage(number: Int, commentId: Int64)
    /// A passage whose row is gone: only its own id is known.
    case passageId(Int64)
    case group(Int64, comments: [Int64])

    public var description: String {
        switch self {
        case .comment(let id): return "comment \(id)"
        case let .passage(number, comment): return "passage \(number) of comment \(comment)"
        case .passageId(let id): return "passage \(id)"
        case let .group(id, comments): return "group \(id) (comments \(StoreRefusal.list(comments)))"
        }
    }
}

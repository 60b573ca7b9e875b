/// One end of a member's presence at a meeting (the TOP they arrived at, or left after) as a
/// command changes it: kept as recorded, cleared, or set to a TOP.
public enum PresenceBound: Equatable, Sendable {
    case keep
    case clear
    case top(Int)

    /// The command line's number: 0 clears, nil keeps.
    public init(option: Int?) {
        switch option {
        case nil: self = .keep
        case 0?: self = .clear
        case let number?: self = .top(number)
        }
    }

    /// The TOP number this leaves, given the one recorded.
    func applied(to recorded: Int?) -> Int? {
        switch self {
        case .keep: return recorded
        case .clear: return nil
        case .top(let number): return number
        }
    }
}

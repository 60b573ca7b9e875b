/// The votes on one decision: yes, no, abstain (all nil when no vote was counted).
public struct VoteTally: Equatable, Sendable {
    public var yes: Int
    public var no: Int
    public var abstain: Int

    public init(yes: Int, no: Int, abstain: Int) {
        self.yes = yes
        self.no = no
        self.abstain = abstain
    }

    public var total: Int { yes + no + abstain }

    /// Why these votes cannot have been cast by `voters` people, or nil when they can.
    public func problem(voters: Int) -> VoteProblem? {
        if yes < 0 || no < 0 || abstain < 0 { return .negative }
        if total > voters { return .moreThanPresent(total: total, voters: voters) }
        return nil
    }
}

/// What is wrong with a vote count.
public enum VoteProblem: Equatable, Sendable, Error, CustomStringConvertible {
    case negative
    case moreThanPresent(total: Int, voters: Int)

    public var description: String {
        switch self {
        case .negative: return "votes cannot be negative"
        case let .moreThanPresent(total, voters): return "\(total) votes, but only \(voters) voting members were present"
        }
    }
}

/// The minutes of one agenda item: the result text, decisions (with votes and outcome) and
/// action items, in the order the secretary wrote them. Edited as one plain text (see
/// `AgendaMinutesText`).
public struct AgendaMinutes: Equatable, Sendable {
    /// The prose paragraphs joined by blank lines (single line breaks kept).
    public var result: String
    public var decisions: [Decision]
    public var actions: [ActionItem]
    /// The order of paragraphs, decisions and action items as written.
    public var layout: [Part]

    /// One piece of the minutes in written order.
    public enum Part: Equatable, Sendable {
        /// A paragraph of prose (may hold single line breaks).
        case text(String)
        /// `decisions[index]`.
        case decision(Int)
        /// `actions[index]`.
        case action(Int)
    }

    /// Without a layout: the result's paragraphs, then the decisions, then the action items.
    public init(result: String, decisions: [Decision] = [], actions: [ActionItem] = [], layout: [Part]? = nil) {
        self.result = result
        self.decisions = decisions
        self.actions = actions
        self.layout = layout ?? (Self.paragraphs(result).map { Part.text($0) }
            + decisions.indices.map { Part.decision($0) } + actions.indices.map { Part.action($0) })
    }

    /// Paragraphs are separated by blank lines; a single line break stays inside its paragraph.
    public static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs
    }

    /// A decision: its text, the votes when counted and the outcome.
    public struct Decision: Equatable, Sendable {
        public var text: String
        public var votes: VoteTally?
        /// Written explicitly ("angenommen", "abgelehnt", "einstimmig"); nil: follows the votes.
        public var statedOutcome: DecisionOutcome?
        /// "einstimmig": no vote against.
        public var unanimous: Bool

        public init(text: String, votes: VoteTally? = nil, outcome: DecisionOutcome? = nil, unanimous: Bool = false) {
            self.text = text
            self.votes = votes
            self.statedOutcome = outcome
            self.unanimous = unanimous
        }

        /// Adopted or rejected: as stated, else by simple majority of the votes (more yes than
        /// no); nil when neither was written (a matter noted without a vote).
        public var outcome: DecisionOutcome? {
            if let statedOutcome { return statedOutcome }
            if unanimous { return .adopted }
            guard let votes else { return nil }
            return votes.yes > votes.no ? .adopted : .rejected
        }
    }

    /// Who does what by when.
    public struct ActionItem: Equatable, Sendable {
        public var who: String
        public var what: String
        public var due: CalendarDay?

        public init(who: String, what: String, due: CalendarDay? = nil) {
            self.who = who
            self.what = what
            self.due = due
        }
    }
}

/// Whether a motion was carried.
public enum DecisionOutcome: String, Sendable, CaseIterable, Codable {
    case adopted, rejected
}

/// A line of minutes text that looks like a decision or action item but cannot be read.
public struct AgendaMinutesProblem: Equatable, Sendable, CustomStringConvertible {
    /// 1-based line number in the edited text.
    public var line: Int
    public var problem: MinutesLineProblem

    public init(line: Int, _ problem: MinutesLineProblem) {
        self.line = line
        self.problem = problem
    }

    /// The English words (the minutes editor words it in the session's language).
    public var reason: String { problem.description }
    public var description: String { "line \(line): \(reason)" }
}

/// Why a decision or action line of the minutes cannot be read; `description` is English,
/// the app words it in German (Meetings/MinutesLineText.swift). Quoted parts are the secretary's.
public enum MinutesLineProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case needsColon
    case votesFormat(String)
    case notAVote(String)
    case noText
    case unanimousRejected
    case unanimousWithNo(Int)
    case noMajority(yes: Int, no: Int)
    case actionFormat
    case notADate(String)

    public var description: String {
        switch self {
        case .needsColon: return "a decision needs a colon before its text"
        case .votesFormat(let word): return "votes are written yes/no/abstain, e.g. 10/2/1 or 10:2:1, not '\(word)'"
        case .notAVote(let head):
            return "'\(head)' is not a vote (10/2/1, 9:3:2, einstimmig, angenommen, abgelehnt); to keep this line as text, start it with \\"
        case .noText: return "the decision has no text"
        case .unanimousRejected: return "a decision cannot be einstimmig and abgelehnt"
        case .unanimousWithNo(let no): return "einstimmig, but \(no) votes against"
        case let .noMajority(yes, no): return "\(yes) yes to \(no) no is no majority: the motion was abgelehnt"
        case .actionFormat: return "an action item is written 'who | what | due date'"
        case .notADate(let text): return "'\(text)' is not a date (2026-12-01 or 01.12.2026)"
        }
    }
}

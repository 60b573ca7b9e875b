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
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}

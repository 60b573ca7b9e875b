/// The minutes of one agenda item: the result text, decisions (with votes where taken) and
/// action items. Edited as one plain text (see `AgendaMinutesText`).
public struct AgendaMinutes: Equatable, Sendable {
    public var result: String
    public var decisions: [Decision]
    public var actions: [ActionItem]

    public init(result: String, decisions: [Decision] = [], actions: [ActionItem] = []) {
        self.result = result
        self.decisions = decisions
        self.actions = actions
    }

    /// A decision and its votes (nil when no vote was counted, e.g. noted by consent).
    public struct Decision: Equatable, Sendable {
        public var text: String
        public var votes: VoteTally?

        public init(text: String, votes: VoteTally? = nil) {
            self.text = text
            self.votes = votes
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

/// A line of minutes text that looks like a decision or action item but cannot be read.
public struct AgendaMinutesProblem: Equatable, Sendable, CustomStringConvertible {
    /// 1-based line number in the edited text.
    public var line: Int
    public var reason: String

    public var description: String { "line \(line): \(reason)" }
}

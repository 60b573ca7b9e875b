import Foundation

/// Someone else changed a comment first: what it is now, who changed it and when, so the
/// user is told instead of having the other person's work overwritten.
public struct CommentConflict: Equatable, Sendable {
    public var commentId: Int64
    /// The state the comment is in now.
    public var state: CommentState
    /// Display name of whoever changed it last, when known.
    public var changedBy: String?
    public var changedAt: Date?
    /// Whether the last change was the decision that put the comment in `state`.
    public var wasDecision: Bool

    public init(commentId: Int64, state: CommentState, changedBy: String?, changedAt: Date?, wasDecision: Bool) {
        self.commentId = commentId
        self.state = state
        self.changedBy = changedBy
        self.changedAt = changedAt
        self.wasDecision = wasDecision
    }

    /// "Comment 42 was already approved by Anna Beispiel at 14:03." (Berlin time; the date
    /// is added when it was not today).
    public func message(now: Date, zone: TimeZone = Timestamps.displayZone) -> String {
        var who = ""
        if let changedBy { who += " by \(changedBy)" }
        if let changedAt { who += " " + Self.when(changedAt, now: now, zone: zone) }
        if wasDecision {
            return "Comment \(commentId) was already \(state.rawValue)\(who)."
        }
        return "Comment \(commentId) was changed\(who.isEmpty ? " by someone else" : who) (now \(state.rawValue))."
    }

    /// "at 14:03" today, "on 26.11.2026 at 14:03" on another day.
    static func when(_ date: Date, now: Date, zone: TimeZone) -> String {
        let text = Timestamps.short(date, now: now, zone: zone)
        let parts = text.split(separator: " ")
        if parts.count == 2 { return "on \(parts[0]) at \(parts[1])" }
        return "at \(text)"
    }
}

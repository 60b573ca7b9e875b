import Foundation
import ModeratCore

/// Someone else wrote first (a consideration, a TOP's minutes); nothing was changed. Kept as
/// parts so the app and the command line can say it in the user's language
/// (Strings/StoreErrorText+Conflict.swift); `description` is the store's English.
public enum StoreConflict: Equatable, Sendable, CustomStringConvertible {
    /// The consideration expected at `expectedVersion` is gone; `draftKept`: the caller's
    /// rationale was saved as a draft.
    case considerationGone(ConsiderationSubject, expectedVersion: Int, draftKept: Bool)
    /// Someone wrote the consideration since the caller read it.
    case considerationWritten(ConsiderationSubject, by: String, at: Date, now: Date, outcome: ConsiderationOutcome,
                              version: Int, draftKept: Bool)
    /// A TOP's minutes changed since the editor opened them (by whom and when, if known).
    case minutesItem(top: Int, by: String?, at: Date?, now: Date)

    /// The same conflict, saying the caller's text was kept as a draft.
    public var keepingDraft: StoreConflict {
        switch self {
        case let .considerationGone(subject, expected, _):
            return .considerationGone(subject, expectedVersion: expected, draftKept: true)
        case let .considerationWritten(subject, by, at, now, outcome, version, _):
            return .considerationWritten(subject, by: by, at: at, now: now, outcome: outcome, version: version, draftKept: true)
        case .minutesItem:
            return self
        }
    }

    public var description: String {
        switch self {
        case let .considerationGone(subject, expected, kept):
            return "The consideration of \(subject) is gone (expected version \(expected)); nothing was changed." + Self.kept(kept)
        case let .considerationWritten(subject, by, at, now, outcome, version, kept):
            return "The consideration of \(subject) was already written by \(by) at \(Timestamps.short(at, now: now, zone: Timestamps.displayZone)) "
                + "(now: \(outcome.labelEN), version \(version)); nothing was changed." + Self.kept(kept)
        case let .minutesItem(top, by, at, now):
            var who = by.map { " by \($0)" } ?? ""
            if let at { who += " (\(Timestamps.short(at, now: now)))" }
            return "TOP \(top) was changed\(who.isEmpty ? " by someone else" : who) since you started editing; nothing was overwritten."
        }
    }

    private static func kept(_ kept: Bool) -> String { kept ? " Your rationale is kept as a draft." : "" }
}

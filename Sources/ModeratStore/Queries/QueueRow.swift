import Foundation
import ModeratCore

/// One line of the moderation queue: enough to show and act on, never the whole body.
public struct QueueRow: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var state: CommentState
    /// Stored UTC form ("2026-11-27T14:03:00Z").
    public var createdAt: String
    public var processSlug: String
    /// Codes of the guideline sections the comment is tagged with, e.g. ["B2", "C1"].
    public var sectionCodes: [String]
    public var authorName: String?
    /// The first non-empty line of the body, at most `QueueRow.excerptLength` characters.
    public var firstLine: String
    public var isReply: Bool
    public var hasAnswer: Bool
    /// For optimistic concurrency: pass it back to `decide`.
    public var version: Int
    /// Who is handling the comment right now (only while the claim lasts).
    public var claimedBy: String?
    public var claimedUntil: String?
    /// What the consideration (Abwägung) made of it: its own outcome, its passages' in order,
    /// or its group's; empty until it has one.
    public var outcomes: [ConsiderationOutcome] = []

    /// How much of the body a queue row carries.
    public static let excerptLength = 200

    /// The keyset position of this row, for the next or previous page.
    public var cursor: QueueCursor { QueueCursor(createdAt: createdAt, id: id) }
}

extension QueueRow {
    /// The first non-empty line of an excerpt, trimmed.
    static func firstLine(of excerpt: String) -> String {
        let line = excerpt.split(whereSeparator: { $0.isNewline })
            .first(where: { !$0.allSatisfy(\.isWhitespace) }) ?? ""
        return line.trimmingCharacters(in: .whitespaces)
    }
}

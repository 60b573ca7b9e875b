import Foundation
import ModeratCore

/// Everything the comment screen shows about one comment.
public struct CommentDetail: Equatable, Sendable {
    public var id: Int64
    public var source: String
    public var externalId: String
    public var state: CommentState
    /// Pass back to `decide`, `setAnswer`, `setNote` for optimistic concurrency.
    public var version: Int
    public var createdAt: String
    public var body: String
    public var locale: String?
    /// -1 against, 0 neutral, 1 in favour, when the platform records it.
    public var alignment: Int?
    public var author: AuthorRef?
    public var process: ProcessRef
    public var parent: CommentSummary?
    /// Direct replies, oldest first (at most `CommentDetail.replyLimit`).
    public var replies: [CommentSummary]
    public var tags: [SectionTag]
    /// Decisions and other changes from the audit trail, oldest first.
    public var history: [HistoryEntry]
    public var decidedBy: String?
    public var decidedAt: String?
    public var reasonCode: String?
    public var publicAnswer: String?
    public var internalNote: String?
    /// Who is handling the comment right now, while the claim lasts.
    public var claim: Claim?

    /// More replies than this are left to the queue (filter by parent is not needed yet).
    public static let replyLimit = 200
}

/// A comment's author as shown to moderators (no contact data).
public struct AuthorRef: Equatable, Sendable {
    public var id: Int64
    public var displayName: String
    public var isErased: Bool
}

/// The participation process a comment belongs to.
public struct ProcessRef: Equatable, Sendable {
    public var id: Int64
    public var slug: String
    public var title: String
}

/// A related comment in one line (parent, reply).
public struct CommentSummary: Equatable, Sendable {
    public var id: Int64
    public var state: CommentState
    public var createdAt: String
    public var authorName: String?
    public var firstLine: String
}

/// A guideline section a comment is tagged with.
public struct SectionTag: Equatable, Sendable {
    public var id: Int64
    public var code: String
    public var title: String
}

/// One audit event about a comment, as the history list shows it.
public struct HistoryEntry: Equatable, Sendable {
    public var auditId: Int64
    public var at: String
    public var actor: String
    /// The moderator's display name, or the account when it is not on the list.
    public var actorName: String
    public var action: String
    public var from: CommentState?
    public var to: CommentState?
    public var reasonCode: String?
    /// For `comment.undo`: the audit id it took back.
    public var undoes: Int64?
}

/// Someone handling a comment until a moment.
public struct Claim: Equatable, Sendable {
    public var moderatorName: String
    public var account: String
    public var until: String
}

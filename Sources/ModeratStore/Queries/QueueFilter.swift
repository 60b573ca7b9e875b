import Foundation
import ModeratCore

/// Which comments the queue shows and in which order.
public struct QueueFilter: Equatable, Sendable {
    /// Order of the queue by arrival time (ties broken by id).
    public enum Order: String, Sendable, CaseIterable {
        case oldestFirst, newestFirst
    }

    /// The states shown; empty means every state.
    public var states: Set<CommentState>
    public var processId: Int64?
    /// Comments tagged with this section.
    public var sectionId: Int64?
    public var authorId: Int64?
    /// Only the comments of this group of near-identical comments (`comment_group.group_id`).
    public var groupId: Int64?
    /// Arrived at or after this moment.
    public var createdFrom: Date?
    /// Arrived before this moment.
    public var createdBefore: Date?
    /// true: only comments with a public answer; false: only without; nil: both.
    public var hasAnswer: Bool?
    /// Words as the user typed them; folded and quoted before they reach FTS5.
    public var search: String?
    public var order: Order

    public init(states: Set<CommentState> = [.pending], processId: Int64? = nil, sectionId: Int64? = nil,
                authorId: Int64? = nil, createdFrom: Date? = nil, createdBefore: Date? = nil,
                hasAnswer: Bool? = nil, search: String? = nil, order: Order = .oldestFirst) {
        self.states = states
        self.processId = processId
        self.sectionId = sectionId
        self.authorId = authorId
        self.createdFrom = createdFrom
        self.createdBefore = createdBefore
        self.hasAnswer = hasAnswer
        self.search = search
        self.order = order
    }

    /// The states to query, in a fixed order; every state when none is chosen.
    var effectiveStates: [CommentState] {
        CommentState.allCases.filter { states.isEmpty || states.contains($0) }
    }

    /// The FTS5 query for `search`, or nil when it holds no searchable word.
    var ftsQuery: String? { search.flatMap(SearchQuery.fts5) }

    /// True when only states narrow the queue, so the maintained counters answer `count`.
    var isStatesOnly: Bool {
        processId == nil && sectionId == nil && authorId == nil && groupId == nil && createdFrom == nil
            && createdBefore == nil && hasAnswer == nil && ftsQuery == nil
    }
}

/// A position in the queue: the keyset (created_at, id) of a row.
public struct QueueCursor: Hashable, Sendable {
    public var createdAt: String
    public var id: Int64

    public init(createdAt: String, id: Int64) {
        self.createdAt = createdAt
        self.id = id
    }
}

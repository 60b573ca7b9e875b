import Foundation
import ModeratCore

/// A recorded consideration (Abwägung): outcome, public rationale, section, who wrote it
/// when, its state and version.
public struct Consideration: Equatable, Sendable {
    public var id: Int64
    public var outcome: ConsiderationOutcome
    /// Written for the public: it is published in the Synopse and the Abwägungstabelle.
    public var rationale: String
    public var state: ConsiderationState
    /// The section it concerns, when set on the consideration (a passage has its own).
    public var sectionId: Int64?
    /// The working group's meeting (and TOP) that agreed it.
    public var meetingId: Int64?
    public var agendaNumber: Int?
    public var version: Int
    public var writtenBy: String
    public var writtenAt: Date
}

/// What a consideration write left behind.
public struct ConsiderationReceipt: Equatable, Sendable {
    public var considerationId: Int64
    public var target: ConsiderationTarget
    public var outcome: ConsiderationOutcome
    public var state: ConsiderationState
    public var version: Int
}

/// One thing to be considered, as the lists and exports show it: a whole approved comment,
/// one passage of a split comment, or a group; with its consideration once it has one.
public struct ConsiderationUnit: Equatable, Sendable {
    public var target: ConsiderationTarget
    /// The comment, or a group's members in id order.
    public var commentIds: [Int64]
    /// For a passage: its number within the comment (1, 2, …) and how many the comment has.
    public var passageNumber: Int?
    public var passageCount: Int?
    /// The comment's text, the passage's text, or each member's text (for a group).
    public var texts: [String]
    /// Authors of `texts`, in the same order (nil when unknown).
    public var authorIds: [Int64?]
    public var createdAt: Date
    /// Where it belongs: the consideration's (or passage's) section, else the comment's tags.
    public var sectionIds: [Int64]
    public var consideration: Consideration?

    /// "12", "12.2" (passage 2 of comment 12), "G3" (group 3).
    public var number: String {
        switch target {
        case .group(let id): return "G\(id)"
        case .passage: return "\(commentIds.first ?? 0).\(passageNumber ?? 0)"
        case .comment(let id): return String(id)
        }
    }
}

/// How far the consideration of a set of units is: "12 von 40 abgewogen".
public struct ConsiderationProgress: Equatable, Sendable {
    public var considered: Int
    public var total: Int
    public var byOutcome: [ConsiderationOutcome: Int]
    public var agreed: Int

    public init(_ units: [ConsiderationUnit]) {
        let done = units.compactMap(\.consideration)
        considered = done.count
        total = units.count
        agreed = done.filter { $0.state == .agreed }.count
        byOutcome = Dictionary(grouping: done, by: \.outcome).mapValues(\.count)
    }

    /// Units whose outcome adopts them wholly or partly (the press figure's M).
    public var adopted: Int { byOutcome.filter { $0.key.isAdopted }.map(\.value).reduce(0, +) }
}

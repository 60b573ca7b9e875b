import GRDB
import ModeratCore

/// What turning a detected group into a consideration group did.
public struct DetectedGroupConsidered: Equatable, Sendable {
    public let considerationGroup: Int64
    /// The approved members, now considered together.
    public let joined: [Int64]
    /// Members not approved (pending, held, rejected): only approved comments are considered.
    public let notApproved: [Int64]
}

extension Store {
    /// The detected group (campaign, duplicate, similar) of comment `commentId` becomes one
    /// group "considered together" of the Abwägung: its approved members join through
    /// `joinGroup`, with its checks and its `group.join` audit event.
    public func considerDetectedGroup(ofComment commentId: Int64) throws -> DetectedGroupConsidered {
        guard let group = try database.groupId(ofComment: commentId) else {
            throw StoreError.refusal(.notInDetectedGroup(commentId: commentId))
        }
        let all = try database.groupMembers(group).map(\.id)
        let approved = Set(try database.groupMembers(group, states: [.approved]).map(\.id))
        let joined = all.filter(approved.contains)
        guard joined.count >= 2 else {
            throw StoreError.refusal(.detectedGroupTooSmall(groupId: group, approved: joined.count))
        }
        let considered = try joinGroup(joined)
        return DetectedGroupConsidered(considerationGroup: considered, joined: joined, notApproved: all.filter { !approved.contains($0) })
    }
}

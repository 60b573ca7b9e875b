import ModeratCore

/// A refusal of the store's rules (groups, considerations, tagging, minutes, users, roster, erasure), kept as
/// parts so the app and the command line can say it in the user's language
/// (Strings/StoreErrorText.swift); `description` is the English the store always wrote.
public enum StoreRefusal: Equatable, Sendable, CustomStringConvertible {
    case groupTooSmall
    case splitCannotJoinGroup(commentId: Int64)
    case consideredAlone(commentId: Int64)
    case differentProcesses
    case differentGroups([Int64])
    case alreadyInGroup(groupId: Int64)
    case inNoGroup(commentId: Int64)
    /// Leaving a group whose consideration the working group agreed.
    case groupAgreed(groupId: Int64)
    /// Considering a comment that is not approved.
    case notApproved(commentId: Int64, CommentState)
    case consideredInGroup(commentId: Int64)
    case splitIntoPassages(commentId: Int64)
    /// A split comment named without its passage.
    case namePassage(commentId: Int64, count: Int)
    case alreadySplit(commentId: Int64)
    case splitInGroup(commentId: Int64)
    case splitConsideredWhole(commentId: Int64)
    case topNeedsMeeting
    /// Tagging with sections of another process.
    case sectionsOfOtherProcess([Int64])
    case minutesAlreadyFinal(title: String)
    /// Final minutes are locked; who marked them final, when known.
    case minutesLocked(finalizedBy: String?)
    case amendmentNeedsText
    case minutesStillDraft
    /// A vote count in a TOP's minutes that cannot be (negative, more votes than voters present).
    case votes(top: Int, VoteProblem)
    /// Marking minutes final while TOPs have unsaved drafts.
    case openDrafts([OpenDraft])
    /// A passage's section is set with the passage, not with its consideration.
    case passageSectionIsOwn
    case considerationAgreed(ConsiderationSubject)
    case noConsiderationYet(ConsiderationSubject)
    case considerationAlready(ConsiderationSubject, ConsiderationState)
    /// Cuts of a comment into passages that do not fit its text.
    case passages(commentId: Int64, Passages.Refusal)
    /// Taking the last active admin's role away (`.role`: to another role) or removing them.
    case lastAdmin(account: String, AdminChange)
    /// Erasing an author whose name would rewrite other people's texts, without --force.
    case erasureNeedsForce(AuthorErasure, singleWord: Bool)
    case termEndsBeforeStart(ends: CalendarDay, starts: CalendarDay)
    /// Considering the detected group of a comment that is in none.
    case notInDetectedGroup(commentId: Int64)
    /// A detected group with fewer than two approved comments.
    case detectedGroupTooSmall(groupId: Int64, approved: Int)

    /// What would have left no admin.
    public enum AdminChange: Equatable, Sendable {
        case role(Role)
        case remove
    }

    public var description: String {
        switch self {
        case .groupTooSmall: return "A group needs at least two comments; nothing was changed."
        case .splitCannotJoinGroup(let id): return "Comment \(id) is split into passages and cannot join a group; nothing was changed."
        case .consideredAlone(let id): return "Comment \(id) is already considered on its own; nothing was changed."
        case .differentProcesses: return "Comments of different processes cannot be considered together; nothing was changed."
        case .differentGroups(let groups): return "The comments are in different groups (\(Self.list(groups))); nothing was changed."
        case .alreadyInGroup(let group): return "The comments are already in group \(group); nothing was changed."
        case .inNoGroup(let id): return "Comment \(id) is in no group; nothing was changed."
        case .groupAgreed(let group): return "The consideration of group \(group) was agreed by the working group; reopen it first."
        case let .notApproved(id, state): return "Comment \(id) is \(state.rawValue); only approved comments are considered."
        case .consideredInGroup(let id): return "Comment \(id) is considered together with others in a group; consider the group."
        case .splitIntoPassages(let id): return "Comment \(id) is split into passages; consider each passage."
        case let .namePassage(id, count): return "Comment \(id) is split into \(count) passages; name one (passage 1 to \(count))."
        case .alreadySplit(let id): return "Comment \(id) is already split into passages; nothing was changed."
        case .splitInGroup(let id): return "Comment \(id) is considered in a group; take it out of the group before splitting it."
        case .splitConsideredWhole(let id): return "Comment \(id) is already considered as a whole; nothing was changed."
        case .topNeedsMeeting: return "A TOP needs its meeting; nothing was changed."
        case .sectionsOfOtherProcess(let ids):
            return "Section(s) \(Self.list(ids)) do not belong to this comment's process; nothing was changed."
        case .minutesAlreadyFinal(let title): return "The minutes of “\(title)” are already final; nothing was changed."
        case .minutesLocked(let by):
            return "The minutes were marked final\(by.map { " by \($0)" } ?? "") and are locked; record an amendment instead. Nothing was changed."
        case .amendmentNeedsText: return "An amendment needs a text; nothing was recorded."
        case .minutesStillDraft: return "These minutes are still a draft: edit them instead of amending."
        case let .votes(top, problem): return "TOP \(top): \(problem); nothing was saved."
        case .openDrafts(let drafts):
            return "Open drafts: " + drafts.map(\.description).joined(separator: "; ")
                + ". Save or discard each before marking the minutes final; nothing was changed."
        case .passageSectionIsOwn:
            return "A passage's section is the passage's own; set it with the passage, not the consideration."
        case .considerationAgreed(let subject):
            return "The consideration of \(subject) was agreed by the working group; reopen it before changing it. Nothing was changed."
        case .noConsiderationYet(let subject): return "\(subject) has no consideration yet; write one first."
        case let .considerationAlready(subject, state):
            return "The consideration of \(subject) is already \(state.labelEN); nothing was changed."
        case let .passages(id, refusal): return "Comment \(id): \(Self.english(refusal)); nothing was changed."
        case let .lastAdmin(account, change):
            let what: String
            switch change {
            case .role(let role): what = "make \(account) \(role.rawValue)"
            case .remove: what = "remove \(account)"
            }
            return "Cannot \(what): at least one admin must remain; make another account admin first. Nothing was changed."
        case let .erasureNeedsForce(erasure, single):
            return "author #\(erasure.authorId): the name \(single ? "is a single word and " : "")would change \(erasure.othersTexts) "
                + "texts of other people (besides the author's \(erasure.ownComments) comments): "
                + "\(erasure.bodies) comment texts, \(erasure.answers) answers, \(erasure.notes) notes, \(erasure.priors) undo snapshots, "
                + "\(erasure.drafts) drafts, \(erasure.auditDetails) audit details, \(erasure.meetingTexts) meeting records in all. "
                + "Nothing was changed. Check with --dry-run, then run it again with --force to rewrite them all."
        case let .termEndsBeforeStart(ends, starts):
            return "a term cannot end (\(ends)) before it starts (\(starts)); nothing was changed"
        case .notInDetectedGroup(let id):
            return "Comment \(id) is in no group of near-identical comments; nothing was changed."
        case let .detectedGroupTooSmall(group, approved):
            return "Group \(group) has \(approved) approved comment(s); at least two are needed to consider them together; nothing was changed."
        }
    }

    static func english(_ refusal: Passages.Refusal) -> String {
        switch refusal {
        case .tooFew: return "a split needs at least two passages"
        case let .outside(range, length): return "characters \(range.start)–\(range.end) are not within its \(length) characters"
        case let .empty(range): return "characters \(range.start)–\(range.end) hold no text"
        case let .overlapping(a, b): return "characters \(a.start)–\(a.end) and \(b.start)–\(b.end) overlap"
        }
    }

    /// "3, 7, 12".
    public static func list(_ ids: [Int64]) -> String {
        ids.map(String.init).joined(separator: ", ")
    }
}

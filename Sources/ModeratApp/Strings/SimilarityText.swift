/// The words of section suggestions, campaign groups and waves in the workbench (one case of
/// `UIText` and of `UIText.KeyHelp` leads here); German in German+Similarity.swift, English
/// in English+Similarity.swift.
public enum SimilarityText: Sendable, Equatable {
    /// Before a queue row's text: the size of the comment's group of near-identical comments.
    case groupMark(Int)
    /// Before a queue row's text: a wave flags the comment.
    case waveMark
    /// The queue's filter showing one group.
    case filterGroup(Int64)
    case noGroup
    /// `*`: the group's comments the queue's states show are now marked.
    case groupMarked(Int)
    /// A suggested section in the tag picker.
    case suggested
    case pickerHints
    case keyShowGroup, keyMarkGroup, keyAcceptSuggestion, keyConsiderGroup
    /// `C` / `:consider`: the question before a detected group becomes one group considered together.
    case confirmConsider(group: Int64, size: Int, approved: Int)
    /// Fewer than two approved comments: nothing to consider together.
    case tooFewApproved(group: Int64, size: Int, approved: Int)
    /// Done: the approved comments form consideration group `considerationGroup`; `left` were not approved.
    case considered(group: Int64, considerationGroup: Int64, joined: Int, left: Int)
}

/// The audit actions of considerations, passages and groups. Details hold ids, codes,
/// outcomes and versions, never the rationale's text.
public enum ConsiderationAuditAction: String, CaseIterable, Sendable {
    /// A consideration written or changed (outcome, rationale, section).
    case write = "consideration.write"
    /// The working group agreed it (state beschlossen), optionally at a meeting and TOP.
    case agree = "consideration.agree"
    /// Back to draft after it was agreed.
    case reopen = "consideration.reopen"
    /// A comment split into passages.
    case split = "passage.split"
    /// A passage's section set.
    case passageSection = "passage.section"
    /// Comments joined into (or added to) a group considered together.
    case join = "group.join"
    /// A comment taken out of its group.
    case leave = "group.leave"
}

/// The entity names of these audit rows.
enum ConsiderationAuditEntity {
    static let consideration = "consideration"
    static let group = "consideration_group"
    /// Passage events name the comment they split (entity_id is the comment's id).
    static let passage = "passage"
}

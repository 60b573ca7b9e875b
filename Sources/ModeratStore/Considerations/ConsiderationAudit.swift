/// The entity names of these audit rows.
enum ConsiderationAuditEntity {
    static let consideration = "consideration"
    static let group = "consideration_group"
    /// Passage events name the comment they split (entity_id is the comment's id).
    static let passage = "passage"
}

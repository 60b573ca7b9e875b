/// The entity names of these audit rows.
package enum ConsiderationAuditEntity {
    package static let consideration = "consideration"
    package static let group = "consideration_group"
    /// Passage events name the comment they split (entity_id is the comment's id).
    package static let passage = "passage"
}

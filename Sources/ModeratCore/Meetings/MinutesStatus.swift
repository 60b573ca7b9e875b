/// Where minutes stand: a draft anyone with the secretary role may edit, or final (locked;
/// later changes are amendments).
public enum MinutesStatus: String, CaseIterable, Sendable, Codable {
    case draft, final
}

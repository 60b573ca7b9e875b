/// What became of a comment (or passage, or group) in the final text: the outcome of its
/// consideration (Abwägung), as the working group records it.
public enum ConsiderationOutcome: String, CaseIterable, Codable, Sendable {
    case adopted
    case partly
    case notAdopted = "not-adopted"
    case covered
    case noted

    /// The German label, as the Abwägungstabelle and the Synopse print it.
    public var labelDE: String {
        switch self {
        case .adopted: return "übernommen"
        case .partly: return "teilweise übernommen"
        case .notAdopted: return "nicht übernommen"
        case .covered: return "bereits berücksichtigt"
        case .noted: return "zur Kenntnis genommen"
        }
    }

    public var labelEN: String {
        switch self {
        case .adopted: return "adopted"
        case .partly: return "partly adopted"
        case .notAdopted: return "not adopted"
        case .covered: return "already covered"
        case .noted: return "noted"
        }
    }

    /// Whether the outcome counts for the press figure "davon M ganz oder teilweise übernommen".
    public var isAdopted: Bool { self == .adopted || self == .partly }
}

/// Where a consideration stands: a draft the moderators write, or agreed by the working group.
public enum ConsiderationState: String, CaseIterable, Codable, Sendable {
    case draft
    case agreed

    public var labelDE: String { self == .draft ? "Entwurf" : "beschlossen" }
    public var labelEN: String { self == .draft ? "draft" : "agreed" }
}

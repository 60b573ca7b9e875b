import ModeratCore

/// The settings in `config.yaml`; every field is optional.
public struct Config: Equatable, Sendable {
    public var database: String?
    public var theme: String?
    public var language: Language?
    public var mouse: Bool = true
    /// Reason codes that replace or extend the built-in ones (by code).
    public var reasons: [ReasonCode] = []
    /// What an OS account missing from the moderator table gets.
    public var unknownAccounts: UnknownAccountPolicy = .readOnly
    /// Thresholds of campaign and wave detection.
    public var similarity = SimilarityThresholds()

    public init() {}
}

/// What an account not in the moderator table may do.
public enum UnknownAccountPolicy: String, Sendable {
    case readOnly = "read-only"
    case refuse
}

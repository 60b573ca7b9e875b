import ModeratCore

/// The settings in `config.yaml`; every field is optional.
public struct Config: Equatable, Sendable {
    public var database: String?
    public var theme: String?
    public var language: Language?
    public var mouse: Bool = true
    /// Whether the file said `mouse:` (so a personal file can override the system's default).
    var mouseSet = false
    /// Reason codes that replace or extend the built-in ones (by code).
    public var reasons: [ReasonCode] = []
    /// What an OS account missing from the moderator table gets.
    public var unknownAccounts: UnknownAccountPolicy = .readOnly
    /// Settings a personal config held that only the system-wide one may set, for the
    /// command or workbench to show.
    public var warnings: [ConfigWarning] = []
    /// Thresholds of campaign and wave detection.
    public var similarity = SimilarityThresholds()

    public init() {}
}

/// What an account not in the moderator table may do.
public enum UnknownAccountPolicy: String, Sendable {
    case readOnly = "read-only"
    case refuse
}

/// Which config a file is: the system-wide one holds the shared settings (reason labels, the
/// unknown-account policy), a person's own only personal preferences.
public enum ConfigScope: Sendable {
    case system, personal

    /// Settings everyone on a database shares: only the system-wide file may set them.
    static let sharedKeys: Set<String> = ["reasons", "unknown_accounts"]
}

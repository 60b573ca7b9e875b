/// The thresholds of campaign and wave detection (config.yaml `similarity:`).
public struct SimilarityThresholds: Sendable, Equatable {
    /// Two comments are near-identical at this Jaccard similarity of their core words or more.
    public var nearIdentical = 0.7
    /// A group of near-identical comments is a campaign from this many authors on.
    public var campaignAuthors = 3
    /// A burst: this many comments by one account …
    public var burstComments = 6
    /// … within this many minutes.
    public var burstMinutes = 10
    /// New accounts: this many accounts, each with its first comment in one group of near-identical comments …
    public var newAccounts = 5
    /// … all posted within this many hours.
    public var newAccountHours = 24

    public init() {}
}

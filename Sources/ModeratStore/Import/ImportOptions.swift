import Foundation
import ModeratCore

/// What `importComments` reads and how.
public struct ImportOptions: Sendable {
    /// How the file's rows become comments.
    public enum Format: Sendable {
        /// Decidim's comment export; CSV or JSON is told from the file itself.
        case decidim
        /// Any CSV with a header, its columns mapped to fields.
        case csv(CSVMapping)
    }

    public var path: String
    public var format: Format
    /// Names the platform the ids come from, so ids of two platforms never meet.
    public var source: String
    /// The process every comment joins; nil: from each thread's URL, else "import".
    public var processSlug: String?
    public var skipBad: Bool
    public var dryRun: Bool
    /// ";" or ","; nil guesses from the header line.
    public var delimiter: UnicodeScalar?
    /// How many records a dry run keeps to show.
    public var previewLimit: Int
    /// Thresholds of the campaign and wave detection run over the new comments.
    public var similarity = SimilarityThresholds()
    /// Campaign and wave detection over the new comments (on; off only to measure what it costs).
    public var detectsSimilarity = true

    public init(path: String, format: Format, source: String? = nil, processSlug: String? = nil,
                skipBad: Bool = false, dryRun: Bool = false, delimiter: UnicodeScalar? = nil, previewLimit: Int = 20) {
        self.path = path
        self.format = format
        if let source { self.source = source } else if case .decidim = format { self.source = "decidim" } else { self.source = "csv" }
        self.processSlug = processSlug
        self.skipBad = skipBad
        self.dryRun = dryRun
        self.delimiter = delimiter
        self.previewLimit = previewLimit
    }
}

/// How far an import has got, for a progress bar.
public struct ImportProgress: Sendable {
    public var rows: Int
    /// Bytes of the file read so far (close, not exact, for CSV).
    public var bytes: Int
    public var totalBytes: Int
}

/// What an import did (or, in a dry run, would do).
public struct ImportReport: Sendable {
    /// What happened to one record.
    public enum Outcome: String, Sendable { case new, updated, unchanged }

    public var rows = 0
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    /// Replies whose parent was found and linked in this import.
    public var repliesLinked = 0
    /// Replies whose parent is neither in the file nor in the database (kept top-level).
    public var orphanReplies = 0
    public var skipped = 0
    public var createdProcesses: [String] = []
    public var sha256 = ""
    public var seconds = 0.0
    /// Of `seconds`, the writer's part of campaign and wave detection: comparing each new
    /// comment with earlier ones, and writing fingerprints, groups and waves.
    public var similaritySeconds = 0.0
    /// The reading thread's time making fingerprints, beside the parser (it adds to
    /// `seconds` only where the writer waits for the reader, or the cores are busy).
    public var fingerprintSeconds = 0.0
    /// Detection's work, counted (the same on any machine and load): candidates compared
    /// word by word, and of those the word sets read again from the database.
    public var similarityComparisons = 0
    public var similarityRereads = 0
    public var dryRun = false
    /// The first records with what would happen to them (dry runs only).
    public var preview: [(record: ImportRecord, outcome: Outcome)] = []

    public init() {}

    /// Rows per second, for the summary.
    public var rate: Double { seconds > 0 ? Double(rows) / seconds : 0 }
}

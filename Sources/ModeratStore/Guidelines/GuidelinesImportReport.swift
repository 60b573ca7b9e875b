/// What an import of a guidelines text did (or, refused or dry run, would do) to a process's sections.
public struct GuidelinesImportReport: Equatable, Sendable {
    public var processSlug: String
    /// The process did not exist and was created for this text.
    public var processCreated: Bool
    public var added: [SectionChange] = []
    public var changed: [SectionChange] = []
    public var removed: [SectionChange] = []
    /// Sections whose title, text and place stayed the same.
    public var unchanged: Int = 0
    /// Comments that lose a tag because their section was removed.
    public var untagged: [LostTag] = []
    /// Nothing was written (`--dry-run`).
    public var dryRun = false
    /// The number of the text version the import left as the latest (nil for a dry run).
    public var version: Int?

    /// True when the text matches the database exactly.
    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
}

/// One section added, changed or removed by an import.
public struct SectionChange: Equatable, Sendable {
    /// What differs between the stored section and the imported one.
    public enum Kind: String, Sendable, CaseIterable {
        case title, text, parent
    }

    public var code: String
    public var title: String
    /// The stored title before a rename.
    public var previousTitle: String?
    public var kinds: [Kind] = []
}

/// A comment that loses its tag to a removed section.
public struct LostTag: Equatable, Sendable {
    public var commentId: Int64
    public var sectionCode: String
    public var commentState: String
}

/// Why an import of a guidelines text wrote nothing.
public enum GuidelinesImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No --process and more than one process to choose from.
    case ambiguousProcess([String])
    /// Sections with tagged comments would be removed; `--force` allows it.
    case removesTaggedSections(GuidelinesImportReport)

    public var description: String {
        switch self {
        case .ambiguousProcess(let slugs):
            return "the database has several processes (\(slugs.joined(separator: ", "))): say which with --process SLUG"
        case .removesTaggedSections(let report):
            let codes = Set(report.untagged.map(\.sectionCode)).sorted().joined(separator: ", ")
            return "removing section(s) \(codes) would take the tag from \(report.untagged.count) comment(s); "
                + "nothing was changed (repeat with --force to remove them)"
        }
    }
}

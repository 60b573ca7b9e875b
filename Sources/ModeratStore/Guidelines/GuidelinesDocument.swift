/// A guidelines text as parsed from Markdown: the title and the sections in document order.
public struct GuidelinesDocument: Equatable, Sendable {
    /// The `# ` heading, if the text has one.
    public var title: String?
    /// The text between the `# ` heading and the first section.
    public var introduction: String
    public var sections: [GuidelinesSection]
}

/// One section of a parsed guidelines text.
public struct GuidelinesSection: Equatable, Sendable {
    /// "C1", "A", "2.3": from the heading, or given by position when the heading has none.
    public var code: String
    public var title: String
    /// The section's own text (Markdown), up to the next heading.
    public var body: String
    /// The code of the enclosing section (the nearest heading of a higher level).
    public var parentCode: String?
    /// Whether the code came from the heading (false: numbered by position).
    public var codeFromHeading: Bool
    /// Where the heading is in the file (1-based), for error messages.
    public var line: Int
}

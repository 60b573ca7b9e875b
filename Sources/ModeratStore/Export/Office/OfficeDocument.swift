/// A document for the office formats (ODT, DOCX): the few building blocks that minutes, the
/// Synopse and the Abwägungstabelle need, independent of either format.
public struct OfficeDocument: Sendable, Equatable {
    /// Shown in the file's metadata (title bar of the office program).
    public var title: String
    /// The document's language, written into the file so spell checking uses the right one.
    public var language: ExportLanguage
    public var blocks: [OfficeBlock]

    public init(title: String, language: ExportLanguage = .de, blocks: [OfficeBlock] = []) {
        self.title = title
        self.language = language
        self.blocks = blocks
    }
}

/// One block of an office document.
public enum OfficeBlock: Sendable, Equatable {
    /// A heading; level 1 is the document's title level, 2–4 are sections below it.
    case heading(level: Int, [OfficeRun])
    /// A paragraph; a "\n" inside a run's text is a line break within the paragraph.
    case paragraph([OfficeRun])
    /// A bullet (`ordered: false`) or numbered list, one paragraph per item; numbering restarts per list.
    case list(ordered: Bool, items: [[OfficeRun]])
    case table(OfficeTable)

    /// A heading of plain text.
    public static func heading(_ level: Int, _ text: String) -> OfficeBlock { .heading(level: level, [OfficeRun(text)]) }
    /// A paragraph of plain text.
    public static func paragraph(_ text: String) -> OfficeBlock { .paragraph([OfficeRun(text)]) }
}

/// A simple grid: one header row (repeated on every page) and body rows of text cells.
public struct OfficeTable: Sendable, Equatable {
    public var header: [[OfficeRun]]
    public var rows: [[[OfficeRun]]]
    /// Relative column widths (any unit); empty means equal columns.
    public var widths: [Int]

    public init(header: [[OfficeRun]], rows: [[[OfficeRun]]], widths: [Int] = []) {
        self.header = header
        self.rows = rows
        self.widths = widths
    }

    /// A table of plain-text cells.
    public init(header: [String], rows: [[String]], widths: [Int] = []) {
        self.init(header: header.map { [OfficeRun($0)] }, rows: rows.map { $0.map { [OfficeRun($0)] } }, widths: widths)
    }

    /// The number of columns: the widest of the header and the rows.
    public var columnCount: Int { max(header.count, rows.map(\.count).max() ?? 0, 1) }

    /// Each column's share of the text width, summing to 1.
    func fractions() -> [Double] {
        let n = columnCount
        let weights = (0..<n).map { $0 < widths.count && widths[$0] > 0 ? Double(widths[$0]) : 1 }
        let sum = weights.reduce(0, +)
        return weights.map { $0 / sum }
    }
}

/// A stretch of text with one look.
public struct OfficeRun: Sendable, Equatable {
    /// How the Synopse marks a change between two text versions.
    public enum Change: Sendable, Equatable {
        /// New in the later version (underlined, green).
        case inserted
        /// Gone in the later version (struck through, red).
        case deleted
    }

    public var text: String
    public var bold: Bool
    public var italic: Bool
    public var change: Change?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, change: Change? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.change = change
    }
}

import Foundation

/// One comment as an import file gives it, already validated and normalised.
public struct ImportRecord: Equatable, Sendable {
    /// The comment's id on the platform (stable across exports; the key for idempotency).
    public var externalId: String
    public var body: String
    public var locale: String?
    /// The platform's id of the author (nil for anonymous or deleted accounts).
    public var authorExternalId: String?
    public var authorName: String?
    public var alignment: Int?
    /// The stored (UTC ISO 8601) creation time; nil means "now" (paper submissions without a date).
    public var createdAt: String?
    /// The platform's id of the comment this one replies to.
    public var parentExternalId: String?
    /// Where on the platform the thread lives (Decidim's root_commentable_url).
    public var rootURL: String?
    /// The physical line of the file where the row starts.
    public var line: Int

    public init(externalId: String, body: String, locale: String? = nil, authorExternalId: String? = nil,
                authorName: String? = nil, alignment: Int? = nil, createdAt: String? = nil,
                parentExternalId: String? = nil, rootURL: String? = nil, line: Int) {
        self.externalId = externalId
        self.body = body
        self.locale = locale
        self.authorExternalId = authorExternalId
        self.authorName = authorName
        self.alignment = alignment
        self.createdAt = createdAt
        self.parentExternalId = parentExternalId
        self.rootURL = rootURL
        self.line = line
    }
}

/// One row of an import file before it is understood: its values and the file's column names.
public struct RawImportRow: Sendable {
    /// Keys as the file names them; nested JSON keys are joined with "/" like Decidim's CSV.
    let columns: ImportColumns
    var values: [String]
    /// The physical line where the row starts.
    public var line: Int
    /// About how many bytes of the file the row took (for the progress estimate).
    public var bytes: Int

    /// The value of column `key`, nil when the file has no such column.
    subscript(key: String) -> String? {
        guard let index = columns.index(of: key), index < values.count else { return nil }
        return values[index]
    }
}

/// A file's column names, indexed once per file instead of once per row.
final class ImportColumns: Sendable {
    let names: [String]
    private let indexes: [String: Int]

    /// A name given twice means its last column, as a dictionary built row by row would.
    init(_ names: [String]) {
        self.names = names
        var indexes: [String: Int] = [:]
        for (index, name) in names.enumerated() { indexes[name] = index }
        self.indexes = indexes
    }

    func index(of name: String) -> Int? { indexes[name] }
}

/// Why one row cannot be imported; `--skip-bad` lists these, otherwise the first one stops the import.
public struct ImportRowError: Error, Equatable, Sendable {
    public var line: Int
    public var problem: ImportProblem

    public init(line: Int, _ problem: ImportProblem) {
        self.line = line
        self.problem = problem
    }

    /// The store's English words for it.
    public var reason: String { problem.description }
}

/// A reader of import rows, one at a time, so memory stays flat however long the file is.
protocol ImportRowSource {
    /// The next row, nil at the end. A row that is broken but whose end is known throws
    /// `ImportRowError` and the source can go on; anything else it throws ends the file.
    mutating func next() throws -> RawImportRow?
}

/// A broken file (not just a broken row): reading cannot go on.
struct ImportFileError: Error, Sendable {
    var line: Int
    var problem: ImportProblem
}

import Foundation
import ModeratCore

/// `--map body=Text,author=Name,...`: which column of a generic CSV holds which field.
public struct CSVMapping: Equatable, Sendable {
    /// The fields a column can be mapped to.
    public static let keys = ["id", "body", "author", "author_id", "created_at", "locale", "alignment", "parent"]

    /// Field → column name.
    public var columns: [String: String]

    /// Parses "body=Text,author=Name"; `body` is required. Throws what the user has to fix.
    public init(_ text: String) throws {
        var columns: [String: String] = [:]
        for pair in text.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else { throw CSVMappingError.notAPair(String(pair)) }
            guard Self.keys.contains(parts[0]) else { throw CSVMappingError.unknownField(parts[0]) }
            columns[parts[0]] = parts[1]
        }
        guard columns["body"] != nil else { throw CSVMappingError.noBody }
        self.columns = columns
    }

    /// Columns the mapping names that the header lacks.
    func missing(in header: [String]) -> [String] {
        columns.values.filter { !header.contains($0) }.sorted()
    }

    func record(_ row: RawImportRow) throws -> ImportRecord {
        func field(_ key: String) -> String? { columns[key].flatMap { row[$0] }.flatMap(ImportText.value) }
        func fail(_ problem: ImportProblem) -> ImportRowError { ImportRowError(line: row.line, problem) }
        guard let rawBody = columns["body"].flatMap({ row[$0] }), ImportText.value(rawBody) != nil else {
            throw fail(.emptyBody(column: columns["body"] ?? ""))
        }
        let body = ImportText.normalise(rawBody)
        var createdAt: String?
        if let rawTime = field("created_at") {
            guard let stored = ImportTimestamp.stored(rawTime) else {
                throw fail(.notATime(rawTime, column: columns["created_at"] ?? ""))
            }
            createdAt = stored
        }
        let author = field("author").map(ImportText.normalise)
        // Without an id column the content is the identity: the same row again is found again.
        let id = field("id") ?? "sha256:" + String(SHA256.hex(Array([author ?? "", field("created_at") ?? "", body]
            .joined(separator: "\u{1F}").utf8)).prefix(32))
        return ImportRecord(externalId: id, body: body, locale: field("locale"),
                            authorExternalId: field("author_id") ?? author.map { "name:" + $0 }, authorName: author,
                            alignment: try DecidimMapping.alignment(field("alignment"), fail: fail),
                            createdAt: createdAt, parentExternalId: field("parent"), rootURL: nil, line: row.line)
    }
}

/// A `--map` the user has to fix, as parts, so the command line can say it in the user's
/// language (Strings/StoreErrorText+Import.swift); `description` is the English.
public enum CSVMappingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A comma-separated part that is not field=Column.
    case notAPair(String)
    /// A field that is not one of `CSVMapping.keys`.
    case unknownField(String)
    /// No body=Column: a comment needs its text.
    case noBody

    public var description: String {
        switch self {
        case .notAPair(let pair): return "'\(pair)' is not field=Column"
        case .unknownField(let field): return "unknown field '\(field)' (fields: \(CSVMapping.keys.joined(separator: ", ")))"
        case .noBody: return "body=COLUMN is needed (the column holding the comment's text)"
        }
    }
}

/// Why a row (or the whole file) of an import cannot be read, as parts, so the workbench and
/// the command line can say it in the user's language (Sources/ModeratApp/Strings/StoreErrorText+Import.swift);
/// `description` is the store's English. Names of columns and values are quoted as in the file.
public enum ImportProblem: Equatable, Sendable, CustomStringConvertible {
    case cannotOpen
    /// The operating system's reason, quoted.
    case cannotRead(String)
    case noHeader
    case notUTF8
    case fieldCount(expected: Int, found: Int, unclosedQuote: Bool)
    case missingColumns([String], header: [String])
    case emptyBody(column: String)
    case notATime(String, column: String)
    case notAnArray
    case endsInsideArray
    case textAfterArray
    case expectedObject(found: Character)
    /// The JSON parser's reason, quoted.
    case notJSON(String)
    case notAnObject
    case objectTooLong
    case endsInsideObject
    case noId
    case noBody(id: String)
    case noCreatedAt(id: String)
    case createdAtNotATime(String)
    case replyWithoutParent(id: String)
    case repliesToItself(id: String)
    case alignment(String)

    public var description: String {
        switch self {
        case .cannotOpen: return "cannot open"
        case .cannotRead(let reason): return "cannot read: \(reason)"
        case .noHeader: return "no header row"
        case .notUTF8: return "not valid UTF-8"
        case let .fieldCount(expected, found, unclosed):
            return "expected \(expected) fields as in the header, found \(found)" + (unclosed ? " (a quote that is never closed?)" : "")
        case let .missingColumns(missing, header):
            return "no column \(missing.map { "'\($0)'" }.joined(separator: ", ")) in the header (columns: \(header.joined(separator: ", ")))"
        case .emptyBody(let column): return "column '\(column)' (body) is empty"
        case let .notATime(value, column): return "'\(value)' in column '\(column)' is not a time (dd.mm.yyyy hh:mm or ISO 8601)"
        case .notAnArray: return "a Decidim JSON export starts with '[' (an array of comments)"
        case .endsInsideArray: return "the file ends inside the array (missing ']')"
        case .textAfterArray: return "unexpected text after the closing ']'"
        case .expectedObject(let found): return "expected a comment object '{', found '\(found)'"
        case .notJSON(let reason): return "not valid JSON: \(reason)"
        case .notAnObject: return "not a JSON object"
        case .objectTooLong: return "the object starting here does not end within 16 MB (an unclosed string or brace?)"
        case .endsInsideObject: return "the file ends inside the object starting here (an unclosed string or brace?)"
        case .noId: return "no id"
        case .noBody(let id): return "comment \(id) has no body"
        case .noCreatedAt(let id): return "comment \(id) has no created_at"
        case .createdAtNotATime(let value): return "created_at '\(value)' is not a time (ISO 8601 with offset, or dd.mm.yyyy hh:mm)"
        case .replyWithoutParent(let id): return "reply \(id) names no commentable_id"
        case .repliesToItself(let id): return "comment \(id) replies to itself"
        case .alignment(let value): return "alignment '\(value)' is not -1, 0 or 1"
        }
    }
}

import ModeratCore

/// Something a command or screen named that the database does not hold, kept as parts so the
/// app and the command line can say it in the user's language (Strings/StoreErrorText+Missing.swift);
/// `description` is the store's English.
public enum StoreMissing: Equatable, Sendable, CustomStringConvertible {
    case comment(Int64)
    /// A passage by its own id.
    case passage(Int64)
    /// `--passage N` of a comment that is not split.
    case notSplit(commentId: Int64)
    /// `--passage N` of a comment split into `count` passages, N not among them.
    case passageNumber(commentId: Int64, number: Int, count: Int)
    /// A group of comments considered together.
    case group(Int64)
    case meeting(Int64)
    case top(meetingId: Int64, number: Int)
    /// An agenda item by its own id.
    case agendaItem(Int64)
    case actionItem(Int64)
    /// A board slug not in the database, with the slugs that are.
    case board(String, known: [String])
    case noBoardYet
    case seat(Int64, board: String)
    case member(Int64, board: String)
    case term(Int64)
    case author(Int64)
    /// An author named by text (name, SOURCE:EXTERNAL_ID) that matches no one.
    case authorNamed(String)
    case process(String)
    case noProcessYet
    /// A project of the Vorhabenliste by its slug.
    case project(String)
    case noGuidelinesText(process: String)
    case guidelinesVersion(process: String, version: Int, known: [Int])

    public var description: String {
        switch self {
        case .comment(let id): return "There is no comment \(id)."
        case .passage(let id): return "There is no passage \(id)."
        case .notSplit(let id): return "Comment \(id) is not split into passages."
        case let .passageNumber(id, number, count): return "Comment \(id) has passages 1 to \(count), not \(number)."
        case .group(let id): return "There is no group \(id)."
        case .meeting(let id): return "There is no meeting \(id) (see `moderat meetings list`)."
        case let .top(meeting, number): return "Meeting \(meeting) has no TOP \(number)."
        case .agendaItem(let id): return "There is no agenda item \(id)."
        case .actionItem(let id): return "There is no action item \(id) (see `moderat actions list`)."
        case let .board(slug, known):
            return "There is no board '\(slug)' (boards here: \(known.isEmpty ? "none" : known.joined(separator: ", ")))."
        case .noBoardYet: return "This database has no advisory board yet."
        case let .seat(id, board): return "There is no seat #\(id) on \(board)."
        case let .member(id, board): return "There is no member #\(id) on \(board)."
        case .term(let id): return "There is no term #\(id)."
        case .author(let id): return "No author #\(id)."
        case .authorNamed(let text): return "No author \"\(text)\" (give the name as moderat shows it, #ID or SOURCE:EXTERNAL_ID)."
        case .process(let slug): return "There is no process '\(slug)' in this database."
        case .noProcessYet: return "This database has no participation process yet."
        case .project(let slug): return "There is no project '\(slug)' (see `moderat projects list`)."
        case .noGuidelinesText(let slug):
            return "Process '\(slug)' has no guidelines text yet (import one with `moderat guidelines import`)."
        case let .guidelinesVersion(slug, version, known):
            return "Process '\(slug)' has no text version \(version) (versions: \(known.map(String.init).joined(separator: ", ")))."
        }
    }
}

import Foundation
import ModeratCore

/// What can go wrong in the store, each case carrying what a person needs to fix it.
/// The command line maps them to sysexits codes (`exitCode`).
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A database written by a newer moderat; nothing was changed.
    case newerSchema(path: String, unknownMigrations: [String])
    /// A database of an older moderat opened read-only, so its schema could not be brought up
    /// to date (`missingMigrations` not applied); nothing was changed.
    case olderSchema(path: String, missingMigrations: [String])
    case missingFile(path: String)
    /// A file that cannot be created; `reason` is the operating system's text.
    case cannotCreate(path: String, reason: String)
    /// Not an SQLite file, or one with damaged pages; moderat left it as it was.
    case notADatabase(path: String, DatabaseDamage)
    /// A write on a database that is read-only for this account; nothing was changed.
    case readOnly(path: String, reason: ReadOnlyReason?)
    /// Another program held the write lock for `seconds` (or the user stopped waiting).
    case locked(path: String, seconds: Int, gaveUp: Bool)
    /// The disk (or the database's size limit) ran full; the transaction was rolled back.
    case diskFull(path: String)
    /// A failed read or write; `reason` is SQLite's or the operating system's text.
    case io(path: String, reason: String)
    /// A file (or the database file) and what went wrong with it, in moderat's own words.
    case file(path: String, FileProblem)
    /// Bad input: the option, argument or file that holds it, the line (0 when none) and
    /// what is wrong with it.
    case invalid(String, line: Int, InputProblem)
    /// An import file's row (or the file) cannot be read: the file, line (0 when unknown) and why.
    case importProblem(file: String, line: Int, ImportProblem)
    /// Someone else changed the row first (a consideration, a TOP's minutes).
    case conflict(StoreConflict)
    /// Someone else changed a comment first (or since the decision being undone); the
    /// parts are kept so the app can say it in the user's language.
    case commentChanged(CommentConflict, now: Date, undoing: Bool)
    /// The account's role (or its absence from the list) does not allow it; nothing was changed.
    case roleRefused(RoleRefusal)
    /// A decision the state machine or the reason list does not allow; nothing was changed.
    case decisionRefused(DecisionRefusal)
    /// A rule of the store refused it; nothing was changed.
    case refusal(StoreRefusal)
    /// Something named that the database does not hold.
    case notFound(StoreMissing)

    public var description: String {
        switch self {
        case let .newerSchema(path, unknown):
            return "\(path): written by a newer moderat (unknown schema migrations: \(unknown.joined(separator: ", "))); update moderat. The database was not changed."
        case let .olderSchema(path, missing):
            return "\(path): made by an older moderat and needs an upgrade (schema migrations not applied: \(missing.joined(separator: ", "))); "
                + "moderat upgrades it when an account that may write the file runs it, for example the administrator with "
                + "`moderat users list --db \(path)`. The database was not changed."
        case let .missingFile(path):
            return "\(path): no such database (create one with `moderat init` or `moderat demo`)"
        case let .cannotCreate(path, reason):
            return "\(path): cannot create: \(reason)"
        case let .notADatabase(path, damage):
            return "\(path): not a usable moderat database: \(damage). moderat did not change the file. "
                + "Run `moderat check --db \(path)` for details; restore a copy made with `moderat backup`, "
                + "or rescue what is readable with `sqlite3 \(path) .recover | sqlite3 rescued.db`."
        case let .readOnly(path, reason):
            return "\(path): the database is read-only" + (reason.map { " (\($0.description))" } ?? "") + "; nothing was changed"
        case let .locked(path, seconds, gaveUp):
            return gaveUp
                ? "\(path): stopped waiting for the database after \(seconds) s (locked by another program); nothing was changed"
                : "\(path): the database stayed locked by another program for \(seconds) s; nothing was changed"
        case let .diskFull(path):
            return "\(path): the disk is full; nothing was changed"
        case let .io(path, reason):
            return "\(path): \(reason)"
        case let .file(path, problem):
            return "\(path): \(problem.description)"
        case let .invalid(input, line, problem):
            return Self.located(input, line: line, problem.description)
        case let .importProblem(file, line, problem):
            return Self.located(file, line: line, problem.description)
        case .conflict(let conflict):
            return conflict.description
        case .notFound(let missing):
            return missing.description
        case .decisionRefused(let refusal):
            return refusal.description
        case .refusal(let refusal):
            return refusal.description
        case .roleRefused(let refusal):
            return refusal.description
        case let .commentChanged(conflict, now, undoing):
            return (undoing ? "Cannot undo: " : "") + conflict.message(now: now)
        }
    }

    /// "file:line: text", or "option: text" where there is no line.
    public static func located(_ input: String, line: Int, _ text: String) -> String {
        line > 0 ? "\(input):\(line): \(text)" : "\(input): \(text)"
    }

    /// The exit code a command ends with (sysexits.h).
    public var exitCode: Int32 {
        switch self {
        case .invalid, .importProblem: return 65
        case .missingFile: return 66
        case .cannotCreate: return 73
        case .newerSchema, .olderSchema, .notADatabase, .io, .diskFull: return 74
        case .locked: return 75
        case .readOnly: return 77
        case .conflict, .commentChanged, .refusal, .roleRefused, .notFound: return 1
        case .decisionRefused(let refusal): return refusal.exitCode
        case .file(_, let problem): return problem.exitCode
        }
    }
}

/// Why a file is no usable database, in parts, so the workbench and the command line say it
/// in the user's language (German in Strings/StoreErrorText+File.swift); `description` is the
/// store's English, which `moderat check`'s report prints as it does all its lines.
public enum DatabaseDamage: Equatable, Sendable, CustomStringConvertible {
    /// Not an SQLite file at all.
    case notSQLite
    /// SQLite found damaged pages; `system` is its own text.
    case damaged(system: String)
    /// Shorter than its header says: a copy was interrupted or the disk ran full.
    case cutShort(size: Int64, expected: Int64)
    /// Another refusal SQLite gave, quoted as it came.
    case unreadable(system: String)

    public var description: String {
        switch self {
        case .notSQLite: return "the file is not an SQLite database"
        case .damaged(let system): return "the file is damaged (\(system))"
        case let .cutShort(size, expected): return "the file is cut short (\(size) of \(expected) bytes): a copy was interrupted or the disk ran full"
        case .unreadable(let system): return system
        }
    }
}

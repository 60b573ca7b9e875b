/// What went wrong with the database or another file, in moderat's own words as parts, so
/// the workbench and the command line can say it in the user's language
/// (Strings/StoreErrorText+File.swift); `description` is the store's English. `system` is
/// the operating system's, SQLite's or the ZIP library's own text, quoted as it came.
/// `StoreError.file` names the file; its exit code is the problem's (73 or 74).
public indirect enum FileProblem: Equatable, Sendable, CustomStringConvertible {
    /// The file is there but cannot be read.
    case cannotRead
    /// A file moderat writes (the benchmark's CSV) cannot be created or written.
    case cannotWrite(system: String)
    /// A backup's destination exists and --overwrite was not given; nothing was changed.
    case backupExists
    /// A backup's destination is a directory.
    case isADirectory
    /// The folder a new database goes into cannot be made.
    case cannotCreateDirectory(String, system: String)
    /// The copy failed and was deleted.
    case backupFailed(system: String)
    /// The read-only connection that notices other programs' changes did not open.
    case changeWatcher(system: String)
    /// Asking whether another program changed the database failed.
    case changeCounter(system: String)
    /// A write transaction failed; it was rolled back.
    case writeFailed(system: String)
    /// A schema migration failed; it was rolled back.
    case migrationFailed(system: String)
    /// `moderat check` could not finish.
    case checkFailed(system: String)
    /// An erasure is committed but the WAL still holds old pages.
    case walNotEmptied(system: String)
    /// An erasure is committed but rebuilding the file failed (`cause`), so old copies of the
    /// erased text may remain; `rerun` is the command that finishes the job.
    case erasedNotRebuilt(cause: StoreError, rerun: String)
    /// A database from before the privacy migration: forget-author cannot pseudonymise.
    case noPrivacySalt
    /// An office document's ZIP archive came out empty.
    case archiveEmpty
    case archiveUnwritable(system: String)

    public var description: String {
        switch self {
        case .cannotRead: return "cannot read"
        case .cannotWrite(let system): return "cannot write: \(system)"
        case .backupExists: return "cannot create: already exists (use --overwrite to replace it); nothing was changed"
        case .isADirectory: return "cannot create: is a directory"
        case let .cannotCreateDirectory(dir, system): return "cannot create: cannot create directory \(dir): \(system)"
        case .backupFailed(let system): return "backup failed, no copy was left: \(system)"
        case .changeWatcher(let system): return "cannot open a change watcher: \(system)"
        case .changeCounter(let system): return "cannot read the change counter: \(system)"
        case .writeFailed(let system): return "nothing was changed: \(system)"
        case .migrationFailed(let system): return "schema migration failed, nothing changed: \(system)"
        case .checkFailed(let system): return "check failed: \(system)"
        case .walNotEmptied(let system): return "the data is erased but the WAL could not be emptied: \(system)"
        case let .erasedNotRebuilt(cause, rerun):
            return "the data is erased in the database, but the file could not be rebuilt (\(Self.english(cause))), "
                + "so old copies of the erased text may remain in unused parts of the database and its -wal. "
                + "Free disk space of the database's size and run `\(rerun)` again to finish; it changes nothing else."
        case .noPrivacySalt: return "the database has no privacy salt (schema older than 003-privacy)"
        case .archiveEmpty: return "the ZIP archive came out empty"
        case .archiveUnwritable(let system): return "cannot write the ZIP archive: \(system)"
        }
    }

    /// Why a rebuild failed: a full disk in four words, anything else as the store says it.
    private static func english(_ cause: StoreError) -> String {
        if case .diskFull = cause { return "the disk is full" }
        return cause.description
    }

    /// The exit code (sysexits.h): 73 when the file cannot be created, else 74.
    public var exitCode: Int32 {
        switch self {
        case .backupExists, .isADirectory, .cannotCreateDirectory: return 73
        default: return 74
        }
    }
}

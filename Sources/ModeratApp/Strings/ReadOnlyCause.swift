import ModeratStore

/// Why the workbench cannot change anything, as the banner and refusals say it.
public enum ReadOnlyCause: Sendable, Equatable {
    case fileNotWritable
    case folderNotWritable
    case readOnlyFileSystem
    /// The account is not on moderat's list of users.
    case accountNotListed

    public init(_ reason: ReadOnlyReason) {
        switch reason {
        case .fileNotWritable: self = .fileNotWritable
        case .folderNotWritable: self = .folderNotWritable
        case .readOnlyFileSystem: self = .readOnlyFileSystem
        }
    }
}

extension German {
    static func readOnlyCause(_ cause: ReadOnlyCause) -> String {
        switch cause {
        case .fileNotWritable: return "die Datei ist für dieses Konto schreibgeschützt"
        case .folderNotWritable: return "der Ordner der Datei ist für dieses Konto schreibgeschützt"
        case .readOnlyFileSystem: return "die Datei liegt auf einem schreibgeschützten Laufwerk"
        case .accountNotListed: return "Ihr Konto steht nicht in der Liste von moderat"
        }
    }
}

extension English {
    static func readOnlyCause(_ cause: ReadOnlyCause) -> String {
        switch cause {
        case .fileNotWritable: return "the file is not writable for this account"
        case .folderNotWritable: return "the file's folder is not writable for this account"
        case .readOnlyFileSystem: return "the file is on a read-only file system"
        case .accountNotListed: return "your account is not on moderat's list"
        }
    }
}

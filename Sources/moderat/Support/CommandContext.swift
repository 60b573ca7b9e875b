import ArgumentParser
import Foundation
import ModeratApp
import ModeratStore

/// What a command needs before it does anything: config, paths, the account, the database.
struct CommandContext {
    let paths: Paths
    let config: Config
    let account: String
    let databasePath: String
    /// The system-wide config the shared settings come from.
    let systemConfig: String
    /// The language of the command's messages (--lang, config, LANG).
    let messageLanguage: Language
    /// The process's environment, copied once: each copy cost a start 360,000 instructions.
    let environment: [String: String]

    /// `database` overrides --db, MODERAT_DB and config (`init NAME` names its own file).
    init(_ global: some GlobalValues, database: String? = nil) throws {
        let environment = ProcessInfo.processInfo.environment
        self.environment = environment
        let paths = Paths(environment: environment)
        let systemConfig = ConfigSources.systemPath(environment: environment)
        self.paths = paths
        self.systemConfig = systemConfig
        do {
            config = try SetgidGroup.asPerson { try ConfigSources.load(paths: paths, systemPath: systemConfig) }
        } catch let error as ConfigError {
            throw CommandFailure(.config(error), code: 65)
        }
        messageLanguage = Language.resolve(flag: global.lang, config: config.language, environment: environment)
        for warning in config.warnings { note("moderat: " + CommandText.configWarning(warning).words(messageLanguage)) }
        if let raw = environment["MODERAT_LOCK_TIMEOUT"],
           !(TimeInterval(raw).map { $0.isFinite && $0 >= 0 && $0 <= LockWait.maxLimit } ?? false) {
            throw CommandFailure(.lockTimeoutInvalid(raw, max: Int(LockWait.maxLimit)), code: 64)
        }
        account = SystemAccount.current(environment: environment)
        databasePath = database ?? paths.database(flag: global.db, config: config)
        // An installed moderat's group opens the shared databases only. --db, MODERAT_DB or a
        // person's config naming any other file get moderat without it, as the person.
        if !SetgidGroup.isShared(databasePath) { SetgidGroup.dropForGood() }
        try refuseMissingSidecars()
    }

    /// A shared database whose -wal or -shm is missing: SQLite would create it, and it would
    /// belong to this person, who could then write pages into it past moderat.
    func refuseMissingSidecars() throws {
        guard SetgidGroup.isActive, getuid() != 0, FileManager.default.fileExists(atPath: databasePath) else { return }
        let missing = ["-wal", "-shm"].filter { !FileManager.default.fileExists(atPath: databasePath + $0) }
        guard !missing.isEmpty else { return }
        throw CommandFailure(.sidecarsMissing(path: databasePath, missing), code: 77)
    }

    /// The language of messages and documents: --lang, then config, then LANG (German when
    /// nothing says otherwise), the same for the workbench and every export.
    func language(_ global: some GlobalValues) -> Language {
        Language.resolve(flag: global.lang, config: config.language, environment: environment)
    }

    /// The same choice for the store's documents.
    func exportLanguage(_ global: some GlobalValues) -> ExportLanguage {
        language(global) == .en ? .en : .de
    }

    /// Opens the database; `create` makes a new one where there is none. A read-only open of
    /// a file an older moderat made upgrades it first where this account may write it, and
    /// otherwise refuses it (`StoreError.olderSchema`) rather than fail on a missing table;
    /// `asFound` takes it as it is (a backup copies the file unchanged).
    func open(create: Bool = false, readOnly: Bool = false, asFound: Bool = false) throws -> ModeratDatabase {
        try refuseCreatingShared(create: create)
        try DatabaseFileCheck.verify(databasePath, account: account, creating: create)
        return try CommandFailure.wrap {
            var database = try openDatabase(create: create, readOnly: readOnly)
            if !database.missingMigrations.isEmpty && !asFound {
                if readOnly {
                    // Opening it for writing migrates it, if this account may write it.
                    let upgraded = try openDatabase(create: false, readOnly: false)
                    try upgraded.requireCurrentSchema()
                    upgraded.close()
                    database = try openDatabase(create: false, readOnly: true)
                }
                try database.requireCurrentSchema()
            }
            // A new database lists its creator as admin; an existing one may turn strangers away.
            if !create { try refuseUnlistedAccount(database) }
            try applyConfiguredReasons(database)
            return database
        }
    }

    private func openDatabase(create: Bool, readOnly: Bool) throws -> ModeratDatabase {
        try ModeratDatabase.open(path: databasePath, create: create, readOnly: readOnly,
                                 lockWatcher: LockWaitNotice.watcher(path: databasePath, language: messageLanguage, environment: environment))
    }

    /// Opens the database for a command that writes, as this account.
    func openStore() throws -> Store {
        Store(database: try open(), account: account)
    }

    /// A new file in the shared folder would belong to whoever made it; only the administrator
    /// (root, through `moderat init NAME`) creates shared databases.
    func refuseCreatingShared(create: Bool) throws {
        guard create, SetgidGroup.isActive, getuid() != 0,
              !FileManager.default.fileExists(atPath: databasePath) else { return }
        throw CommandFailure(.createSharedRefused(path: databasePath, folder: SetgidGroup.sharedDirectory), code: 77)
    }

    /// With `unknown_accounts: refuse`, an account not on moderat's list of users gets
    /// nothing, not even reading (the default, read-only, lets it read).
    func refuseUnlistedAccount(_ database: ModeratDatabase) throws {
        guard config.unknownAccounts == .refuse else { return }
        let store = Store(database: database, account: account)
        if try CommandFailure.wrap({ try store.currentModerator() }) == nil {
            throw CommandFailure(.accountNotListed(path: database.path, account: account), code: 77)
        }
    }

    /// Reason codes from the system-wide config join (or relabel) the database's, written
    /// only when something differs (so opening moderat does not disturb other sessions) and
    /// with an audit event naming the file.
    func applyConfiguredReasons(_ database: ModeratDatabase) throws {
        guard !config.reasons.isEmpty, !database.isReadOnly else { return }
        let stored = try Setup.reasons(database)
        let missing = config.reasons.filter { wanted in !stored.contains(wanted) }
        if !missing.isEmpty { try Setup.applyReasons(database, missing, actor: account, source: systemConfig) }
    }
}

/// A failure that ends a command: its text goes to stderr in the user's language, the code
/// is the exit status.
struct CommandFailure: Error {
    let text: CommandText
    let code: Int32

    init(_ text: CommandText, code: Int32) {
        self.text = text
        self.code = code
    }

    /// A store error, with its sysexits code.
    init(_ error: StoreError) {
        self.init(.storeError(error), code: error.exitCode)
    }

    /// Runs `body`, turning store errors into failures with their sysexits code.
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw CommandFailure(error)
        }
    }

    /// The same for an import of `file`: a full disk is said in the import's words.
    static func wrap<T>(importing file: String, _ body: () throws -> T) throws -> T {
        try wrap {
            do {
                return try body()
            } catch let error as StoreError {
                guard case .diskFull(let path) = error else { throw error }
                throw CommandFailure(.importDiskFull(path: path, file: file), code: error.exitCode)
            }
        }
    }
}

/// Runs a command body, printing a failure as `moderat: message` in the language of
/// `global` and exiting with its code.
func runReporting(_ global: some GlobalValues, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        TerminalOutput.tryWrite("moderat: \(failure.text.words(global.messageLanguage))\n", to: .error)
        throw ExitCode(failure.code)
    } catch let error as StoreError {
        TerminalOutput.tryWrite("moderat: \(CommandText.storeError(error).words(global.messageLanguage))\n", to: .error)
        throw ExitCode(error.exitCode)
    } catch let error as UnknownStoredValue {
        // A value this moderat cannot read (a newer one wrote it): bad data, exit 65.
        TerminalOutput.tryWrite("moderat: \(Localizer(global.messageLanguage).error(error))\n", to: .error)
        throw ExitCode(65)
    }
}

extension GlobalOptions {
    /// A confirmation on standard output, in the user's language.
    func say(_ text: CommandText) {
        moderat.say(text.words(messageLanguage))
    }

    /// A note on stderr, in the user's language.
    func note(_ text: CommandText) {
        moderat.note(text.words(messageLanguage))
    }
}

/// Standard output, one line at a time (masked on a terminal).
func say(_ line: String) {
    TerminalOutput.tryWrite(line + "\n", to: .output)
}

/// A note on stderr (masked on a terminal).
func note(_ line: String) {
    TerminalOutput.tryWrite(line + "\n", to: .error)
}

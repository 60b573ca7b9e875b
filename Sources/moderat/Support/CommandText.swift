import Foundation
import ModeratApp
import ModeratCore
import ModeratSamples
import ModeratStore
import TerminalKit

/// What every command says in the user's language (--lang, config, LANG, as the workbench):
/// its failures and its confirmations. German in CommandText+German.swift, English in
/// CommandText+English.swift, both exhaustive. Machine output (JSON, CSV, table headings) is
/// not worded here and stays the same in both languages.
enum CommandText {
    /// A store error, in the workbench's words for it (Strings/StoreErrorText.swift).
    case storeError(StoreError)
    /// `moderat decide`'s own words.
    case decide(DecideText)
    /// A shared setting in a person's own config, ignored.
    case configWarning(ConfigWarning)
    /// A config file moderat cannot use: its file, line and problem.
    case config(ConfigError)
    /// A terminal the workbench cannot use (CommandText+Terminal.swift).
    case terminal(TerminalError)
    /// No --process among several, or a guidelines import that would untag comments.
    case guidelines(GuidelinesImportError)
    case demoBuilt(path: String, DemoSummary, seconds: Double)
    case demoInShared(path: String, folder: String)
    /// `demo --db` naming a file that is not an (untouched) demo.
    case notADemo(String, untouchedOnly: Bool)
    /// The demo or the benchmark refusing to fill a database (CommandText+Samples.swift).
    case sampleRefused(SampleRefusal)
    // Before the database is opened
    case lockTimeoutInvalid(String, max: Int)
    case sidecarsMissing(path: String, [String])
    case createSharedRefused(path: String, folder: String)
    case accountNotListed(path: String, account: String)
    case isDirectoryNotDatabase(String)
    case mayNotRead(path: String, account: String)
    case emptyFile(String)
    case importDiskFull(path: String, file: String)
    case noSuchFile(String)
    // Import (CommandText+Import.swift)
    case imported(ImportReport)
    case importPreview(ImportReport)
    case importSkipped(path: String, line: Int, ImportProblem)
    /// A `--map` of `import csv` to fix.
    case importMap(CSVMappingError)
    // Output files
    case outputIsDirectory(String)
    case unknownDocumentFormat(String)
    case binaryNeedsFile(format: String)
    case standardOutput(reason: String)
    case cannotCreate(path: String, reason: String?)
    case cannotRead(path: String, reason: String)
    case writeFailed(path: String?, reason: String)
    case sharedFile(path: String, SharedFileStep, reason: String)
    case wrote(String)
    case wroteDecisions(String, count: Int)
    case wroteGuidelines(String, sections: Int, published: Int)
    case wroteProjects(String, count: Int)
    case wroteSynopsis(String, sections: Int, entries: Int, considered: Int)
    case wroteAbwaegung(String, rows: Int)
    case similarityRebuilt(compared: Int, groups: Int)
    case projectAdded(String)
    case projectChanged(String, fields: [String])
    case processLinked(String, project: String)
    // init, backup, check, doctor
    case alreadyExists(String)
    case notADatabaseName(String)
    case onlyRootCreatesShared(path: String, name: String)
    case noSharedFolder(String)
    case noGroup(String)
    case noAccount(String)
    case created(path: String, admin: String)
    case backedUp(from: String, to: String)
    case checkFailed(path: String, damage: DatabaseDamage?)
    case doctorResult(problems: Int)
    // Comments: queue, tag, consider
    case noSuchGuidelineSection(String)
    /// `--search` over a bound, in the workbench's words.
    case searchRefused(SearchRefusal)
    case noSuchSectionInProcess(option: String, code: String, comment: Int64, known: [String]?)
    case tagged(Int64, sections: [String])
    case considered(key: String, ConsiderationOutcome, ConsiderationState, version: Int)
    // Meetings and minutes
    case finalizeConcerns(meeting: Int64, [FinalizeConcern])
    case minutesFinal(Int64)
    case meetingDetailsSet(Int64)
    case meetingTop(Int64, number: Int)
    case meetingGuest(Int64, guest: Int64)
    case attendance(meeting: Int64, member: String, AttendanceStatus, standingInFor: String?)
    case actionDone(Int64, day: String?)
    case actionOpen(Int64)
    // Roster
    case rosterInvalid(errors: Int)
    /// `roster check`: its summary line, a vacant seat, an error or warning.
    case rosterChecked(board: String, slug: String, day: CalendarDay, seats: Int, vacant: Int, errors: Int, warnings: Int)
    case rosterVacant(String)
    /// `roster draw`'s report (the command to check it is quoted as it is).
    case drawHeading(String, from: CalendarDay, to: CalendarDay?)
    case drawSeed(UInt64)
    case drawApplicants(Int, path: String, sha256: String)
    case drawEligible(Int, minAge: Int?, underAge: Int, parity: Bool)
    case drawAlgorithm(String)
    case drawMembers, drawSubstitutes
    /// "  1. Anna Alt (f, line 2) – Einwohnersitz 1"; a substitute has no seat.
    case drawPlaced(String, String, gender: String, line: Int, seat: String?)
    case drawDryRun
    case drawRecorded(members: Int, auditId: Int64)
    case drawCheckIt(String)
    case rosterIssue(RosterIssue)
    /// A refusal of the lot draw or the roster's rules (CommandText+RosterDraw.swift).
    case roster(RosterFailure)
    case noSeatGroup(String, board: String, known: String)
    case groupNotByLot(String, rule: String)
    case tooFewSeats(Int, rule: String, has: Int)
    // People and privacy
    case userAdded(String, role: String)
    case userRestored(String, role: String)
    case userRole(String, from: String, to: String)
    case userRemoved(String)
    case userMarkedRemoved(String)
    case authorErased(AuthorErasure, dryRun: Bool)
    case purged(PurgeResult, dryRun: Bool)
    case walNotEmptied(String)
    case walEmptied(String)
    case lockWaiting(path: String, limit: Int)
    case benchFailed(String)

    /// The steps of giving a shared file to root and the group.
    enum SharedFileStep {
        case create, chown(group: String), chmod
    }

    func words(_ language: Language) -> String {
        switch language {
        case .de: return german
        case .en: return english
        }
    }
}

extension GlobalValues {
    /// The language of a command's messages: --lang, then config, then LANG. Read when a
    /// message is said, so a failure before or while loading the config is still worded.
    var messageLanguage: Language {
        let config = try? SetgidGroup.asPerson { try ConfigSources.load(paths: Paths(), systemPath: ConfigSources.systemPath()) }
        return Language.resolve(flag: lang, config: config?.language, environment: ProcessInfo.processInfo.environment)
    }
}

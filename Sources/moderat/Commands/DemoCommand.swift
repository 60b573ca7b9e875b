import ArgumentParser
import Foundation
import ModeratApp
import ModeratSamples
import ModeratStore

/// `moderat demo`: builds a realistic German demo database and opens the workbench on it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build the demo database (a guidelines consultation, the advisory board, projects, meetings) and open it.",
        discussion: "Without --db the demo lives in $XDG_DATA_HOME/moderat/demo.db and is rebuilt each time (unless it holds more than demo data). An existing --db file is only replaced when it is a demo nobody has changed; anything else is refused (73) and left as it was."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Only build the database; do not open the workbench.")
    var noTui = false

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let path = global.db ?? context.paths.demoDatabase
            // The demo is the person's own file; it never goes into the shared folder.
            if SetgidGroup.isShared(path), SetgidGroup.isActive, getuid() != 0 {
                throw CommandFailure(.demoInShared(path: path, folder: SetgidGroup.sharedDirectory), code: 77)
            }
            if !SetgidGroup.isShared(path) { SetgidGroup.dropForGood() }
            // The default demo is moderat's own file and may have been played with; a --db
            // may be anything, so only an untouched demo there is replaced.
            try DemoFile.removeIfDemo(path, untouchedOnly: global.db != nil)
            let database = try CommandFailure.wrap { try ModeratDatabase.open(path: path, create: true) }
            let started = Date()
            let summary = try CommandFailure.wrap {
                try DemoDatabase.populate(database, currentAccount: context.account, now: Date())
            }
            let seconds = Date().timeIntervalSince(started)
            note("moderat: " + CommandText.demoBuilt(path: path, summary, seconds: seconds).words(context.messageLanguage))
            if !noTui {
                try TUILauncher.launch(database: database, context: context, global: global)
            }
        }
    }
}

/// Replacing a demo file is safe; replacing someone's real moderation work is not.
enum DemoFile {
    static func removeIfDemo(_ path: String, untouchedOnly: Bool) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let refusal = CommandFailure(.notADemo(path, untouchedOnly: untouchedOnly), code: 73)
        let isDemo: Bool
        do {
            let existing = try ModeratDatabase.open(path: path, readOnly: true)
            isDemo = try existing.holdsOnlyDemoData(untouched: untouchedOnly)
        } catch {
            // Not a moderat database at all (empty, damaged, another program's): not ours to delete.
            throw refusal
        }
        guard isDemo else { throw refusal }
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

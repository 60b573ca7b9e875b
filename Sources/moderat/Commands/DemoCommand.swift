import ArgumentParser
import Foundation
import ModeratApp
import ModeratStore

/// `moderat demo`: builds a realistic German demo database and opens the workbench on it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build the demo database (a guidelines consultation, the advisory board, projects, meetings) and open it.",
        discussion: "Without --db the demo lives in $XDG_DATA_HOME/moderat/demo.db and is rebuilt each time. An existing file is only replaced when it holds nothing but demo data."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Only build the database; do not open the workbench.")
    var noTui = false

    func run() throws {
        try runReporting {
            let context = try CommandContext(global)
            let path = global.db ?? context.paths.demoDatabase
            try DemoFile.removeIfDemo(path)
            let database = try CommandFailure.wrap { try ModeratDatabase.open(path: path, create: true) }
            let started = Date()
            let summary = try CommandFailure.wrap {
                try DemoDatabase.populate(database, currentAccount: context.account, now: Date())
            }
            let seconds = Date().timeIntervalSince(started)
            note("moderat: demo database \(path): \(summary) in \(String(format: "%.1f", seconds)) s")
            if !noTui {
                try TUILauncher.launch(database: database, context: context, global: global)
            }
        }
    }
}

/// Replacing a demo file is safe; replacing someone's real moderation work is not.
enum DemoFile {
    static func removeIfDemo(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let isDemo = try CommandFailure.wrap { () throws -> Bool in
            let existing = try ModeratDatabase.open(path: path, readOnly: true)
            return try existing.holdsOnlyDemoData()
        }
        guard isDemo else {
            throw CommandFailure(message: "\(path): holds data that is not demo data; not replacing it (choose another --db)", code: 73)
        }
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

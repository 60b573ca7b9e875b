import ArgumentParser
import Foundation
import ModeratApp
import ModeratStore

/// The `moderat` command: with no subcommand it opens the moderation workbench.
@main
struct Moderat: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "moderat",
        abstract: "A terminal workbench for moderating citizen participation.",
        discussion: "Without a subcommand, moderat opens the full-screen workbench on the configured database.",
        version: version,
        subcommands: [InitCommand.self, DemoCommand.self, CheckCommand.self, BackupCommand.self, QueueCommand.self, DecideCommand.self, KeysCommand.self, BenchCommand.self, RosterCommand.self, GuidelinesCommand.self, ExportCommand.self, ImportCommand.self, MeetingsCommand.self, ActionsCommand.self, MinutesCommand.self, ProjectsCommand.self, ReportCommand.self, UsersCommand.self, AuditCommand.self, ForgetAuthorCommand.self, PurgeCommand.self, SuggestCommand.self, GroupsCommand.self, WavesCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try runReporting {
            let context = try CommandContext(global)
            let database = try context.open()
            try TUILauncher.launch(database: database, context: context, global: global)
        }
    }
}

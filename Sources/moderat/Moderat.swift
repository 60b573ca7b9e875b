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
        subcommands: [InitCommand.self, DemoCommand.self, CheckCommand.self, DoctorCommand.self, BackupCommand.self, QueueCommand.self, DecideCommand.self, ConsiderCommand.self, TagCommand.self, KeysCommand.self, BenchCommand.self, RosterCommand.self, GuidelinesCommand.self, ExportCommand.self, ImportCommand.self, MeetingsCommand.self, ActionsCommand.self, MinutesCommand.self, ProjectsCommand.self, ReportCommand.self, UsersCommand.self, AuditCommand.self, ForgetAuthorCommand.self, PurgeCommand.self, SuggestCommand.self, GroupsCommand.self, WavesCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    /// ArgumentParser's own `main`, except that its messages (which quote the arguments)
    /// pass the one output rule like every other message, and its usage errors are said in
    /// the user's language (`UsageErrorText`).
    static func main() {
        do {
            if let global = WorkbenchArguments.parse(CommandLine.arguments.dropFirst()) {
                // Not through a `Moderat()`: its option wrappers would be made a second time.
                try openWorkbench(global)
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if code == .validationFailure {
                message = UsageErrorText.full(message, message: Self.message(for: error), UsageLanguage.resolve(CommandLine.arguments.dropFirst()))
            }
            if !message.isEmpty {
                TerminalOutput.tryWrite(message + "\n", to: code == .success ? .output : .error)
            }
            Foundation.exit(code.rawValue)
        }
    }

    func run() throws {
        try Self.openWorkbench(global)
    }

    /// The workbench on the database `global` names (the command without a subcommand).
    static func openWorkbench(_ global: some GlobalValues) throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open()
            try TUILauncher.launch(database: database, context: context, global: global)
        }
    }
}

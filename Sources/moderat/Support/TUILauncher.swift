import ArgumentParser
import Foundation
import ModeratApp
import ModeratStore
import TerminalKit

/// Opens the workbench for a command (the bare `moderat` and `moderat demo`).
enum TUILauncher {
    static func launch(database: ModeratDatabase, context: CommandContext, global: some GlobalValues) throws {
        let settings = AppSettings(
            language: context.language(global),
            themeName: global.theme ?? context.config.theme ?? "default",
            mouse: context.config.mouse,
            environment: context.environment)
        try context.refuseUnlistedAccount(database)
        let store = Store(database: database, account: context.account)
        let signal: Int32?
        do {
            signal = try AppRunner.run(store: store, settings: settings)
        } catch let error as TerminalError {
            throw CommandFailure(.terminal(error), code: error.exitCode)
        }
        // Ended by SIGTERM/SIGHUP/SIGINT: drafts are saved, the terminal is restored.
        if let signal { throw ExitCode(128 + signal) }
    }
}

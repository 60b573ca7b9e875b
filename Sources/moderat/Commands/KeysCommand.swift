import Foundation
import ArgumentParser
import ModeratApp

/// `moderat keys`: every key binding of the workbench, as a Markdown table.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print every key binding of the workbench (Markdown table)."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = Language.resolve(flag: global.lang, config: nil, environment: ProcessInfo.processInfo.environment)
        print(KeyReference.markdown(language), terminator: "")
    }
}

import ArgumentParser

/// `moderat guidelines`: the guidelines text behind the sections comments are tagged to.
struct GuidelinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guidelines",
        abstract: "The guidelines text: import it (or a revised version) as sections.",
        subcommands: [GuidelinesImportCommand.self]
    )
}

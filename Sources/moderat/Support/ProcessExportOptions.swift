import ArgumentParser

/// The options of every export of one participation process (`export guidelines`,
/// `export abwaegung`, `export synopsis`): which process, and where to write.
struct ProcessExportOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The participation process (default: the only one).", valueName: "slug"))
    var process: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
}

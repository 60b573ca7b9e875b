import ArgumentParser

/// The options of every export of one participation process (`export guidelines`,
/// `export abwaegung`, `export synopsis`): which process, and where to write.
struct ProcessExportOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The participation process (default: the only one).", valueName: "slug"))
    var process: String?

    @OptionGroup var destination: OutputOption
    var output: String? { destination.output }
}

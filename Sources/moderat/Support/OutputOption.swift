import ArgumentParser

/// `-o/--output FILE` of every command that writes a document: where it goes instead of
/// standard output.
struct OutputOption: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
}

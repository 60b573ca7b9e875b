import ArgumentParser

/// `moderat import`: comments from a participation platform or any CSV.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import comments (Decidim's export, or any CSV with a column map).",
        subcommands: [ImportDecidimCommand.self, ImportCSVCommand.self]
    )
}

/// Options both import commands share.
struct ImportCommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The participation process (created with the slug as title if new; default: from the thread's URL, else 'import').", valueName: "slug"))
    var process: String?

    @Flag(name: .long, help: "Skip malformed rows (each is listed on stderr as file:line: reason) instead of stopping.")
    var skipBad = false

    @Flag(name: .long, help: "Show what would be imported without writing anything.")
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp("The CSV separator, ';' or ',' (default: guessed from the header line).", valueName: "char"))
    var delimiter: String?

    /// Only for measuring what detection costs an import; groups and waves then miss these comments until `groups --rebuild`.
    @Flag(name: .long, help: .hidden)
    var noDetection = false

    func validate() throws {
        if let delimiter, delimiter != ";", delimiter != "," {
            throw OptionProblem.delimiter.usageError
        }
    }

    var delimiterScalar: UnicodeScalar? { delimiter?.unicodeScalars.first }
}

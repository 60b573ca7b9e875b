import ArgumentParser

/// `moderat export`: documents for publication.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export documents for publication.",
        subcommands: [ExportGuidelinesCommand.self, ExportDecisionsCommand.self, ExportSynopsisCommand.self, ExportAbwaegungCommand.self]
    )
}

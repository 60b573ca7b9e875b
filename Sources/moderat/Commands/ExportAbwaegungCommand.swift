import ArgumentParser
import Foundation
import ModeratStore

/// `moderat export abwaegung`: the Abwägungstabelle.
struct ExportAbwaegungCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "abwaegung",
        abstract: "The Abwägungstabelle: one row per comment or passage with number, section, text, outcome and rationale.",
        discussion: """
            Sorted by section (the latest text's order); members of a group considered together each get a row \
            with the group's outcome. Anonymous: no author is named. CSV is ";"-separated with the outcome as code \
            and label. Labels follow --lang. Exit status: 0 written, 1 no such process, 64 usage, 73 cannot create \
            the output file, 74 I/O.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, html, odt, docx
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "csv, html, odt or docx.")
    var format: Format = .csv

    @Option(name: .long, help: ArgumentHelp("The participation process (default: the only one).", valueName: "slug"))
    var process: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            let language = context.exportLanguage(global)
            let table = try ExportProcess.wrap { try database.abwaegung(processSlug: process, language: language) }
            if format == .csv {
                try writeOutput(table.csv(language: language), to: output)
            } else {
                try writeDocument(table.document(language: language, asOf: Date()), format: format.rawValue, to: output)
            }
            guard let output else { return }
            FileHandle.standardError.write(Data("wrote \(output) (\(table.rows.count) rows)\n".utf8))
        }
    }
}

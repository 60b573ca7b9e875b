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

    @OptionGroup var options: ProcessExportOptions

    @Option(name: .long, help: "csv, html, odt or docx.")
    var format: Format = .csv

    func run() throws {
        try runExport(global) { database, language in
            let table = try ExportProcess.wrap { try database.abwaegung(processSlug: options.process, language: language) }
            if format == .csv {
                try writeOutput(table.csv(language: language), to: options.output)
            } else {
                try writeDocument(table.document(language: language, asOf: Date()), format: format.rawValue, to: options.output)
            }
            guard let output = options.output else { return }
            global.note(.wroteAbwaegung(output, rows: table.rows.count))
        }
    }
}

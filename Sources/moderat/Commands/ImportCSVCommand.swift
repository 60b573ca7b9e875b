import ArgumentParser
import Foundation
import ModeratStore

/// `moderat import csv FILE --map body=Text,...`: any CSV with a header.
struct ImportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Import any CSV with a header row (paper submissions, another platform's export).",
        discussion: """
            --map names the column for each field: body (required), id, author, author_id, created_at \
            (dd.mm.yyyy hh:mm in Berlin time, or ISO 8601), locale, alignment (-1, 0, 1), parent (the id \
            of the comment replied to). Without an id column a row is recognised by its author, date and \
            text, so importing the file again adds nothing. Exit status as for `import decidim`.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var common: ImportCommonOptions

    @Argument(help: ArgumentHelp("The CSV file (UTF-8, with a header row).", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("field=Column pairs, e.g. body=Text,author=Name,created_at=Datum.", valueName: "map"))
    var map: String

    @Option(name: .long, help: ArgumentHelp("Where the ids come from, kept apart from other sources (default: csv).", valueName: "name"))
    var source: String = "csv"

    func run() throws {
        try runReporting(global) {
            let mapping: CSVMapping
            do {
                mapping = try CSVMapping(map)
            } catch let error as CSVMappingError {
                throw CommandFailure(.importMap(error), code: 64)
            }
            try ImportRun.run(ImportOptions(path: file, format: .csv(mapping), source: source, processSlug: common.process,
                                            skipBad: common.skipBad, dryRun: common.dryRun, delimiter: common.delimiterScalar),
                              global: global, detects: !common.noDetection)
        }
    }
}

import ArgumentParser
import Foundation
import ModeratStore

/// `moderat export synopsis`: the Synopse (kommentierte Fassung) for publication.
struct ExportSynopsisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synopsis",
        abstract: "The Synopse: each section's draft and final text with the changes marked, the comments on it with outcome and rationale.",
        discussion: """
            Compares two imported versions of the guidelines (default: the first and the latest). Deleted words are \
            struck through, inserted ones underlined (Markdown: ~~deleted~~ <ins>inserted</ins>). Contents with the \
            number of comments per outcome, and the press figure "N Anmerkungen, davon M ganz oder teilweise übernommen". \
            Authors appear as "Teilnehmer/in N" unless --with-names. Labels follow --lang. \
            Exit status: 0 written, 1 no such process or version, 64 usage, 73 cannot create the output file, 74 I/O.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, odt, docx
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var options: ProcessExportOptions

    @Option(name: .long, help: "md, html, odt or docx.")
    var format: Format = .md

    @Option(name: .long, help: ArgumentHelp("The draft's text version (default: the first).", valueName: "n"))
    var from: Int?

    @Option(name: .long, help: ArgumentHelp("The final text version (default: the latest).", valueName: "n"))
    var to: Int?

    @Flag(name: .long, help: "Authors' names instead of pseudonyms (not for publication).")
    var withNames = false

    func run() throws {
        try runExport(global) { database, language in
            let synopsis = try ExportProcess.wrap {
                try database.synopsis(processSlug: options.process, from: from, to: to, withNames: withNames, language: language)
            }
            let document = SynopsisDocument.build(synopsis, language: language, asOf: Date())
            try writeDocument(document, format: format.rawValue, to: options.output)
            guard let output = options.output else { return }
            global.note(.wroteSynopsis(output, sections: synopsis.sections.count, entries: synopsis.progress.total,
                                        considered: synopsis.progress.considered))
        }
    }
}

/// Process lookups of the exports: an ambiguous process is a usage error (name one with --process).
enum ExportProcess {
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try CommandFailure.wrap(body)
        } catch let error as GuidelinesImportError {
            throw CommandFailure(.guidelines(error), code: 64)
        }
    }
}

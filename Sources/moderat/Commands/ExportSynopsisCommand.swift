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

    @Option(name: .long, help: "md, html, odt or docx.")
    var format: Format = .md

    @Option(name: .long, help: ArgumentHelp("The participation process (default: the only one).", valueName: "slug"))
    var process: String?

    @Option(name: .long, help: ArgumentHelp("The draft's text version (default: the first).", valueName: "n"))
    var from: Int?

    @Option(name: .long, help: ArgumentHelp("The final text version (default: the latest).", valueName: "n"))
    var to: Int?

    @Flag(name: .long, help: "Authors' names instead of pseudonyms (not for publication).")
    var withNames = false

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            let language = context.exportLanguage(global)
            let synopsis = try ExportProcess.wrap {
                try database.synopsis(processSlug: process, from: from, to: to, withNames: withNames, language: language)
            }
            let document = SynopsisDocument.build(synopsis, language: language, asOf: Date())
            try writeDocument(document, format: format.rawValue, to: output)
            guard let output else { return }
            FileHandle.standardError.write(Data("wrote \(output) (\(synopsis.sections.count) sections, \(synopsis.progress.total) comments and passages, \(synopsis.progress.considered) considered)\n".utf8))
        }
    }
}

/// Process lookups of the exports: an ambiguous process is a usage error (name one with --process).
enum ExportProcess {
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try CommandFailure.wrap(body)
        } catch let error as GuidelinesImportError {
            throw CommandFailure(message: error.description, code: 64)
        }
    }
}

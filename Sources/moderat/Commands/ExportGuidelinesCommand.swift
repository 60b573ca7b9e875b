import ArgumentParser
import Foundation
import ModeratStore

/// `moderat export guidelines`: the commented guidelines as the city publishes them.
struct ExportGuidelinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guidelines",
        abstract: "The commented guidelines: each section's text with its approved comments and answers.",
        discussion: """
            Authors appear as pseudonyms ("Teilnehmer/in 3", numbered by their first approved comment); \
            rejected comments never appear, only how many per reason. HTML is one self-contained file \
            with inline CSS that also prints well. Labels follow --lang, then config, then LANG (German when none says otherwise). \
            Exit status: 0 written, 1 no such process, 64 usage, 73 cannot create the output file, 74 I/O.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var options: ProcessExportOptions

    @Option(name: .long, help: "md or html.")
    var format: Format = .md

    func run() throws {
        try runExport(global) { database, language in
            let document: CommentedGuidelines
            do {
                document = try CommandFailure.wrap { try database.commentedGuidelines(processSlug: options.process, language: language) }
            } catch let error as GuidelinesImportError {
                throw CommandFailure(.guidelines(error), code: 64)
            }
            let text = switch format {
            case .md: GuidelinesMarkdown.render(document, language: language, asOf: Date())
            case .html: GuidelinesHTML.render(document, language: language, asOf: Date())
            }
            try writeOutput(text, to: options.output)
            guard let output = options.output else { return }
            global.note(.wroteGuidelines(output, sections: document.sections.count, published: document.totals.approved))
        }
    }
}

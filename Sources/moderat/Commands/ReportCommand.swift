import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat report`: the evaluation figures of the participation.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Evaluation report: comments per process, section and week, approval and rejection rates and reasons, decision times, answers, open action items.",
        discussion: """
            Rates are of approved and rejected comments (held ones are not decided). Decision time runs from a \
            comment's arrival (created_at) to its decision (decided_at): median, and 90th percentile by nearest rank. \
            HTML is one self-contained file with inline SVG bar charts. Labels follow --lang, then config, then LANG (German when none says otherwise).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "text, json or html.")
    var format: Format = .text

    @OptionGroup var destination: OutputOption
    var output: String? { destination.output }

    func run() throws {
        try runExport(global) { database, language in
            let text = try CommandFailure.wrap {
                try ReportDocument.render(try database.reportFigures(), format: ReportDocument.Format(rawValue: format.rawValue) ?? .text,
                                          language: language, asOf: Date())
            }
            try writeOutput(format == .json ? MachineText.escapingInvisibles(text) : text, to: output)
            if let output { global.note(.wrote(output)) }
        }
    }
}

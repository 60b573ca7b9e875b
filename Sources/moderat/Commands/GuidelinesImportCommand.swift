import ArgumentParser
import Foundation
import ModeratApp
import ModeratStore

/// `moderat guidelines import FILE.md`: headings become sections; a revised text updates them by id.
struct GuidelinesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a Markdown guidelines text as sections (headings → sections; ids like C1 from the headings).",
        discussion: """
            Re-importing a revised text updates sections by id, keeps their tags and reports what was \
            added, changed and removed. Removing a section that has tagged comments needs --force. \
            A failed import changes nothing. Exit status: 0 imported, 1 refused (nothing written), \
            64 usage, 65 bad input (file:line), 66 no such file, 74 database error.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The guidelines as Markdown (UTF-8).", valueName: "file.md"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The participation process (created if new; default: the only one, or 'leitlinien').", valueName: "slug"))
    var process: String?

    @Flag(name: .long, help: "Remove sections that comments are tagged to (the comments lose that tag).")
    var force = false

    @Flag(name: .long, help: "Report what would change without writing anything.")
    var dryRun = false

    func run() throws {
        try runReporting(global) {
            let data: Data
            do {
                data = try SetgidGroup.asPerson { try Data(contentsOf: URL(fileURLWithPath: file)) }
            } catch {
                guard SetgidGroup.asPerson({ FileManager.default.fileExists(atPath: file) }) else { throw CommandFailure(.noSuchFile(file), code: 66) }
                throw CommandFailure(.cannotRead(path: file, reason: error.localizedDescription), code: 66)
            }
            let document = try CommandFailure.wrap { try GuidelinesParser.parse(data, file: file) }
            let store = try CommandContext(global).openStore()
            do {
                let report = try CommandFailure.wrap {
                    try store.importGuidelines(document, processSlug: process, force: force, dryRun: dryRun)
                }
                GuidelinesReportText.lines(report).forEach(say)
            } catch let error as GuidelinesImportError {
                switch error {
                case .ambiguousProcess:
                    throw CommandFailure(.guidelines(error), code: 64)
                case .removesTaggedSections(let wouldBe):
                    GuidelinesReportText.lines(wouldBe).forEach(say)
                    throw CommandFailure(.guidelines(error), code: 1)
                }
            }
        }
    }
}

/// The import report as lines for the terminal.
enum GuidelinesReportText {
    static func lines(_ r: GuidelinesImportReport) -> [String] {
        let head = "\(r.processSlug)\(r.processCreated ? " (new process)" : ""): \(r.added.count) added, "
            + "\(r.changed.count) changed, \(r.removed.count) removed, \(r.unchanged) unchanged"
            + (r.dryRun ? " (dry run: nothing written)" : "")
        var out = [head]
        out += r.added.map { "  + \(pad($0.code)) \($0.title)" }
        out += r.changed.map { change in
            let was = change.previousTitle.map { " (was: \($0))" } ?? ""
            return "  ~ \(pad(change.code)) \(change.title)\(was) [\(change.kinds.map(\.rawValue).joined(separator: ", "))]"
        }
        out += r.removed.map { "  - \(pad($0.code)) \($0.title)" }
        if !r.untagged.isEmpty {
            out.append("comments that lose a tag:")
            out += r.untagged.map { "  comment \($0.commentId) (\($0.commentState)): \($0.sectionCode)" }
        }
        return out
    }

    static func pad(_ code: String) -> String {
        code.count >= 5 ? code : code + String(repeating: " ", count: 5 - code.count)
    }
}

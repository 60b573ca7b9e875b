import Foundation
import ModeratApp
import ModeratStore

/// What both import commands do once their options are read: run the import with a
/// progress bar, list skipped rows on stderr, and print the summary line.
enum ImportRun {
    static func run(_ options: ImportOptions, global: GlobalOptions, detects: Bool = true) throws {
        var options = options
        options.detectsSimilarity = detects
        // "No such file" only when there is none: a file in a folder the person may not enter
        // (the shared databases) is one they cannot read, said as such below.
        let absent = SetgidGroup.asPerson { () -> Bool in
            var info = stat()
            return stat(options.path, &info) != 0 && errno == ENOENT
        }
        guard !absent else { throw CommandFailure(.noSuchFile(options.path), code: 66) }
        try requireReadableByPerson(options.path)
        let context = try CommandContext(global)
        options.similarity = context.config.similarity
        let store = try context.openStore()
        let bar = ImportProgressBar(enabled: isatty(2) == 1, language: context.messageLanguage)
        let report = try CommandFailure.wrap(importing: options.path) {
            defer { bar.finish() }
            return try store.importComments(options, progress: { bar.update($0) }, skipped: { bad in
                bar.clear()
                global.note(.importSkipped(path: options.path, line: bad.line, bad.problem))
            })
        }
        if report.dryRun { global.say(.importPreview(report)) }
        global.say(.imported(report))
    }
}

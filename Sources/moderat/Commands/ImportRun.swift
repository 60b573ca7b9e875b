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
        let store = Store(database: try context.open(), account: context.account)
        let bar = ImportProgressBar(enabled: isatty(2) == 1)
        let report = try CommandFailure.wrap(importing: options.path) {
            defer { bar.finish() }
            return try store.importComments(options, progress: { bar.update($0) }, skipped: { bad in
                bar.clear()
                note("\(options.path):\(bad.line): skipped: \(bad.reason)")
            })
        }
        if report.dryRun { ImportSummary.preview(report).forEach(say) }
        say(ImportSummary.line(report))
    }
}

/// The words of an import's result.
enum ImportSummary {
    /// "imported 1,234 new, 5 updated, 0 unchanged, 2 replies linked in 3.2 s (38,000 rows/s)".
    static func line(_ r: ImportReport) -> String {
        var text = (r.dryRun ? "dry run, nothing written: would import " : "imported ")
            + "\(number(r.inserted)) new, \(number(r.updated)) updated, \(number(r.unchanged)) unchanged, "
            + "\(number(r.repliesLinked)) \(r.repliesLinked == 1 ? "reply" : "replies") linked"
        if r.skipped > 0 { text += ", \(number(r.skipped)) skipped" }
        text += String(format: " in %.1f s (%@ rows/s)", r.seconds, number(Int(r.rate.rounded())))
        if !r.createdProcesses.isEmpty {
            text += "; new process\(r.createdProcesses.count == 1 ? "" : "es") \(r.createdProcesses.joined(separator: ", "))"
        }
        if r.orphanReplies > 0 {
            text += "; \(number(r.orphanReplies)) replies whose parent is not in the file or database kept as top-level comments"
        }
        return text
    }

    /// The dry run's first records, one line each.
    static func preview(_ r: ImportReport) -> [String] {
        var lines = r.preview.map { item in
            let body = item.record.body.replacingOccurrences(of: "\n", with: " ")
            let short = body.count > 60 ? String(body.prefix(59)) + "…" : body
            return "  line \(item.record.line): \(item.outcome.rawValue): \(item.record.createdAt ?? "(now)") "
                + "\(item.record.authorName ?? "(anonymous)"): \(short)"
        }
        let shown = r.preview.count
        if r.rows > shown { lines.append("  … and \(number(r.rows - shown)) more") }
        return lines
    }

    static func number(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0, character != "-" { out.append(",") }
            out.append(character)
        }
        return out
    }
}

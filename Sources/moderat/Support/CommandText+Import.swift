import Foundation
import ModeratApp
import ModeratStore

/// The words of an import's result, its dry-run preview and its skipped rows (the cases
/// `imported`, `importPreview` and `importSkipped` of CommandText), German and English.
/// Why a row was skipped is the store's `ImportProblem`, in the workbench's words for it.
enum ImportSummary {
    /// "imported 1,234 new, 5 updated, 0 unchanged, 2 replies linked in 3.2 s (38,000 rows/s)".
    static func line(_ r: ImportReport, _ language: Language) -> String {
        let n = { number($0, language) }
        switch language {
        case .en:
            var text = (r.dryRun ? "dry run, nothing written: would import " : "imported ")
                + "\(n(r.inserted)) new, \(n(r.updated)) updated, \(n(r.unchanged)) unchanged, "
                + "\(n(r.repliesLinked)) \(r.repliesLinked == 1 ? "reply" : "replies") linked"
            if r.skipped > 0 { text += ", \(n(r.skipped)) skipped" }
            text += String(format: " in %.1f s (%@ rows/s)", r.seconds, n(Int(r.rate.rounded())))
            if !r.createdProcesses.isEmpty {
                text += "; new process\(r.createdProcesses.count == 1 ? "" : "es") \(r.createdProcesses.joined(separator: ", "))"
            }
            if r.orphanReplies > 0 {
                text += "; \(n(r.orphanReplies)) replies whose parent is not in the file or database kept as top-level comments"
            }
            return text
        case .de:
            var text = (r.dryRun ? "Probelauf, nichts geschrieben: würde importieren: " : "importiert: ")
                + "\(n(r.inserted)) neu, \(n(r.updated)) geändert, \(n(r.unchanged)) unverändert, "
                + "\(n(r.repliesLinked)) \(r.repliesLinked == 1 ? "Antwort" : "Antworten") verknüpft"
            if r.skipped > 0 { text += ", \(n(r.skipped)) übersprungen" }
            text += " in " + String(format: "%.1f", r.seconds).replacingOccurrences(of: ".", with: ",")
                + " s (\(n(Int(r.rate.rounded()))) Zeilen/s)"
            if !r.createdProcesses.isEmpty {
                text += "; \(r.createdProcesses.count == 1 ? "neues Verfahren" : "neue Verfahren") \(r.createdProcesses.joined(separator: ", "))"
            }
            if r.orphanReplies > 0 {
                text += "; \(n(r.orphanReplies)) \(r.orphanReplies == 1 ? "Antwort" : "Antworten"), deren Beitrag weder in der Datei "
                    + "noch in der Datenbank steht, als eigene Beiträge behalten"
            }
            return text
        }
    }

    /// The dry run's first records, one line each.
    static func preview(_ r: ImportReport, _ language: Language) -> String {
        var lines = r.preview.map { item in
            let body = item.record.body.replacingOccurrences(of: "\n", with: " ")
            let short = body.count > 60 ? String(body.prefix(59)) + "…" : body
            switch language {
            case .en:
                return "  line \(item.record.line): \(item.outcome.rawValue): \(item.record.createdAt ?? "(now)") "
                    + "\(item.record.authorName ?? "(anonymous)"): \(short)"
            case .de:
                return "  Zeile \(item.record.line): \(germanOutcome(item.outcome)): \(item.record.createdAt ?? "(jetzt)") "
                    + "\(item.record.authorName ?? "(anonym)"): \(short)"
            }
        }
        let shown = r.preview.count
        if r.rows > shown {
            let more = number(r.rows - shown, language)
            lines.append(language == .de ? "  … und \(more) weitere" : "  … and \(more) more")
        }
        return lines.joined(separator: "\n")
    }

    static func skipped(path: String, line: Int, _ problem: ImportProblem, _ language: Language) -> String {
        "\(path):\(line): \(language == .de ? "übersprungen" : "skipped"): \(Localizer(language).importProblem(problem))"
    }

    private static func germanOutcome(_ outcome: ImportReport.Outcome) -> String {
        switch outcome {
        case .new: return "neu"
        case .updated: return "geändert"
        case .unchanged: return "unverändert"
        }
    }

    /// "1,234" in English, "1.234" in German.
    static func number(_ n: Int, _ language: Language = .en) -> String {
        let separator: Character = language == .de ? "." : ","
        let digits = String(n)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0, character != "-" { out.append(separator) }
            out.append(character)
        }
        return out
    }
}

import ModeratCore

/// The report's part on considerations, in the report's language.
enum ReportOutcomeText {
    static func title(_ language: ExportLanguage) -> String {
        language == .de ? "Abwägung je Abschnitt" : "Consideration per section"
    }

    static func row(_ o: OutcomeRow, language: ExportLanguage) -> String {
        let l = ConsiderationLabels.of(language)
        let parts = zip(ConsiderationOutcome.allCases, o.counts).map { "\(l.outcome($0)) \($1)" }
        return "\(l.progress(o.considered, o.units)) (\(parts.joined(separator: ", ")))"
    }

    static func text(_ f: ReportFigures, language: ExportLanguage) -> String {
        let total = language == .de ? "gesamt" : "total"
        var out = "\n\(title(language)):\n"
        for o in f.outcomesPerSection { out += "  \(o.process) \(o.code) \(o.title): \(row(o, language: language))\n" }
        if let overall = f.outcomesOverall { out += "  \(total): \(row(overall, language: language))\n" }
        return out
    }

    /// Header and rows for the HTML table: section, units, considered, one column per outcome.
    static func table(_ f: ReportFigures, language: ExportLanguage) -> (title: String, header: [String], rows: [[String]]) {
        let l = ConsiderationLabels.of(language)
        let header = [l.section, l.count, l.considered] + ConsiderationOutcome.allCases.map(l.outcome)
        var rows = f.outcomesPerSection.map { o in
            ["\(o.process) \(o.code) \(o.title)", String(o.units), String(o.considered)] + o.counts.map(String.init)
        }
        if let o = f.outcomesOverall {
            rows.append([l.total, String(o.units), String(o.considered)] + o.counts.map(String.init))
        }
        return (title(language), header, rows)
    }
}

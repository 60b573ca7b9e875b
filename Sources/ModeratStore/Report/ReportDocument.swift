import Foundation
import ModeratCore

/// `moderat report` as plain text, JSON, or one self-contained HTML file with inline SVG
/// bar charts. Citizen-facing labels follow the export language; every stored text in HTML
/// is escaped with `HTMLEscaping`.
public enum ReportDocument {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, html
    }

    public static func render(_ f: ReportFigures, format: Format, language: ExportLanguage, asOf: Date) throws -> String {
        switch format {
        case .text: return text(f, language: language, asOf: asOf)
        case .json: return try json(f, asOf: asOf)
        case .html: return html(f, language: language, asOf: asOf)
        }
    }

    struct Labels {
        let title, asOf, comments, perState, perProcess, perSection, untagged, perWeek, decisions, decided, approvalRate,
            rejectionRate, reasons, noReason, times, median, p90, answers, actions, none, process, project, section,
            pending, approved, rejected, held, hours, rateNote, timeNote: String
        static func of(_ language: ExportLanguage) -> Labels {
            switch language {
            case .de:
                return Labels(title: "Auswertung der Beteiligung", asOf: "Stand", comments: "Beiträge", perState: "Beiträge nach Status",
                              perProcess: "Beiträge je Verfahren", perSection: "Beiträge je Abschnitt", untagged: "ohne Abschnitt",
                              perWeek: "Beiträge je Woche", decisions: "Entscheidungen", decided: "entschieden",
                              approvalRate: "Freigabequote", rejectionRate: "Ablehnungsquote", reasons: "Ablehnungsgründe",
                              noReason: "ohne Grund", times: "Zeit vom Eingang bis zur Entscheidung", median: "Median",
                              p90: "90. Perzentil", answers: "Beiträge mit öffentlicher Antwort", actions: "Offene Aufgaben",
                              none: "keine", process: "Verfahren", project: "Vorhaben", section: "Abschnitt",
                              pending: "offen", approved: "freigegeben", rejected: "abgelehnt", held: "zurückgestellt", hours: "Std.",
                              rateNote: "Quoten bezogen auf freigegebene und abgelehnte Beiträge",
                              timeNote: "freigegebene und abgelehnte Beiträge")
            case .en:
                return Labels(title: "Participation report", asOf: "As of", comments: "Comments", perState: "Comments by state",
                              perProcess: "Comments per process", perSection: "Comments per section", untagged: "no section",
                              perWeek: "Comments per week", decisions: "Decisions", decided: "decided",
                              approvalRate: "Approval rate", rejectionRate: "Rejection rate", reasons: "Rejection reasons",
                              noReason: "no reason", times: "Time from arrival to decision", median: "Median",
                              p90: "90th percentile", answers: "Comments with a public answer", actions: "Open action items",
                              none: "none", process: "Process", project: "Project", section: "Section",
                              pending: "pending", approved: "approved", rejected: "rejected", held: "held", hours: "h",
                              rateNote: "rates of approved and rejected comments",
                              timeNote: "approved and rejected comments")
            }
        }
    }

    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "–" }
        return String(format: "%.1f %%", rate * 100)
    }

    static func hours(_ seconds: Double?, _ l: Labels) -> String {
        guard let seconds else { return "–" }
        return String(format: "%.1f ", seconds / 3600) + l.hours
    }

    static func states(_ f: ReportFigures, _ l: Labels) -> [(String, Int)] {
        [(l.pending, f.dashboard.perState[.pending] ?? 0), (l.approved, f.approved), (l.rejected, f.rejected),
         (l.held, f.dashboard.perState[.held] ?? 0)]
    }

    static func reasons(_ f: ReportFigures, _ l: Labels, _ language: ExportLanguage) -> [(String, Int)] {
        var rows = f.dashboard.perReason.map { (language == .de ? $0.labelDE : $0.labelEN, $0.count) }
        if f.rejectedWithoutReason > 0 { rows.append((l.noReason, f.rejectedWithoutReason)) }
        return rows
    }

    static func sectionLabel(_ s: ReportFigures.SectionRow) -> String { "\(s.process) \(s.code) \(s.title)" }

    // MARK: Text

    static func text(_ f: ReportFigures, language: ExportLanguage, asOf: Date) -> String {
        let l = Labels.of(language)
        var out = "\(l.title) (\(l.asOf) \(Timestamps.short(asOf, now: .distantPast)))\n\n"
        out += "\(l.comments): \(f.total)\n"
        for (label, n) in states(f, l) { out += "  \(label): \(n)\n" }
        out += "\n\(l.perProcess):\n"
        for p in f.perProcess {
            out += "  \(p.slug)\(p.project.map { " (\(l.project) \($0))" } ?? ""): \(p.comments) – \(l.pending) \(p.pending), \(l.approved) \(p.approved), \(l.rejected) \(p.rejected), \(l.held) \(p.held)\n"
        }
        out += "\n\(l.perSection):\n"
        for s in f.perSection { out += "  \(sectionLabel(s)): \(s.comments) (\(l.approved) \(s.approved), \(l.rejected) \(s.rejected))\n" }
        out += "  \(l.untagged): \(f.untagged)\n"
        out += ReportOutcomeText.text(f, language: language)
        out += "\n\(l.perWeek):\n"
        for w in f.dashboard.perWeek { out += "  \(w.week): \(w.count)\n" }
        out += "\n\(l.decisions) (\(l.rateNote)): \(f.decided) \(l.decided)\n"
        out += "  \(l.approvalRate): \(percent(f.approvalRate))\n  \(l.rejectionRate): \(percent(f.rejectionRate))\n"
        out += "\n\(l.reasons):\n"
        let rs = reasons(f, l, language)
        if rs.isEmpty { out += "  \(l.none)\n" }
        for (label, n) in rs { out += "  \(label): \(n)\n" }
        out += "\n\(l.times) (\(l.timeNote), n = \(f.decisionSeconds.count)):\n"
        out += "  \(l.median): \(hours(f.medianSeconds, l))\n  \(l.p90): \(hours(f.percentile90Seconds, l))\n"
        out += "\n\(l.answers): \(f.dashboard.answered)\n"
        out += "\n\(l.actions): \(f.openActionItems.count)\n"
        for a in f.openActionItems { out += "  \(a.dueOn ?? "–")  \(a.who): \(a.what)\n" }
        return out
    }

    // MARK: JSON

    struct JSONReport: Encodable {
        struct Count: Encodable { let key: String; let count: Int }
        struct Reason: Encodable { let code: String?; let labelDe: String?; let labelEn: String?; let count: Int }
        struct Action: Encodable { let id: Int64; let who: String; let what: String; let due: String?; let meeting: String; let meetingDate: String }
        let asOf: String
        let comments: Int
        let perState: [String: Int]
        let perProcess: [ReportFigures.ProcessRow]
        let perSection: [ReportFigures.SectionRow]
        let untagged: Int
        let perWeek: [Count]
        let decided: Int
        let approvalRate: Double?
        let rejectionRate: Double?
        let rejectionReasons: [Reason]
        let decisionTimeCount: Int
        let decisionTimeMedianSeconds: Double?
        let decisionTimeP90Seconds: Double?
        let answered: Int
        let openActionItems: [Action]
        let outcomesPerSection: [OutcomeRow]
        let outcomesOverall: OutcomeRow?
    }

    static func json(_ f: ReportFigures, asOf: Date) throws -> String {
        var reasons = f.dashboard.perReason.map { JSONReport.Reason(code: $0.code, labelDe: $0.labelDE, labelEn: $0.labelEN, count: $0.count) }
        if f.rejectedWithoutReason > 0 { reasons.append(.init(code: nil, labelDe: nil, labelEn: nil, count: f.rejectedWithoutReason)) }
        let report = JSONReport(
            asOf: Timestamps.string(asOf), comments: f.total,
            perState: Dictionary(uniqueKeysWithValues: CommentState.allCases.map { ($0.rawValue, f.dashboard.perState[$0] ?? 0) }),
            perProcess: f.perProcess, perSection: f.perSection, untagged: f.untagged,
            perWeek: f.dashboard.perWeek.map { .init(key: $0.week, count: $0.count) }, decided: f.decided,
            approvalRate: f.approvalRate, rejectionRate: f.rejectionRate, rejectionReasons: reasons,
            decisionTimeCount: f.decisionSeconds.count, decisionTimeMedianSeconds: f.medianSeconds,
            decisionTimeP90Seconds: f.percentile90Seconds, answered: f.dashboard.answered,
            openActionItems: f.openActionItems.map { .init(id: $0.id, who: $0.who, what: $0.what, due: $0.dueOn, meeting: $0.meetingTitle, meetingDate: $0.meetingDate) },
            outcomesPerSection: f.outcomesPerSection, outcomesOverall: f.outcomesOverall)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }

    // MARK: HTML

    /// A horizontal bar chart as inline SVG; labels and titles escaped.
    static func svgBars(_ bars: [(String, Int)], title: String) -> String {
        let e = HTMLEscaping.escape
        guard !bars.isEmpty else { return "" }
        let rowHeight = 22, labelWidth = 260, barWidth = 360, width = labelWidth + barWidth + 60
        let height = bars.count * rowHeight + 4
        let maximum = max(1, bars.map(\.1).max() ?? 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">\n<title>\(e(title))</title>\n"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 2
            let length = bar.1 == 0 ? 0 : max(1, bar.1 * barWidth / maximum)
            let label = bar.0.count > 38 ? String(bar.0.prefix(37)) + "…" : bar.0
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(e(label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\" fill=\"#2b6cb0\"></rect>"
            svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 15)\">\(bar.1)</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func html(_ f: ReportFigures, language: ExportLanguage, asOf: Date) -> String {
        let l = Labels.of(language)
        let e = HTMLEscaping.escape
        func table(_ header: [String], _ rows: [[String]]) -> String {
            "<table>\n<tr>" + header.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
                + rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n" }.joined() + "</table>\n"
        }
        var out = HTMLPage.head(language: language.rawValue, title: l.title, css: """
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
            table { border-collapse: collapse; margin: .5rem 0 1rem; }
            th, td { border-bottom: 1px solid #ddd; padding: .2rem .6rem; text-align: left; }
            svg { max-width: 100%; height: auto; font-size: 12px; }
            svg text { fill: #1a1a1a; }
            """) + """
            <h1>\(e(l.title))</h1>
            <p>\(e(l.asOf)): \(e(Timestamps.short(asOf, now: .distantPast)))</p>

            """
        out += "<h2>\(e(l.perState))</h2>\n<p>\(e(l.comments)): \(f.total)</p>\n" + svgBars(states(f, l), title: l.perState)
        out += "<h2>\(e(l.perProcess))</h2>\n" + svgBars(f.perProcess.map { ($0.slug, $0.comments) }, title: l.perProcess)
        out += table([l.process, l.project, l.comments, l.pending, l.approved, l.rejected, l.held], f.perProcess.map { p in
            [p.slug + " – " + p.title, p.project ?? "–", String(p.comments), String(p.pending), String(p.approved), String(p.rejected), String(p.held)]
        })
        out += "<h2>\(e(l.perSection))</h2>\n" + svgBars(f.perSection.map { (sectionLabel($0), $0.comments) } + [(l.untagged, f.untagged)], title: l.perSection)
        out += table([l.section, l.comments, l.approved, l.rejected], f.perSection.map { s in
            [sectionLabel(s), String(s.comments), String(s.approved), String(s.rejected)]
        } + [[l.untagged, String(f.untagged), "", ""]])
        let outcomes = ReportOutcomeText.table(f, language: language)
        out += "<h2>\(e(outcomes.title))</h2>\n" + table(outcomes.header, outcomes.rows)
        out += "<h2>\(e(l.perWeek))</h2>\n" + svgBars(f.dashboard.perWeek.map { ($0.week, $0.count) }, title: l.perWeek)
        out += "<h2>\(e(l.decisions))</h2>\n<p>\(e(l.rateNote)): \(f.decided) \(e(l.decided))</p>\n"
        out += table([l.approvalRate, l.rejectionRate], [[percent(f.approvalRate), percent(f.rejectionRate)]])
        out += "<h2>\(e(l.reasons))</h2>\n"
        let rs = reasons(f, l, language)
        out += rs.isEmpty ? "<p>\(e(l.none))</p>\n" : svgBars(rs, title: l.reasons)
        out += "<h2>\(e(l.times))</h2>\n<p>\(e(l.timeNote)), n = \(f.decisionSeconds.count)</p>\n"
        out += table([l.median, l.p90], [[hours(f.medianSeconds, l), hours(f.percentile90Seconds, l)]])
        out += "<h2>\(e(l.answers))</h2>\n<p>\(f.dashboard.answered)</p>\n"
        out += "<h2>\(e(l.actions)): \(f.openActionItems.count)</h2>\n"
        if !f.openActionItems.isEmpty {
            out += table(language == .de ? ["fällig", "wer", "was"] : ["due", "who", "what"], f.openActionItems.map { [$0.dueOn ?? "–", $0.who, $0.what] })
        }
        return out + HTMLPage.end
    }
}

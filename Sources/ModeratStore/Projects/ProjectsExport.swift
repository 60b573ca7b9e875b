import Foundation
import ModeratCore

/// The public Vorhabenliste as Markdown or one self-contained HTML file: every field of
/// DESIGN §1 for every project. All stored text is escaped; nothing is linked but http(s).
public enum ProjectsExport {
    public enum Format: String, CaseIterable, Sendable {
        case md, html
    }

    public static func render(_ projects: [ProjectRecord], format: Format, language: ExportLanguage, asOf: Date) -> String {
        switch format {
        case .md: return markdown(projects, language: language, asOf: asOf)
        case .html: return html(projects, language: language, asOf: asOf)
        }
    }

    struct Labels {
        let heading, intro, asOf, description, council, status, nextSteps, timing, cost, districts, topics,
            participation, board, contact, link, added, updated, processes, comments, yes, no, none, unknown: String
        static func of(_ language: ExportLanguage) -> Labels {
            switch language {
            case .de:
                return Labels(heading: "Vorhabenliste", intro: "Vorhaben der Stadt, an denen Bürgerinnen und Bürger beteiligt werden können.",
                              asOf: "Stand", description: "Beschreibung und Ziele", council: "Bisherige Ratsbeschlüsse",
                              status: "Aktueller Stand", nextSteps: "Nächste Schritte", timing: "Zeitplan", cost: "Kosten",
                              districts: "Stadtteile", topics: "Themen", participation: "Bürgerbeteiligung",
                              board: "Beteiligungsbeirat einbezogen", contact: "Ansprechperson", link: "Weitere Informationen",
                              added: "Aufgenommen", updated: "Aktualisiert", processes: "Beteiligungsverfahren",
                              comments: "Beiträge", yes: "ja", no: "nein", none: "keine Vorhaben", unknown: "noch nicht bekannt")
            case .en:
                return Labels(heading: "List of planned projects (Vorhabenliste)", intro: "The city's projects in which citizens can take part.",
                              asOf: "As of", description: "Description and goals", council: "Council decisions so far",
                              status: "Current status", nextSteps: "Next steps", timing: "Timing", cost: "Cost",
                              districts: "Districts", topics: "Topics", participation: "Citizen participation",
                              board: "Advisory board involved", contact: "Contact", link: "More information",
                              added: "Added", updated: "Updated", processes: "Participation processes",
                              comments: "comments", yes: "yes", no: "no", none: "no projects", unknown: "not known yet")
            }
        }
    }

    static func day(_ text: String, _ language: ExportLanguage) -> String {
        guard let day = CalendarDay(text) else { return text }
        return language == .de ? day.german : day.description
    }

    /// The field rows of one project, in DESIGN §1's order.
    static func fields(_ p: ProjectRecord, _ l: Labels, _ language: ExportLanguage) -> [(label: String, value: String)] {
        var participation = p.participation.label(language)
        if !p.participationNote.isEmpty { participation += ": " + p.participationNote }
        return [
            (l.description, p.description), (l.council, p.councilDecisions), (l.status, p.status),
            (l.nextSteps, p.nextSteps), (l.timing, p.timing), (l.cost, p.cost ?? l.unknown),
            (l.districts, p.districts), (l.topics, p.topics), (l.participation, participation),
            (l.board, p.boardInvolved ? l.yes : l.no), (l.contact, p.contact),
        ]
    }

    // MARK: Markdown

    /// Markdown with the characters that would start markup escaped in stored text.
    static func mdEscape(_ text: String) -> String {
        var out = ""
        for ch in text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: " ") {
            if "\\`*_[]<>#|!".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    static func markdown(_ projects: [ProjectRecord], language: ExportLanguage, asOf: Date) -> String {
        let l = Labels.of(language)
        var out = "# \(l.heading)\n\n\(l.intro) \(l.asOf): \(day(CalendarDay(asOf).description, language)).\n\n"
        if projects.isEmpty { out += "_\(l.none)_\n" }
        for p in projects {
            out += "## \(mdEscape(p.title))\n\n"
            for (label, value) in fields(p, l, language) where !value.isEmpty {
                out += "- **\(label):** \(mdEscape(value))\n"
            }
            if let link = p.link {
                out += "- **\(l.link):** <\(link.replacingOccurrences(of: ">", with: "%3E"))>\n"
            }
            if !p.processes.isEmpty {
                out += "- **\(l.processes):** " + p.processes.map { "\(mdEscape($0.title)) (\($0.comments) \(l.comments))" }
                    .joined(separator: "; ") + "\n"
            }
            out += "- **\(l.added):** \(day(p.addedOn, language)) · **\(l.updated):** \(day(p.updatedOn, language))\n\n"
        }
        return out
    }

    // MARK: HTML

    static func html(_ projects: [ProjectRecord], language: ExportLanguage, asOf: Date) -> String {
        let l = Labels.of(language)
        let e = HTMLEscaping.escape
        var out = HTMLPage.head(language: language.rawValue, title: l.heading, css: """
            body { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
            article { border-top: 1px solid #ccc; padding-top: 1rem; margin-top: 1.5rem; }
            dl { display: grid; grid-template-columns: 14rem 1fr; gap: .25rem 1rem; }
            dt { font-weight: 600; }
            dd { margin: 0; }
            .dates { color: #555; font-size: .9rem; }
            @media (max-width: 40rem) { dl { grid-template-columns: 1fr; } }
            @media print { article { break-inside: avoid; } }
            """) + """
            <h1>\(e(l.heading))</h1>
            <p>\(e(l.intro)) \(e(l.asOf)): \(e(day(CalendarDay(asOf).description, language))).</p>

            """
        if projects.isEmpty { out += "<p>\(e(l.none))</p>\n" }
        for p in projects {
            out += "<article id=\"\(e(p.slug))\">\n<h2>\(e(p.title))</h2>\n<dl>\n"
            for (label, value) in fields(p, l, language) where !value.isEmpty {
                out += "<dt>\(e(label))</dt><dd>\(e(value))</dd>\n"
            }
            if let link = p.link {
                let href = FieldsLink.safe(link) ? e(link) : ""
                out += href.isEmpty ? "<dt>\(e(l.link))</dt><dd>\(e(link))</dd>\n"
                    : "<dt>\(e(l.link))</dt><dd><a href=\"\(href)\">\(e(link))</a></dd>\n"
            }
            if !p.processes.isEmpty {
                out += "<dt>\(e(l.processes))</dt><dd>"
                    + p.processes.map { "\(e($0.title)) (\($0.comments) \(e(l.comments)))" }.joined(separator: "; ") + "</dd>\n"
            }
            out += "</dl>\n<p class=\"dates\">\(e(l.added)): \(e(day(p.addedOn, language))) · \(e(l.updated)): \(e(day(p.updatedOn, language)))</p>\n</article>\n"
        }
        out += HTMLPage.end
        return out
    }

    /// Only http(s) addresses become links (a stored `javascript:` never does).
    enum FieldsLink {
        static func safe(_ link: String) -> Bool { ProjectFields.isWebLink(link) }
    }
}

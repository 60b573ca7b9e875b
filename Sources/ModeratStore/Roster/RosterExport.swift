import ModeratCore

/// The roster as Markdown, CSV or HTML, for the city's website (`publicOnly`: without
/// contact details and private notes) or for the office (with them).
public enum RosterExport {
    public enum Format: String, CaseIterable, Sendable {
        case md, csv, html
    }

    /// One line of the export: a seat with its holder, or a substitute with their rank.
    struct Line {
        var group: String
        var seat: String
        var member: String?
        var role: TermRole?
        var rank: Int?
        var startsOn: CalendarDay?
        var endsOn: CalendarDay?
        var delegatingBody: String?
        var contact: String?
        var notes: String?
    }

    public static func render(_ record: RosterRecord, on day: CalendarDay, format: Format, publicOnly: Bool, german: Bool) -> String {
        let words = Words(german: german)
        let lines = self.lines(record, on: day, publicOnly: publicOnly)
        switch format {
        case .md: return markdown(record.roster, lines, day: day, publicOnly: publicOnly, words)
        case .csv: return csv(lines, publicOnly: publicOnly)
        case .html: return html(record.roster, lines, day: day, publicOnly: publicOnly, words)
        }
    }

    static func lines(_ record: RosterRecord, on day: CalendarDay, publicOnly: Bool) -> [Line] {
        let roster = record.roster
        var out: [Line] = []
        for group in roster.groups {
            for seat in roster.orderedSeats where seat.groupId == group.id {
                var line = Line(group: group.name, seat: seat.label)
                if let term = roster.holder(ofSeat: seat.id, on: day) {
                    fill(&line, term, record, publicOnly: publicOnly)
                }
                out.append(line)
            }
            for term in roster.substitutes(ofGroup: group.id, on: day) {
                var line = Line(group: group.name, seat: "")
                fill(&line, term, record, publicOnly: publicOnly)
                out.append(line)
            }
        }
        return out
    }

    static func fill(_ line: inout Line, _ term: RosterTerm, _ record: RosterRecord, publicOnly: Bool) {
        let details = record.details[term.memberId]
        line.member = record.roster.member(term.memberId)?.name
        line.role = term.role
        line.rank = term.substituteRank
        line.startsOn = term.startsOn
        line.endsOn = term.endsOn
        line.delegatingBody = details?.delegatingBody
        // The one place private data is let through, and only for the internal export.
        if !publicOnly {
            line.contact = details?.contact
            line.notes = details?.notes
        }
    }

    /// The export's few words in German or English.
    struct Words {
        let german: Bool
        var asOf: String { german ? "Stand" : "As of" }
        var headers: [String] {
            german ? ["Sitz", "Mitglied", "Funktion", "von", "bis", "entsandt von"] : ["Seat", "Member", "Role", "from", "until", "delegated by"]
        }
        var privateHeaders: [String] { german ? ["Kontakt", "Notizen"] : ["Contact", "Notes"] }
        /// Heads the office's export, so a copy that travels is recognised as not for the website.
        var internalOnly: String {
            german ? "Nur für den Dienstgebrauch: enthält Kontaktdaten und Notizen, nicht veröffentlichen (dafür: --public)."
                : "Internal: contains contact details and notes; do not publish (use --public for that)."
        }
        var vacant: String { german ? "unbesetzt" : "vacant" }
        func role(_ role: TermRole, rank: Int?) -> String {
            switch role {
            case .chair: return german ? "Vorsitz" : "chair"
            case .deputy: return german ? "stellv. Vorsitz" : "deputy chair"
            case .member: return german ? "Mitglied" : "member"
            case .substitute:
                let word = german ? "Nachrücker/in" : "substitute"
                return rank.map { "\(word) \($0)" } ?? word
            }
        }
    }

    static func cells(_ line: Line, publicOnly: Bool, _ words: Words) -> [String] {
        var cells = [line.seat, line.member ?? words.vacant, line.role.map { words.role($0, rank: line.rank) } ?? "",
                     line.startsOn?.german ?? "", line.endsOn?.german ?? "", line.delegatingBody ?? ""]
        if !publicOnly { cells += [line.contact ?? "", line.notes ?? ""] }
        return cells
    }

    static func markdown(_ roster: Roster, _ lines: [Line], day: CalendarDay, publicOnly: Bool, _ words: Words) -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        let headers = words.headers + (publicOnly ? [] : words.privateHeaders)
        var out = "# \(cell(roster.boardName))\n\n\(words.asOf): \(day.german)\n"
        if !publicOnly { out += "\n**\(words.internalOnly)**\n" }
        for group in roster.groups {
            out += "\n## \(cell(group.name))\n\n| " + headers.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: headers.count) + "\n"
            for line in lines where line.group == group.name {
                out += "| " + cells(line, publicOnly: publicOnly, words).map(cell).joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    static func csv(_ lines: [Line], publicOnly: Bool) -> String {
        func quote(_ field: String) -> String { MachineText.csvField(field) }
        var header = ["group", "seat", "member", "role", "substitute_rank", "starts_on", "ends_on", "delegating_body"]
        if !publicOnly { header += ["contact", "notes"] }
        var out = header.joined(separator: ",") + "\n"
        for line in lines {
            var fields = [line.group, line.seat, line.member ?? "", line.role?.rawValue ?? "", line.rank.map(String.init) ?? "",
                          line.startsOn?.description ?? "", line.endsOn?.description ?? "", line.delegatingBody ?? ""]
            if !publicOnly { fields += [line.contact ?? "", line.notes ?? ""] }
            out += fields.map(quote).joined(separator: ",") + "\n"
        }
        return out
    }

    static func html(_ roster: Roster, _ lines: [Line], day: CalendarDay, publicOnly: Bool, _ words: Words) -> String {
        func e(_ text: String) -> String { HTMLEscaping.escape(text) }
        let headers = words.headers + (publicOnly ? [] : words.privateHeaders)
        var out = HTMLPage.head(language: words.german ? "de" : "en", title: roster.boardName) + """
            <h1>\(e(roster.boardName))</h1>
            <p>\(e(words.asOf)): \(e(day.german))</p>

            """
        if !publicOnly { out += "<p><strong>\(e(words.internalOnly))</strong></p>\n" }
        for group in roster.groups {
            out += "<h2>\(e(group.name))</h2>\n<table>\n<thead><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for line in lines where line.group == group.name {
                out += "<tr>" + cells(line, publicOnly: publicOnly, words).map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + HTMLPage.end
    }
}

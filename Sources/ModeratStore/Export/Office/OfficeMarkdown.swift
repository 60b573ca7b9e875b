/// An `OfficeDocument` as Markdown. Text is escaped so it can never become markup;
/// deleted words are `~~struck~~`, inserted ones `<ins>marked</ins>`.
public enum OfficeMarkdown {
    public static func render(_ doc: OfficeDocument) -> String {
        var out: [String] = []
        for block in doc.blocks {
            switch block {
            case let .heading(level, runs):
                out += [String(repeating: "#", count: min(max(level, 1), 6)) + " " + inline(runs, lineBreak: " "), ""]
            case let .paragraph(runs):
                out += [GuidelinesMarkdown.escapeLineStart(inline(runs, lineBreak: "  \n")), ""]
            case let .list(ordered, items):
                for (index, item) in items.enumerated() {
                    out.append((ordered ? "\(index + 1)." : "-") + " " + inline(item, lineBreak: "  \n   "))
                }
                out.append("")
            case let .table(table):
                out += self.table(table) + [""]
            }
        }
        return out.joined(separator: "\n")
    }

    static func table(_ t: OfficeTable) -> [String] {
        let n = t.columnCount
        func row(_ cells: [[OfficeRun]]) -> String {
            "| " + (0..<n).map { inline($0 < cells.count ? cells[$0] : [], lineBreak: "<br>") }.joined(separator: " | ") + " |"
        }
        return [row(t.header), "|" + String(repeating: "---|", count: n)] + t.rows.map(row)
    }

    /// Runs escaped and marked; `lineBreak` is what a "\n" inside a run becomes.
    static func inline(_ runs: [OfficeRun], lineBreak: String) -> String {
        var x = ""
        for run in runs {
            let lines = OfficeXML.clean(run.text).components(separatedBy: "\n")
            // Markup must hug the text: leading and trailing spaces go outside the markers.
            var text = lines.map { GuidelinesMarkdown.inline($0) }.joined(separator: lineBreak)
            guard !text.isEmpty else { continue }
            let lead = String(text.prefix { $0 == " " })
            let trail = text.count > lead.count ? String(text.reversed().prefix { $0 == " " }) : ""
            text = String(text.dropFirst(lead.count).dropLast(trail.count))
            if !text.isEmpty {
                if run.italic { text = "_\(text)_" }
                if run.bold { text = "**\(text)**" }
                switch run.change {
                case .inserted: text = "<ins>\(text)</ins>"
                case .deleted: text = "~~\(text)~~"
                case nil: break
                }
            }
            x += lead + text + trail
        }
        return x
    }
}

import Foundation

/// The commented guidelines as Markdown: title, table of contents, counts per section, then
/// each section's text followed by its published comments as block quotes. Citizen text is
/// escaped so it can never become a heading, link, list, table or raw HTML.
public enum GuidelinesMarkdown {
    public static func render(_ doc: CommentedGuidelines, language: ExportLanguage = .de, asOf: Date) -> String {
        let l = ExportLabels.of(language)
        var out: [String] = ["# " + inline(doc.title), ""]
        if !doc.description.isEmpty { out += [inline(doc.description), ""] }
        out += ["_\(l.generated) \(ExportLabels.day(asOf, language)). \(l.pseudonymNote)_", ""]

        out += ["## \(l.contents)", ""]
        for s in doc.sections {
            let indent = String(repeating: "  ", count: s.depth)
            out.append("\(indent)- [\(inline(s.code)) \(inline(s.title))](#\(s.anchor)) (\(s.counts.approved))")
        }
        if !doc.untagged.isEmpty { out.append("- \(l.untaggedHeading) (\(doc.untagged.count))") }
        out.append("")

        out += ["## \(l.overview)", "",
                "| \(l.section) | \(l.title) | \(l.published) | \(l.answered) | \(l.notPublished) | \(l.open) |",
                "|---|---|---:|---:|---:|---:|"]
        for s in doc.sections {
            out.append("| \(inline(s.code)) | \(inline(s.title)) | \(row(s.counts)) |")
        }
        out += ["| **\(l.total)** | | \(row(doc.totals)) |", ""]

        for s in doc.sections {
            let hashes = String(repeating: "#", count: min(6, s.depth + 2))
            out += ["---", "", "<a id=\"\(s.anchor)\"></a>", "", "\(hashes) \(inline(s.code)) \(inline(s.title))", ""]
            if !s.body.isEmpty { out += [s.body, ""] }
            out += comments(s.comments, heading: "**\(l.comments) (\(s.comments.count))**", l, language)
            if s.counts.rejected > 0 {
                out += ["_\(l.notPublished): \(s.counts.rejected) (\(inline(ExportLabels.reasons(s.rejectedByReason))))_", ""]
            }
        }
        if !doc.untagged.isEmpty {
            out += ["---", "", "## \(l.untaggedHeading)", ""]
            out += comments(doc.untagged, heading: nil, l, language)
        }
        out += ["---", "", "## \(l.rejectedHeading)", "", l.rejectedNote, ""]
        for r in doc.rejectedByReason { out.append("- \(inline(r.label)): \(r.count)") }
        out.append("- **\(l.total): \(doc.totals.rejected)**")
        return out.joined(separator: "\n") + "\n"
    }

    static func row(_ c: CommentedGuidelines.Counts) -> String {
        "\(c.approved) | \(c.answered) | \(c.rejected) | \(c.open)"
    }

    static func comments(_ list: [PublishedComment], heading: String?, _ l: ExportLabels, _ language: ExportLanguage) -> [String] {
        guard !list.isEmpty else { return heading == nil ? [] : ["_\(l.noComments)_", ""] }
        var out = heading.map { [$0, ""] } ?? []
        for comment in list {
            out += quote(comment, depth: 1, l, language)
            out.append("")
        }
        return out
    }

    /// One comment as a block quote; replies nest one `>` deeper.
    static func quote(_ c: PublishedComment, depth: Int, _ l: ExportLabels, _ language: ExportLanguage) -> [String] {
        let prefix = String(repeating: ">", count: depth) + " "
        var lines = ["**\(inline(c.pseudonym))**, \(ExportLabels.day(c.createdAt, language))", ""]
        lines += paragraph(c.body)
        if let answer = c.answer {
            lines += ["", "_\(l.answer):_ " + (paragraph(answer).first ?? "")] + paragraph(answer).dropFirst()
        }
        var out = lines.map { ($0.isEmpty ? String(prefix.dropLast()) : prefix + $0) }
        for reply in c.replies {
            out.append(String(prefix.dropLast()))
            out += quote(reply, depth: depth + 1, l, language)
        }
        return out
    }

    /// Citizen text, line by line, escaped; runs of blank lines become one.
    static func paragraph(_ text: String) -> [String] {
        var out: [String] = []
        for raw in GuidelinesText.clean(text).components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if out.last?.isEmpty == false { out.append("") }
                continue
            }
            // Two trailing spaces keep the author's line breaks.
            if let last = out.last, !last.isEmpty { out[out.count - 1] = last + "  " }
            out.append(escapeLineStart(inline(line)))
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    /// Backslash-escapes every character that could start Markdown or HTML inline syntax.
    static func inline(_ text: String) -> String {
        var out = ""
        for ch in GuidelinesText.clean(text).replacingOccurrences(of: "\n", with: " ") {
            if "\\`*_[]<>|~#&!".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// A line starting like a list item, heading rule or ordered item is escaped at the start.
    static func escapeLineStart(_ line: String) -> String {
        if let first = line.first, "-+=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, let next = line.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }
}

import Foundation

/// The results minutes for publication or the office: Markdown, HTML or plain text.
public enum MinutesExport {
    /// The file formats of `moderat minutes export`.
    public enum Format: String, CaseIterable, Sendable {
        case md, html, txt
    }

    /// `publicOnly` leaves out the non-public TOPs and the private notes.
    public static func render(_ meeting: MeetingRecord, format: Format, publicOnly: Bool, german: Bool = true) -> String {
        let doc = MinutesDocument(meeting, publicOnly: publicOnly, german: german)
        switch format {
        case .md: return markdown(doc)
        case .txt: return text(doc)
        case .html: return html(doc, title: meeting.title, german: german)
        }
    }

    static func markdown(_ doc: MinutesDocument) -> String {
        var out: [String] = []
        for block in doc.blocks {
            switch block {
            case .title(let t): out.append("# \(md(t))")
            case .heading(let t): out.append("## \(md(t))")
            // Two trailing spaces: a hard line break, so the secretary's line breaks stay.
            case .paragraph(let t): out.append(t.split(separator: "\n", omittingEmptySubsequences: false).map { mdLine(String($0)) }.joined(separator: "  \n"))
            case .facts(let pairs): out.append(pairs.map { "- **\(md($0.0)):** \(md($0.1))" }.joined(separator: "\n"))
            case .list(let items): out.append(items.map { "- \(md($0))" }.joined(separator: "\n"))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// A line of a paragraph: escaped, and not read as a list item when it starts like one.
    static func mdLine(_ text: String) -> String {
        let escaped = md(text)
        let startsItem = { (rest: Substring) in rest.isEmpty || rest.first == " " }
        if let first = escaped.first, "-+".contains(first), startsItem(escaped.dropFirst()) { return "\\" + escaped }
        let digits = escaped.prefix { $0.isNumber }
        if !digits.isEmpty, escaped.dropFirst(digits.count).first.map({ ".)".contains($0) }) == true,
           startsItem(escaped.dropFirst(digits.count + 1)) {
            return digits + "\\" + escaped.dropFirst(digits.count)
        }
        return escaped
    }

    /// Markdown that came from people must not turn into links, headings or HTML.
    static func md(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_[]<>#|".contains(ch) { out.append("\\") }
            out.append(ch == "\n" ? " " : ch)
        }
        return out
    }

    static func text(_ doc: MinutesDocument) -> String {
        var out: [String] = []
        for block in doc.blocks {
            switch block {
            case .title(let t): out.append(t + "\n" + String(repeating: "=", count: t.count))
            case .heading(let t): out.append(t + "\n" + String(repeating: "-", count: t.count))
            case .paragraph(let t): out.append(t)
            case .facts(let pairs): out.append(pairs.map { "\($0.0): \($0.1)" }.joined(separator: "\n"))
            case .list(let items): out.append(items.map { "- \($0)" }.joined(separator: "\n"))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    static func html(_ doc: MinutesDocument, title: String, german: Bool) -> String {
        var out = [HTMLPage.head(language: german ? "de" : "en", title: title) + "<main>"]
        for block in doc.blocks {
            switch block {
            case .title(let t): out.append("<h1>\(e(t))</h1>")
            case .heading(let t): out.append("<h2>\(e(t))</h2>")
            case .paragraph(let t): out.append("<p>" + t.split(separator: "\n", omittingEmptySubsequences: false).map { e(String($0)) }.joined(separator: "<br>\n") + "</p>")
            case .facts(let pairs):
                out.append("<dl>" + pairs.map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>" }.joined() + "</dl>")
            case .list(let items): out.append("<ul>" + items.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
            }
        }
        out.append("</main>")
        return out.joined(separator: "\n") + "\n" + HTMLPage.end
    }

    static func e(_ text: String) -> String { HTMLEscaping.escape(text) }
}

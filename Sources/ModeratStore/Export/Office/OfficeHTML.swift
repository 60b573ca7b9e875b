/// An `OfficeDocument` as one self-contained HTML page (the guidelines export's page and
/// stylesheet), for the documents moderat writes in every format from one model.
public enum OfficeHTML {
    public static func render(_ doc: OfficeDocument) -> String {
        var body: [String] = []
        for block in doc.blocks {
            switch block {
            case let .heading(level, runs):
                let l = min(max(level, 1), 6)
                body.append("<h\(l)>\(inline(runs))</h\(l)>")
            case let .paragraph(runs):
                body.append("<p>\(inline(runs))</p>")
            case let .list(ordered, items):
                let tag = ordered ? "ol" : "ul"
                body.append("<\(tag)>" + items.map { "<li>\(inline($0))</li>" }.joined() + "</\(tag)>")
            case let .table(table):
                body.append(self.table(table))
            }
        }
        return HTMLPage.document(title: doc.title, language: doc.language, css: GuidelinesCSS.text + css, body: body)
    }

    /// What the office documents show as colour and lines: inserted underlined green, deleted struck red.
    static let css = """
    ins { color: #1a7f37; text-decoration: underline; }
    del { color: #b3261e; text-decoration: line-through; }
    table.grid th, table.grid td { border: 1px solid var(--rule); }
    table.grid thead th { background: var(--answer); }
    @media print { table.grid thead { display: table-header-group; } }

    """

    static func table(_ t: OfficeTable) -> String {
        let n = t.columnCount
        let shares = t.fractions()
        var x = "<table class=\"grid\"><colgroup>" + shares.map { "<col style=\"width: \(Int(($0 * 100).rounded()))%\">" }.joined() + "</colgroup>"
        if !t.header.isEmpty {
            x += "<thead><tr>" + (0..<n).map { "<th scope=\"col\">\(inline($0 < t.header.count ? t.header[$0] : []))</th>" }.joined() + "</tr></thead>"
        }
        x += "<tbody>"
        for row in t.rows {
            x += "<tr>" + (0..<n).map { "<td>\(inline($0 < row.count ? row[$0] : []))</td>" }.joined() + "</tr>"
        }
        return x + "</tbody></table>"
    }

    /// Runs as escaped text; line breaks as `<br>`, marks as `<ins>`/`<del>`, `<strong>`, `<em>`.
    static func inline(_ runs: [OfficeRun]) -> String {
        var x = ""
        for run in runs {
            var text = HTMLEscaping.escape(OfficeXML.clean(run.text)).replacingOccurrences(of: "\n", with: "<br>")
            guard !text.isEmpty else { continue }
            if run.italic { text = "<em>\(text)</em>" }
            if run.bold { text = "<strong>\(text)</strong>" }
            switch run.change {
            case .inserted: text = "<ins>\(text)</ins>"
            case .deleted: text = "<del>\(text)</del>"
            case nil: break
            }
            x += text
        }
        return x
    }
}

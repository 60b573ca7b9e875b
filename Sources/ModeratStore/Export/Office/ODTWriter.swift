import Foundation

/// Writes an `OfficeDocument` as OpenDocument Text (.odt): the `mimetype` part first and
/// stored, then the manifest, content, styles and metadata.
public enum ODTWriter {
    public static let mediaType = "application/vnd.oasis.opendocument.text"

    /// The file's bytes; `date` is the creation date in the metadata and on every ZIP entry.
    public static func write(_ doc: OfficeDocument, date: Date) throws -> Data {
        try OfficeArchive.pack([
            .init("mimetype", mediaType, stored: true),
            .init("META-INF/manifest.xml", manifest),
            .init("content.xml", content(doc)),
            .init("styles.xml", ODTStyles.styles(language: doc.language)),
            .init("meta.xml", meta(doc, date: date)),
        ], date: date)
    }

    static let namespaces = [
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"",
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"",
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"",
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"",
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"",
        "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"",
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
    ].joined(separator: " ")

    static let manifest = OfficeXML.declaration + """
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
         <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="\(mediaType)"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>

        """

    static func meta(_ doc: OfficeDocument, date: Date) -> String {
        let iso = ISO8601DateFormatter().string(from: date)
        return OfficeXML.declaration
            + "<office:document-meta \(namespaces) office:version=\"1.2\"><office:meta>"
            + "<meta:generator>moderat</meta:generator>"
            + "<dc:title>\(OfficeXML.escape(doc.title))</dc:title>"
            + "<dc:language>\(doc.language.rawValue)</dc:language>"
            + "<meta:creation-date>\(iso)</meta:creation-date>"
            + "</office:meta></office:document-meta>\n"
    }

    static func content(_ doc: OfficeDocument) -> String {
        var x = OfficeXML.declaration
        x += "<office:document-content \(namespaces) office:version=\"1.2\">"
        x += ODTStyles.automatic(doc)
        x += "<office:body><office:text>"
        var tableNumber = 0
        for block in doc.blocks {
            switch block {
            case let .heading(level, runs):
                let l = min(max(level, 1), 4)
                x += "<text:h text:style-name=\"Heading_20_\(l)\" text:outline-level=\"\(l)\">\(inline(runs))</text:h>"
            case let .paragraph(runs):
                x += "<text:p text:style-name=\"Text_20_body\">\(inline(runs))</text:p>"
            case let .list(ordered, items):
                x += "<text:list text:style-name=\"\(ordered ? "LNumbered" : "LBullet")\">"
                for item in items {
                    x += "<text:list-item><text:p text:style-name=\"List_20_item\">\(inline(item))</text:p></text:list-item>"
                }
                x += "</text:list>"
            case let .table(table):
                tableNumber += 1
                x += self.table(table, number: tableNumber)
            }
        }
        x += "</office:text></office:body></office:document-content>\n"
        return x
    }

    static func table(_ t: OfficeTable, number: Int) -> String {
        let n = t.columnCount
        var x = "<table:table table:name=\"Tabelle\(number)\" table:style-name=\"Tab\">"
        for column in 0..<n { x += "<table:table-column table:style-name=\"Tab.C\(number).\(column)\"/>" }
        func row(_ cells: [[OfficeRun]], paragraph: String) -> String {
            var r = "<table:table-row>"
            for column in 0..<n {
                let runs = column < cells.count ? cells[column] : []
                r += "<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\">"
                    + "<text:p text:style-name=\"\(paragraph)\">\(inline(runs))</text:p></table:table-cell>"
            }
            return r + "</table:table-row>"
        }
        if !t.header.isEmpty {
            x += "<table:table-header-rows>" + row(t.header, paragraph: "Table_20_Heading") + "</table:table-header-rows>"
        }
        for cells in t.rows { x += row(cells, paragraph: "Table_20_Contents") }
        return x + "</table:table>"
    }

    /// Runs as spans; line breaks, tabs and runs of spaces as ODF's own elements (a plain
    /// second space would collapse).
    static func inline(_ runs: [OfficeRun]) -> String {
        var x = ""
        for run in runs {
            let body = run.text.isEmpty ? "" : OfficeXML.pieces(run.text).map(piece).joined()
            guard !body.isEmpty else { continue }
            if let style = ODTStyles.spanStyle(run) {
                x += "<text:span text:style-name=\"\(style)\">\(body)</text:span>"
            } else {
                x += body
            }
        }
        return x
    }

    static func piece(_ p: OfficeXML.Piece) -> String {
        switch p {
        case .lineBreak: return "<text:line-break/>"
        case .tab: return "<text:tab/>"
        case let .text(s): return spaces(s)
        }
    }

    /// Keeps every space: the first of a run of spaces is written as it is, the further ones
    /// as `<text:s/>` (ODF collapses plain spaces that follow one another).
    static func spaces(_ s: String) -> String {
        var out = ""
        var pending = 0
        func flush() {
            guard pending > 0 else { return }
            out += " "
            if pending > 1 { out += "<text:s text:c=\"\(pending - 1)\"/>" }
            pending = 0
        }
        for ch in s {
            if ch == " " {
                pending += 1
            } else {
                flush()
                out += HTMLEscaping.escape(String(ch))
            }
        }
        flush()
        return out
    }
}

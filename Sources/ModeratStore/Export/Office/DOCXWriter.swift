import Foundation

/// Writes an `OfficeDocument` as Office Open XML (.docx): content types, package
/// relationships, the document, its styles and list numbering, core properties.
public enum DOCXWriter {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The file's bytes; `date` is the creation date in the properties and on every ZIP entry.
    public static func write(_ doc: OfficeDocument, date: Date) throws -> Data {
        let body = DOCXBody(doc)
        return try OfficeArchive.pack([
            .init("[Content_Types].xml", contentTypes),
            .init("_rels/.rels", packageRelationships),
            .init("word/_rels/document.xml.rels", documentRelationships),
            .init("word/document.xml", body.document),
            .init("word/styles.xml", DOCXStyles.styles(language: doc.language)),
            .init("word/numbering.xml", body.numbering),
            .init("docProps/core.xml", core(doc, date: date)),
        ], date: date)
    }

    static let contentTypes = OfficeXML.declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>

        """

    static let packageRelationships = OfficeXML.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>

        """

    static let documentRelationships = OfficeXML.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="\(relationships)/numbering" Target="numbering.xml"/>\
        </Relationships>

        """

    static func core(_ doc: OfficeDocument, date: Date) -> String {
        let iso = ISO8601DateFormatter().string(from: date)
        return OfficeXML.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(OfficeXML.escape(doc.title))</dc:title><dc:language>\(doc.language.rawValue)</dc:language>"
            + "<dc:creator>moderat</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(iso)</dcterms:created>"
            + "</cp:coreProperties>\n"
    }
}

/// The body of a DOCX and the list numbering it needs (every numbered list restarts at 1,
/// so each gets its own numbering instance).
struct DOCXBody {
    private(set) var document = ""
    private(set) var numbering = ""

    /// A4 less 2 cm margins each side, in twentieths of a point.
    static let textWidth = 9638

    init(_ doc: OfficeDocument) {
        var x = OfficeXML.declaration + "<w:document xmlns:w=\"\(DOCXWriter.w)\" xmlns:r=\"\(DOCXWriter.relationships)\"><w:body>"
        var orderedLists = 0
        for block in doc.blocks {
            switch block {
            case let .heading(level, runs):
                let l = min(max(level, 1), 4)
                x += "<w:p><w:pPr><w:pStyle w:val=\"Heading\(l)\"/></w:pPr>\(Self.inline(runs))</w:p>"
            case let .paragraph(runs):
                x += "<w:p>\(Self.inline(runs))</w:p>"
            case let .list(ordered, items):
                var numId = 1
                if ordered {
                    orderedLists += 1
                    numId = 1 + orderedLists
                }
                for item in items {
                    x += "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(numId)\"/></w:numPr></w:pPr>\(Self.inline(item))</w:p>"
                }
            case let .table(table):
                x += Self.table(table)
            }
        }
        x += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
        x += "</w:body></w:document>\n"
        document = x
        numbering = Self.numbering(orderedLists: orderedLists)
    }

    static func table(_ t: OfficeTable) -> String {
        let widths = t.fractions().map { Int(($0 * Double(textWidth)).rounded()) }
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        var x = "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined()
            + "</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
            + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        func row(_ cells: [[OfficeRun]], header: Bool) -> String {
            var r = "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            for (column, width) in widths.enumerated() {
                var runs = column < cells.count ? cells[column] : []
                if header { runs = runs.map { var run = $0; run.bold = true; return run } }
                r += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>\(inline(runs))</w:p></w:tc>"
            }
            return r + "</w:tr>"
        }
        if !t.header.isEmpty { x += row(t.header, header: true) }
        for cells in t.rows { x += row(cells, header: false) }
        // Word joins two adjacent tables and wants a paragraph between a table and the end.
        return x + "</w:tbl><w:p/>"
    }

    static func inline(_ runs: [OfficeRun]) -> String {
        var x = ""
        for run in runs {
            let pieces = OfficeXML.pieces(run.text)
            guard !pieces.isEmpty else { continue }
            var props = ""
            if run.bold { props += "<w:b/>" }
            if run.italic { props += "<w:i/>" }
            switch run.change {
            case .inserted: props += "<w:color w:val=\"1A7F37\"/><w:u w:val=\"single\"/>"
            case .deleted: props += "<w:strike/><w:color w:val=\"B3261E\"/>"
            case nil: break
            }
            x += "<w:r>" + (props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>")
            for piece in pieces {
                switch piece {
                case .lineBreak: x += "<w:br/>"
                case .tab: x += "<w:tab/>"
                case let .text(s): x += "<w:t xml:space=\"preserve\">\(HTMLEscaping.escape(s))</w:t>"
                }
            }
            x += "</w:r>"
        }
        return x
    }

    /// Numbering instance 1 is the bullet list; 2… are one per numbered list.
    static func numbering(orderedLists: Int) -> String {
        func level(_ format: String, _ text: String) -> String {
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/>"
                + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        var x = OfficeXML.declaration + "<w:numbering xmlns:w=\"\(DOCXWriter.w)\">"
        x += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>\(level("bullet", "•"))</w:abstractNum>"
        x += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>\(level("decimal", "%1."))</w:abstractNum>"
        x += "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        for n in 0..<orderedLists {
            x += "<w:num w:numId=\"\(n + 2)\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        }
        return x + "</w:numbering>\n"
    }
}

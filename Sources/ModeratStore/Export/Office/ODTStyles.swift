/// The styles an ODT from moderat uses: named paragraph styles in styles.xml (so a city
/// office can restyle the document), character and table looks as automatic styles.
enum ODTStyles {
    /// The automatic style of a run's look, nil for plain text.
    static func spanStyle(_ run: OfficeRun) -> String? {
        var name = ""
        if run.bold { name += "B" }
        if run.italic { name += "I" }
        switch run.change {
        case .inserted: name += "Ins"
        case .deleted: name += "Del"
        case nil: break
        }
        return name.isEmpty ? nil : "T" + name
    }

    static func automatic(_ doc: OfficeDocument) -> String {
        var x = "<office:automatic-styles>"
        for bold in [false, true] {
            for italic in [false, true] {
                for change in [nil, OfficeRun.Change.inserted, .deleted] {
                    guard let name = spanStyle(OfficeRun("", bold: bold, italic: italic, change: change)) else { continue }
                    var props = ""
                    if bold { props += " fo:font-weight=\"bold\"" }
                    if italic { props += " fo:font-style=\"italic\"" }
                    switch change {
                    case .inserted:
                        props += " style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\" fo:color=\"#1a7f37\""
                    case .deleted:
                        props += " style:text-line-through-style=\"solid\" fo:color=\"#b3261e\""
                    case nil: break
                    }
                    x += "<style:style style:name=\"\(name)\" style:family=\"text\"><style:text-properties\(props)/></style:style>"
                }
            }
        }
        var tableNumber = 0
        for case let .table(t) in doc.blocks {
            tableNumber += 1
            for (column, share) in t.fractions().enumerated() {
                let cm = (share * textWidthCM * 100).rounded() / 100
                x += "<style:style style:name=\"Tab.C\(tableNumber).\(column)\" style:family=\"table-column\">"
                    + "<style:table-column-properties style:column-width=\"\(cm)cm\"/></style:style>"
            }
        }
        x += "<style:style style:name=\"Tab\" style:family=\"table\"><style:table-properties style:width=\"\(textWidthCM)cm\" table:align=\"margins\" fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.3cm\"/></style:style>"
        x += "<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #000000\"/></style:style>"
        x += "<text:list-style style:name=\"LBullet\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\">"
            + "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"0.635cm\" fo:text-indent=\"-0.635cm\" fo:margin-left=\"0.635cm\"/></style:list-level-properties>"
            + "</text:list-level-style-bullet></text:list-style>"
        x += "<text:list-style style:name=\"LNumbered\"><text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\">"
            + "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"0.635cm\" fo:text-indent=\"-0.635cm\" fo:margin-left=\"0.635cm\"/></style:list-level-properties>"
            + "</text:list-level-style-number></text:list-style>"
        return x + "</office:automatic-styles>"
    }

    /// A4 less 2 cm margins each side.
    static let textWidthCM = 17.0

    static func styles(language: ExportLanguage) -> String {
        let country = language == .de ? "DE" : "GB"
        func heading(_ level: Int, _ size: String) -> String {
            "<style:style style:name=\"Heading_20_\(level)\" style:display-name=\"Heading \(level)\" style:family=\"paragraph\" "
                + "style:parent-style-name=\"Standard\" style:next-style-name=\"Text_20_body\" style:default-outline-level=\"\(level)\" style:class=\"text\">"
                + "<style:paragraph-properties fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"/>"
                + "<style:text-properties fo:font-size=\"\(size)\" fo:font-weight=\"bold\"/></style:style>"
        }
        return OfficeXML.declaration
            + "<office:document-styles \(ODTWriter.namespaces) office:version=\"1.2\"><office:styles>"
            + "<style:default-style style:family=\"paragraph\"><style:text-properties fo:font-size=\"11pt\" fo:language=\"\(language.rawValue)\" fo:country=\"\(country)\"/></style:default-style>"
            + "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
            + "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
            + "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\"/></style:style>"
            + "<style:style style:name=\"List_20_item\" style:display-name=\"List item\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" style:class=\"list\">"
            + "<style:paragraph-properties fo:margin-bottom=\"0.1cm\"/></style:style>"
            + "<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\"/>"
            + "<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\" style:class=\"extra\">"
            + "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
            + heading(1, "18pt") + heading(2, "15pt") + heading(3, "13pt") + heading(4, "11.5pt")
            + "</office:styles><office:automatic-styles><style:page-layout style:name=\"A4\">"
            + "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" "
            + "fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/></style:page-layout>"
            + "</office:automatic-styles><office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"/></office:master-styles>"
            + "</office:document-styles>\n"
    }
}

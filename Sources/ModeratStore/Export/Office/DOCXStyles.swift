/// The named styles of a DOCX from moderat (Normal, Heading1–4, ListParagraph), so a city
/// office can restyle the document with Word's own style names.
enum DOCXStyles {
    static func styles(language: ExportLanguage) -> String {
        let lang = language == .de ? "de-DE" : "en-GB"
        func heading(_ level: Int, halfPoints: Int) -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr>"
                + "<w:rPr><w:b/><w:sz w:val=\"\(halfPoints)\"/></w:rPr></w:style>"
        }
        return OfficeXML.declaration
            + "<w:styles xmlns:w=\"\(DOCXWriter.w)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\"/><w:lang w:val=\"\(lang)\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"140\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + heading(1, halfPoints: 36) + heading(2, halfPoints: 30) + heading(3, halfPoints: 26) + heading(4, halfPoints: 23)
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/></w:pPr></w:style>"
            + "</w:styles>\n"
    }
}

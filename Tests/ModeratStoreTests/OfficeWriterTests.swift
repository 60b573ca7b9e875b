import Foundation
import Testing
import ZIPFoundation
@testable import ModeratStore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A document with every building block and the text citizens really send: markup
/// characters, quotes, control characters, umlauts, runs of spaces.
let officeSample = OfficeDocument(title: "Synopse <Leitlinien> & \"Beteiligung\"", language: .de, blocks: [
    .heading(1, "Leitlinien für Bürgerbeteiligung"),
    .heading(2, "C1 Vorhabenliste"),
    .paragraph([
        OfficeRun("Die Stadt "), OfficeRun("veröffentlicht", bold: true), OfficeRun(" die Liste "),
        OfficeRun("vierteljährlich", change: .deleted), OfficeRun("monatlich", change: .inserted),
        OfficeRun(" im "), OfficeRun("Internet", italic: true), OfficeRun("."),
    ]),
    .paragraph("Zeile eins\nZeile zwei\twith tab,  zwei Leerzeichen, <b>kein Markup</b> & \u{1}\u{7}\u{1B}[31mSteuerzeichen\u{FFFE} 'fertig'"),
    .list(ordered: false, items: [[OfficeRun("Punkt Äpfel")], [OfficeRun("Punkt Öl", bold: true)]]),
    .list(ordered: true, items: [[OfficeRun("Erstens")], [OfficeRun("Zweitens")]]),
    .list(ordered: true, items: [[OfficeRun("Wieder eins")]]),
    .table(OfficeTable(header: ["Nr.", "Abschnitt", "Ergebnis"],
                       rows: [["1", "C1", "übernommen"], ["2", "B2 <x>", "nicht übernommen"]],
                       widths: [1, 2, 3])),
])

/// The parts of an office file, read back with the ZIP library.
struct OfficeParts {
    let archive: Archive
    let names: [String]

    init(_ data: Data) throws {
        archive = try Archive(data: data, accessMode: .read)
        names = archive.map(\.path)
    }

    func text(_ path: String) throws -> String {
        let entry = try #require(archive[path], "no part \(path)")
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return try #require(String(data: data, encoding: .utf8))
    }
}

/// Parses XML with Foundation's parser, collecting the character data and every element name.
final class XMLCollector: NSObject, XMLParserDelegate {
    var text = ""
    var elements: [String] = []
    var error: Error?

    static func parse(_ xml: String) throws -> XMLCollector {
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = false
        parser.delegate = collector
        let ok = parser.parse()
        if !ok { throw parser.parserError ?? collector.error ?? CocoaError(.coderReadCorrupt) }
        return collector
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
}

@Suite("Office documents (ODT, DOCX)")
struct OfficeWriterTests {
    let date = Date(timeIntervalSince1970: 1_790_000_000)

    @Test("An ODT starts with its mimetype stored uncompressed, and every part is well-formed XML")
    func odtPackage() throws {
        let data = try ODTWriter.write(officeSample, date: date)
        // The ODF signature a file-type sniffer reads: the first entry's name and bytes at fixed offsets.
        #expect(String(decoding: data[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: data[38..<(38 + ODTWriter.mediaType.utf8.count)], as: UTF8.self) == ODTWriter.mediaType)
        let parts = try OfficeParts(data)
        #expect(parts.names == ["mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"])
        let mimetype = try #require(parts.archive["mimetype"])
        #expect(mimetype.compressedSize == mimetype.uncompressedSize)
        for name in parts.names where name.hasSuffix(".xml") {
            _ = try XMLCollector.parse(try parts.text(name))
        }
        let manifest = try XMLCollector.parse(try parts.text("META-INF/manifest.xml"))
        #expect(manifest.elements.filter { $0 == "manifest:file-entry" }.count == 4)
    }

    @Test("The ODT's content holds the text as written, markup escaped, control characters gone")
    func odtContent() throws {
        let parts = try OfficeParts(try ODTWriter.write(officeSample, date: date))
        let content = try XMLCollector.parse(try parts.text("content.xml"))
        #expect(content.text.contains("Die Stadt veröffentlicht die Liste vierteljährlichmonatlich im Internet."))
        #expect(content.text.contains("<b>kein Markup</b> & [31mSteuerzeichen 'fertig'"))
        #expect(content.text.contains("[31m") && !content.text.contains("\u{1B}"))
        #expect(content.text.contains("B2 <x>"))
        #expect(content.elements.filter { $0 == "text:h" }.count == 2)
        #expect(content.elements.filter { $0 == "text:line-break" }.count == 1)
        #expect(content.elements.filter { $0 == "text:list" }.count == 3)
        #expect(content.elements.filter { $0 == "table:table-row" }.count == 3)
        let xml = try parts.text("content.xml")
        #expect(xml.contains("<text:span text:style-name=\"TDel\">vierteljährlich</text:span><text:span text:style-name=\"TIns\">monatlich</text:span>"))
        #expect(xml.contains("with tab, <text:s text:c=\"1\"/>zwei"))  // the second of two spaces survives
        let meta = try XMLCollector.parse(try parts.text("meta.xml"))
        #expect(meta.text.contains("Synopse <Leitlinien> & \"Beteiligung\""))
    }

    @Test("A DOCX has its content types, relationships, document, styles and numbering, all well-formed")
    func docxPackage() throws {
        let parts = try OfficeParts(try DOCXWriter.write(officeSample, date: date))
        #expect(Set(parts.names) == ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
                                     "word/styles.xml", "word/numbering.xml", "docProps/core.xml"])
        for name in parts.names { _ = try XMLCollector.parse(try parts.text(name)) }
        let types = try parts.text("[Content_Types].xml")
        #expect(types.contains("PartName=\"/word/document.xml\""))
        let document = try XMLCollector.parse(try parts.text("word/document.xml"))
        #expect(document.text.contains("Die Stadt veröffentlicht die Liste vierteljährlichmonatlich im Internet."))
        #expect(document.text.contains("with tab,  zwei Leerzeichen, <b>kein Markup</b> & [31mSteuerzeichen 'fertig'"))
        #expect(document.elements.filter { $0 == "w:br" }.count == 1)
        #expect(document.elements.filter { $0 == "w:strike" }.count == 1)
        #expect(document.elements.filter { $0 == "w:tr" }.count == 3)
        // Two numbered lists, each restarting at 1: two numbering instances besides the bullets.
        let numbering = try XMLCollector.parse(try parts.text("word/numbering.xml"))
        #expect(numbering.elements.filter { $0 == "w:num" }.count == 3)
    }

    @Test("The same document written twice gives the same bytes")
    func deterministic() throws {
        #expect(try ODTWriter.write(officeSample, date: date) == ODTWriter.write(officeSample, date: date))
        #expect(try DOCXWriter.write(officeSample, date: date) == DOCXWriter.write(officeSample, date: date))
    }

    @Test("The same document as HTML: one page, balanced tags, marks as ins/del, text escaped")
    func html() throws {
        let html = OfficeHTML.render(officeSample)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">"))
        #expect(html.contains("<title>Synopse &lt;Leitlinien&gt; &amp; &quot;Beteiligung&quot;</title>"))
        #expect(html.contains("<del>vierteljährlich</del><ins>monatlich</ins>"))
        #expect(html.contains("Zeile eins<br>Zeile zwei"))
        #expect(html.contains("&lt;b&gt;kein Markup&lt;/b&gt; &amp; [31mSteuerzeichen"))
        #expect(html.contains("<td>B2 &lt;x&gt;</td>"))
        let problems = try HTMLValidator.problems(html)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("The same document as Markdown: marks, lists and a pipe table; citizen text cannot become markup")
    func markdown() {
        let md = OfficeMarkdown.render(officeSample)
        #expect(md.contains("# Leitlinien für Bürgerbeteiligung\n"))
        #expect(md.contains("Die Stadt **veröffentlicht** die Liste ~~vierteljährlich~~<ins>monatlich</ins> im _Internet_."))
        #expect(md.contains("Zeile eins  \nZeile zwei"))
        #expect(md.contains("\\<b\\>kein Markup\\</b\\> \\& \\[31mSteuerzeichen"))
        #expect(md.contains("1. Erstens\n2. Zweitens\n"))
        #expect(md.contains("| Nr. | Abschnitt | Ergebnis |\n|---|---|---|\n| 1 | C1 | übernommen |\n| 2 | B2 \\<x\\> | nicht übernommen |"))
    }

    @Test("XML text loses exactly what XML 1.0 forbids and keeps tabs and line feeds")
    func xmlClean() {
        #expect(OfficeXML.clean("a\u{0}b\u{8}c\u{B}d\u{C}e\u{1F}f\u{FFFF}g\u{FFFE}h\r\ni\tj") == "abcdefgh\ni\tj")
        #expect(OfficeXML.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(OfficeXML.pieces("a\nb\tc") == [.text("a"), .lineBreak, .text("b"), .tab, .text("c")])
    }
}

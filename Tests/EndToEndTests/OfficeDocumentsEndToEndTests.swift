import Foundation
import ModeratStore
import Testing

/// The office writers' output as LibreOffice reads it: converted to PDF, the PDF's text
/// holds the headings, paragraphs, lists and table cells, and the changes of a Synopse.
@Suite("Office documents open in LibreOffice", .serialized, .beyondSmokeSet)
struct OfficeDocumentsEndToEndTests {
    static let document = OfficeDocument(title: "Probe", language: .de, blocks: [
        .heading(1, "Leitlinien für Bürgerbeteiligung"),
        .heading(2, "C1 Vorhabenliste"),
        .paragraph([OfficeRun("Die Stadt veröffentlicht die Liste "), OfficeRun("vierteljährlich", change: .deleted),
                    OfficeRun(" "), OfficeRun("monatlich", change: .inserted), OfficeRun(".")]),
        .paragraph("Erste Zeile <b> & \u{1B}[31m\nZweite Zeile"),
        .list(ordered: true, items: [[OfficeRun("Erstens Äpfel")], [OfficeRun("Zweitens Öl", bold: true)]]),
        .table(OfficeTable(header: ["Nr.", "Ergebnis"], rows: [["1", "teilweise übernommen"]], widths: [1, 4])),
    ])

    @Test("An ODT converts to a PDF holding every block's text", .requires(.soffice, .pdftotext), .startsLibreOffice)
    func odt() async throws {
        try E2EEnvironment.require(E2ETool.forOffice)
        try await check(try ODTWriter.write(Self.document, date: Date()), "odt")
    }

    @Test("A DOCX converts to a PDF holding every block's text", .requires(.soffice, .pdftotext), .startsLibreOffice)
    func docx() async throws {
        try E2EEnvironment.require(E2ETool.forOffice)
        try await check(try DOCXWriter.write(Self.document, date: Date()), "docx")
    }

    func check(_ data: Data, _ ext: String) async throws {
        let workspace = try TempWorkspace(prefix: "mod-office")
        defer { workspace.remove() }
        let text = try await OfficeToText.text(of: data, fileExtension: ext, in: workspace)
        for expected in ["Leitlinien für Bürgerbeteiligung", "C1 Vorhabenliste",
                         "Die Stadt veröffentlicht die Liste vierteljährlich monatlich.",
                         "Erste Zeile <b> & [31m", "Zweite Zeile", "1. Erstens Äpfel", "2. Zweitens Öl",
                         "Ergebnis", "teilweise übernommen"] {
            #expect(text.contains(expected), "\(ext): PDF text lacks \(expected.debugDescription):\n\(text)")
        }
    }
}

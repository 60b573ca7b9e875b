import Foundation
import Testing

/// The Synopse and the Abwägungstabelle as a city office receives them: a moderator records a
/// consideration with `moderat consider`, the export is opened in LibreOffice, and the PDF's
/// text holds a section's final text, the comment and its outcome with the rationale.
@Suite("Synopse and Abwägungstabelle in LibreOffice", .serialized, .beyondSmokeSet)
struct ConsiderationExportEndToEndTests {
    /// The PDF text with line breaks and runs of spaces as single spaces (a PDF wraps lines anywhere).
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Considers the first unconsidered comment of the demo and returns its number.
    static func considerOne(_ db: URL, _ workspace: TempWorkspace) async throws -> String {
        let list = try await ModeratLaunch.run(database: db, arguments: ["consider", "--list", "--unconsidered", "--process", "leitlinien", "--format", "json"], workspace: workspace)
        #expect(list.succeeded, "\(list.stderr)")
        let items = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        let first = try #require(items.first { ($0["target"] as? String)?.hasPrefix("comment:") == true })
        let number = try #require(first["number"] as? String)
        let done = try await ModeratLaunch.run(database: db, arguments: [
            "consider", number, "--outcome", "partly", "--rationale", "Prüfvermerk Zwölf: in Abschnitt C1 aufgenommen.", "--lang", "en",
        ], workspace: workspace)
        #expect(done.succeeded, "\(done.stderr)")
        #expect(done.stdout == "comment:\(number): partly, draft (version 1)\n")
        return number
    }

    @Test("The Synopse as ODT and DOCX: final text with its change, a comment, its outcome and rationale", .requires(.soffice, .pdftotext), .startsLibreOffice)
    func synopsis() async throws {
        try E2EEnvironment.require(E2ETool.forOffice)
        let workspace = try TempWorkspace(prefix: "mod-syn")
        defer { workspace.remove() }
        let db = try await DemoDatabase.copy(into: workspace)
        let number = try await Self.considerOne(db, workspace)
        for ext in ["odt", "docx"] {
            let out = workspace.path("synopse.\(ext)")
            let run = try await ModeratLaunch.run(database: db, arguments: ["export", "synopsis", "--format", ext, "-o", out.path,
                                                                             "--process", "leitlinien"], workspace: workspace)
            #expect(run.succeeded, "\(run.stderr)")
            let text = Self.flat(try await OfficeToText.text(of: try Data(contentsOf: out), fileExtension: ext, in: workspace))
            for expected in [
                "Synopse: Leitlinien für Bürgerbeteiligung",
                "ganz oder teilweise übernommen",
                "C1 Vorhabenliste",
                // The final text with the deleted and the inserted words (both shown, marked).
                "Die Liste wird mindestens zweimal im Jahr vierteljährlich aktualisiert",
                "Nr. \(number) · Teilnehmer/in",
                "Ergebnis: teilweise übernommen (Entwurf)",
                "Begründung: Prüfvermerk Zwölf: in Abschnitt C1 aufgenommen.",
                "Gemeinsam abgewogen",
            ] {
                #expect(text.contains(expected), "\(ext): the PDF lacks \(expected.debugDescription)")
            }
        }
    }

    @Test("The Abwägungstabelle as DOCX: one row per comment with outcome and rationale, no names", .requires(.soffice, .pdftotext), .startsLibreOffice)
    func table() async throws {
        try E2EEnvironment.require(E2ETool.forOffice)
        let workspace = try TempWorkspace(prefix: "mod-abw")
        defer { workspace.remove() }
        let db = try await DemoDatabase.copy(into: workspace)
        _ = try await Self.considerOne(db, workspace)
        let out = workspace.path("abwaegung.docx")
        let run = try await ModeratLaunch.run(database: db, arguments: ["export", "abwaegung", "--process", "leitlinien",
                                                                         "--format", "docx", "-o", out.path], workspace: workspace)
        #expect(run.succeeded, "\(run.stderr)")
        let text = Self.flat(try await OfficeToText.text(of: try Data(contentsOf: out), fileExtension: "docx", in: workspace))
        for expected in ["Abwägungstabelle", "Nr.", "Abschnitt", "Ergebnis", "Begründung", "Prüfvermerk Zwölf", "teilweise übernommen"] {
            #expect(text.contains(expected), "the PDF lacks \(expected.debugDescription)")
        }
        #expect(!text.contains("Teilnehmer/in"))
    }
}

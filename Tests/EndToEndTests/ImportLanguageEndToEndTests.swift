import Foundation
import GRDB
import Testing

/// Issue 15, language: `moderat import` says its preview, skipped rows and summary in the
/// session's language (LANG or --lang); the exit code is the same in both.
@Suite("Import language end to end", .serialized, .beyondSmokeSet)
struct ImportLanguageEndToEndTests {
    static let export = """
        id;created_at;body/de;locale;author/id;author/name;alignment;commentable_id;commentable_type;root_commentable_url
        1;2024-05-13T10:01:07+02:00;Kommentar eins;de;1;Person 1;0;1;Decidim::Proposals::Proposal;https://mitwirkung.example.de/processes/leitlinien/f/3/proposals/1
        2;kaputt;Kommentar zwei;de;2;Person 2;0;1;Decidim::Proposals::Proposal;https://mitwirkung.example.de/processes/leitlinien/f/3/proposals/1

        """

    @Test("a dry run with one bad row skipped: German with LANG=de_DE.UTF-8, English with --lang en, in exact words",
          arguments: [
              ("de", "  Zeile 2: neu: 2024-05-13T08:01:07Z Person 1: Kommentar eins\n"
                  + "Probelauf, nichts geschrieben: würde importieren: 1 neu, 0 geändert, 0 unverändert, 0 Antworten verknüpft, "
                  + "1 übersprungen in T s (R Zeilen/s)\n",
               "FILE:3: übersprungen: created_at „kaputt“ ist keine Zeitangabe (ISO 8601 mit Zeitzone oder tt.mm.jjjj hh:mm)\n"),
              ("en", "  line 2: new: 2024-05-13T08:01:07Z Person 1: Kommentar eins\n"
                  + "dry run, nothing written: would import 1 new, 0 updated, 0 unchanged, 0 replies linked, 1 skipped in T s (R rows/s)\n",
               "FILE:3: skipped: created_at 'kaputt' is not a time (ISO 8601 with offset, or dd.mm.yyyy hh:mm)\n"),
          ])
    func dryRunInBothLanguages(lang: String, says: String, notes: String) async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let file = workspace.path("export.csv")
        try Data(Self.export.utf8).write(to: file)
        let arguments = ["import", "decidim", file.path, "--skip-bad", "--dry-run"] + (lang == "en" ? ["--lang", "en"] : [])
        let result = try await ModeratLaunch.run(database: db, arguments: arguments,
                                                 environment: ["MODERAT_ACCOUNT": "root", "LANG": "de_DE.UTF-8"], workspace: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        // Only the seconds and the rate vary between runs.
        let stable = result.stdout.replacingOccurrences(of: #" in \d+[.,]\d s \([\d.,]+ "#, with: " in T s (R ",
                                                                options: .regularExpression)
        #expect(stable == says)
        #expect(result.stderr.replacingOccurrences(of: file.path, with: "FILE") == notes)
        let written = try DemoDatabase.read(db) { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment WHERE body = 'Kommentar eins'") }
        #expect(written == 0, "a dry run writes nothing")
    }
}

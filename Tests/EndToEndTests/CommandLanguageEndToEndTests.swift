import Foundation
import Testing

/// The command line speaks the workbench's language (--lang, config, LANG): role refusals
/// every command shares and the demo's summary, in exact words, with exit codes unchanged.
@Suite("Command language end to end", .serialized)
struct CommandLanguageEndToEndTests {
    @Test("a viewer adding a user is refused in the language asked for (exit 1), an unlisted account too",
          arguments: [
              ("dkoenig", "en", "moderat: Not allowed: admins only (your role: viewer). Nothing was changed.\n"),
              ("dkoenig", "de", "moderat: Nicht erlaubt: nur Administration (Ihre Rolle: Lesen). Nichts wurde geändert.\n"),
              ("mallory", "en", "moderat: Not allowed: the account 'mallory' is not on moderat's list of users; an administrator can add it. Nothing was changed.\n"),
              ("mallory", "de", "moderat: Nicht erlaubt: Das Konto „mallory“ steht nicht in der Liste von moderat; die Verwaltung kann es eintragen. Nichts wurde geändert.\n"),
          ])
    func roleRefusal(account: String, lang: String, says: String) async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let result = try await ModeratLaunch.run(database: db, arguments: ["users", "add", "neu", "--name", "Neue Person", "--role", "admin", "--lang", lang],
                                                 environment: ["MODERAT_ACCOUNT": account], workspace: workspace)
        #expect(result.status == 1)
        #expect(result.stderr == says)
        #expect(result.stdout.isEmpty)
    }

    @Test("LANG=en_GB.UTF-8 without --lang gives English; the audit log refusal too")
    func languageFromEnvironment() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let result = try await ModeratLaunch.run(database: db, arguments: ["audit"],
                                                 environment: ["MODERAT_ACCOUNT": "dkoenig", "LANG": "en_GB.UTF-8"], workspace: workspace)
        #expect(result.status == 1)
        #expect(result.stderr == "moderat: The audit log is for moderators, secretaries and admins, not for the role “viewer”.\n")
        let german = try await ModeratLaunch.run(database: db, arguments: ["audit", "--lang", "de"],
                                                 environment: ["MODERAT_ACCOUNT": "dkoenig", "LANG": "en_GB.UTF-8"], workspace: workspace)
        #expect(german.status == 1)
        #expect(german.stderr == "moderat: Das Audit-Log ist für Moderation, Schriftführung und Verwaltung, nicht für „Lesen“.\n")
    }

    @Test("`moderat demo --no-tui` says one summary line in the language asked for, not a Swift debug dump",
          arguments: [
              ("en", "moderat: demo database DB: 518 comments (314 pending), 2 processes, 5 moderators, 2 meetings in T s\n"),
              ("de", "moderat: Demo-Datenbank DB: 518 Beiträge (314 offen), 2 Verfahren, 5 Moderierende, 2 Sitzungen in T s\n"),
          ])
    func demoSummary(lang: String, says: String) async throws {
        let workspace = try TempWorkspace()
        let db = workspace.path("demo.db")
        let result = try await ModeratLaunch.run(database: db, arguments: ["demo", "--no-tui", "--lang", lang], workspace: workspace,
                                                 timeout: .seconds(120))
        #expect(result.status == 0, "\(result.stderr)")
        // Only the path and the seconds it took vary between runs.
        let time = try #require(result.stderr.firstMatch(of: /in (\d+\.\d) s\n\z/))
        let stable = result.stderr.replacingCharacters(in: time.1.startIndex..<time.1.endIndex, with: "T")
            .replacingOccurrences(of: db.path, with: "DB")
        #expect(stable == says)
        #expect(result.stdout.isEmpty)
    }
}

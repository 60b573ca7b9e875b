import Foundation
import Testing

/// The command line speaks the workbench's language (--lang, config, LANG): role refusals
/// every command shares and the demo's summary, in exact words, with exit codes unchanged.
@Suite("Command language end to end", .serialized, .beyondSmokeSet)
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
              ("en", "moderat: demo database DB: 518 comments (P pending), 2 processes, 5 moderators, 2 meetings in T s\n"),
              ("de", "moderat: Demo-Datenbank DB: 518 Beiträge (P offen), 2 Verfahren, 5 Moderierende, 2 Sitzungen in T s\n"),
          ])
    func demoSummary(lang: String, says: String) async throws {
        let workspace = try TempWorkspace()
        let db = workspace.path("demo.db")
        let result = try await ModeratLaunch.run(database: db, arguments: ["demo", "--no-tui", "--lang", lang], workspace: workspace,
                                                 timeout: .seconds(120))
        #expect(result.status == 0, "\(result.stderr)")
        // The path and the seconds it took vary between runs; the pending count follows the
        // day the demo is made (its newest comments arrive relative to now), so it is read
        // back from the queue the demo wrote.
        let queue = try await ModeratLaunch.run(database: db, arguments: ["queue", "--format", "csv"], workspace: workspace)
        #expect(queue.status == 0, "\(queue.stderr)")
        let pending = queue.stdout.split(separator: "\n").count - 1
        #expect(pending > 0)
        let time = try #require(result.stderr.firstMatch(of: /in (\d+\.\d) s\n\z/))
        let stable = result.stderr.replacingCharacters(in: time.1.startIndex..<time.1.endIndex, with: "T")
            .replacingOccurrences(of: db.path, with: "DB")
        #expect(stable == says.replacingOccurrences(of: "(P ", with: "(\(pending) "))
        #expect(result.stdout.isEmpty)
    }

    /// One failure (or confirmation) of each kind the command line says: a store error, a
    /// command's own refusal, a typed role refusal that used to be free text, a confirmation.
    /// `DB` stands for the database's path, `DIR` for the workspace.
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let arguments: [String]
        let account: String?
        let status: Int32
        let german: String
        let english: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "store error: no such database file", arguments: ["queue", "--db", "DIR/nirgends.db"], account: nil, status: 66,
             german: "moderat: DIR/nirgends.db: diese Datenbank gibt es nicht (anlegen mit `moderat init` oder `moderat demo`)\n",
             english: "moderat: DIR/nirgends.db: no such database (create one with `moderat init` or `moderat demo`)\n"),
        Case(name: "command failure: an empty file as --db", arguments: ["queue", "--db", "DIR/leer.db"], account: nil, status: 74,
             german: "moderat: DIR/leer.db: die Datei ist leer (0 Byte), keine moderat-Datenbank; moderat hat sie so gelassen (`moderat init --db DIR/leer.db` macht eine daraus)\n",
             english: "moderat: DIR/leer.db: the file is empty (0 bytes), not a moderat database; moderat left it as it was (`moderat init --db DIR/leer.db` makes it one)\n"),
        Case(name: "command failure: tag on a comment that does not exist", arguments: ["tag", "99999", "C1"], account: "amueller", status: 65,
             german: "moderat: Beitrag 99999: gibt es nicht\n", english: "moderat: comment 99999: no such comment\n"),
        Case(name: "command failure: queue --section that does not exist", arguments: ["queue", "--section", "Z9"], account: "amueller", status: 65,
             german: "moderat: --section Z9: diesen Leitlinien-Abschnitt gibt es nicht\n", english: "moderat: --section Z9: no such guideline section\n"),
        Case(name: "command failure: init on a file that exists", arguments: ["init"], account: nil, status: 73,
             german: "moderat: DB: gibt es schon; nichts wurde geändert\n", english: "moderat: DB: already exists; nothing was changed\n"),
        Case(name: "typed refusal: a moderator runs forget-author", arguments: ["forget-author", "#1", "--dry-run"], account: "amueller", status: 1,
             german: "moderat: Nicht erlaubt: personenbezogene Daten löschen (forget-author, purge) darf nur die Administration (Ihre Rolle: Moderation). Nichts wurde geändert.\n",
             english: "moderat: Not allowed: erasing personal data (forget-author, purge) is for admins only (your role: moderator). Nothing was changed.\n"),
        Case(name: "typed store refusal: considering a pending comment", arguments: ["consider", "1", "--outcome", "adopted"], account: "amueller",
             status: 1, german: "moderat: Beitrag 1 ist offen; abgewogen werden nur freigegebene Beiträge.\n",
             english: "moderat: Comment 1 is pending; only approved comments are considered.\n"),
        Case(name: "typed missing: consider a comment that does not exist", arguments: ["consider", "99999", "--outcome", "adopted"],
             account: "amueller", status: 65, german: "moderat: Beitrag 99999 gibt es nicht.\n",
             english: "moderat: There is no comment 99999.\n"),
        Case(name: "typed missing: a meeting that does not exist", arguments: ["meetings", "set", "999", "--chair", "Jana Roth"],
             account: "cweber", status: 1, german: "moderat: Sitzung 999 gibt es nicht (siehe `moderat meetings list`).\n",
             english: "moderat: There is no meeting 999 (see `moderat meetings list`).\n"),
        Case(name: "terminal: the workbench without a terminal", arguments: [], account: "amueller", status: 69,
             german: "moderat: Die Standardeingabe ist kein Terminal; die Oberfläche von moderat braucht ein interaktives Terminal (für Skripte die Unterbefehle nutzen)\n",
             english: "moderat: standard input is not a terminal; moderat's screen needs an interactive terminal (use the subcommands for scripts)\n"),
        Case(name: "typed refusal: a moderator runs purge", arguments: ["purge", "--rejected-older-than", "0", "--dry-run"], account: "amueller", status: 1,
             german: "moderat: Nicht erlaubt: personenbezogene Daten löschen (forget-author, purge) darf nur die Administration (Ihre Rolle: Moderation). Nichts wurde geändert.\n",
             english: "moderat: Not allowed: erasing personal data (forget-author, purge) is for admins only (your role: moderator). Nothing was changed.\n"),
    ]

    @Test("each kind of failure in exact words: German with LANG=de_DE.UTF-8, English with --lang en; the exit code the same", arguments: cases)
    func failureInBothLanguages(_ c: Case) async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        _ = FileManager.default.createFile(atPath: workspace.path("leer.db").path, contents: Data())
        let arguments = c.arguments.map { $0.replacingOccurrences(of: "DIR", with: workspace.root.path) }
        var environment = ["LANG": "de_DE.UTF-8"]
        if let account = c.account { environment["MODERAT_ACCOUNT"] = account }
        func stable(_ text: String) -> String {
            text.replacingOccurrences(of: db.path, with: "DB").replacingOccurrences(of: workspace.root.path, with: "DIR")
        }
        let german = try await ModeratLaunch.run(database: db, arguments: arguments, environment: environment, workspace: workspace)
        #expect(german.status == c.status, "\(german.stderr)")
        #expect(stable(german.stderr) == c.german)
        let english = try await ModeratLaunch.run(database: db, arguments: arguments + ["--lang", "en"], environment: environment,
                                                  workspace: workspace)
        #expect(english.status == c.status, "\(english.stderr)")
        #expect(stable(english.stderr) == c.english)
    }

    @Test("a shared setting in the person's own config is ignored with a warning in the session's language",
          arguments: [
              ("de", "moderat: CONFIG:1: reasons ist eine gemeinsame Einstellung; sie wird nur aus der systemweiten Datei "
                  + "/etc/moderat/config.yaml gelesen und wurde hier übergangen\n"),
              ("en", "moderat: CONFIG:1: reasons is a shared setting; it is read only from the system-wide "
                  + "/etc/moderat/config.yaml, so it was ignored here\n"),
          ])
    func configWarning(lang: String, says: String) async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let folder = workspace.configHome.appendingPathComponent("moderat", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("config.yaml")
        try Data("reasons:\n  - code: spam\n    de: Zensiert\n    en: Censored\n".utf8).write(to: config)
        let result = try await ModeratLaunch.run(database: db, arguments: ["report", "--lang", lang],
                                                 environment: ["MODERAT_ACCOUNT": "dkoenig"], workspace: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.replacingOccurrences(of: config.path, with: "CONFIG") == says)
    }

    @Test("a config moderat cannot use names its file and line in the session's language (exit 65)",
          arguments: [
              ([String](), "moderat: CONFIG:2: mouse: erwartet wird true oder false, nicht „vielleicht“\n"),
              (["--lang", "en"], "moderat: CONFIG:2: mouse: expected true or false, got 'vielleicht'\n"),
          ])
    func brokenConfig(arguments: [String], says: String) async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let folder = workspace.configHome.appendingPathComponent("moderat", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("config.yaml")
        try Data("theme: default\nmouse: vielleicht\n".utf8).write(to: config)
        let result = try await ModeratLaunch.run(database: db, arguments: ["report"] + arguments,
                                                 environment: ["MODERAT_ACCOUNT": "dkoenig", "LANG": "de_DE.UTF-8"], workspace: workspace)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.replacingOccurrences(of: config.path, with: "CONFIG") == says)
    }

    @Test("`roster check` says its summary, vacant seats and warnings in the language asked for",
          arguments: [
              ("de", #"^Beteiligungsbeirat \(beirat\) am 05\.12\.2026: \d+ Sitze, \d+ unbesetzt, \d+ Fehler, \d+ Warnung(en)?$"#,
               ["unbesetzt: ", "Warnung: ", "Fehler: "]),
              ("en", #"^Beteiligungsbeirat \(beirat\) on 2026-12-05: \d+ seats, \d+ vacant, \d+ errors, \d+ warnings$"#,
               ["vacant: ", "warning: ", "error: "]),
          ])
    func rosterCheck(lang: String, summary: String, prefixes: [String]) async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        // The demo's terms are dated from the day it was built; only the words are checked.
        let result = try await ModeratLaunch.run(database: db, arguments: ["roster", "check", "--on", "2026-12-05", "--lang", lang],
                                                 workspace: workspace)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let first = try #require(lines.first)
        #expect(first.range(of: summary, options: .regularExpression) != nil, "\(first)")
        for line in lines.dropFirst() {
            #expect(prefixes.contains { line.hasPrefix($0) }, "\(line)")
        }
    }

    @Test("`roster draw --dry-run` reports the draw in the language asked for; the command to check it stays a command",
          arguments: [
              ("de", """
                  Losverfahren: Einwohnerinnen und Einwohner (ausgelost), Amtszeit vom DAY bis DAY
                  Startwert (seed): 7
                  Bewerbungen: 4 in FILE, SHA-256 SHA
                  wählbar: 4, unter 14: 0, Parität: Frauen und Männer unterscheiden sich um höchstens eins
                  Algorithmus: splitmix64-fisher-yates-parity-v1
                  Mitglieder:
                    1. Ben Berg (m, Zeile 3) – Einwohnersitz 1
                    2. Cara Chen (f, Zeile 4) – Einwohnersitz 2
                  Nachrücker/innen:
                    1. Anna Alt (f, Zeile 2)
                  Probelauf: nichts wurde geschrieben.
                  Nachprüfen: moderat roster draw --board beirat --group residents --seats 2 --substitutes 1 --applicants FILE --seed 7 --starts-on DAY --dry-run

                  """),
              ("en", """
                  Lot draw: Einwohnerinnen und Einwohner (ausgelost), terms from DAY to DAY
                  seed: 7
                  applicants: 4 in FILE, SHA-256 SHA
                  eligible: 4, under 14: 0, parity: women and men differ by at most one
                  algorithm: splitmix64-fisher-yates-parity-v1
                  Members:
                    1. Ben Berg (m, line 3) – Einwohnersitz 1
                    2. Cara Chen (f, line 4) – Einwohnersitz 2
                  Substitutes:
                    1. Anna Alt (f, line 2)
                  Dry run: nothing was written.
                  Check it: moderat roster draw --board beirat --group residents --seats 2 --substitutes 1 --applicants FILE --seed 7 --starts-on DAY --dry-run

                  """),
          ])
    func rosterDraw(lang: String, says: String) async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let applicants = workspace.path("bewerbungen.csv")
        try Data("name,birth_date,gender\nAnna Alt,1980-01-01,f\nBen Berg,1981-02-02,m\nCara Chen,1982-03-03,f\nDirk Dahl,1983-03-03,m\n".utf8)
            .write(to: applicants)
        let result = try await ModeratLaunch.run(database: db, arguments: ["roster", "draw", "--group", "residents", "--seats", "2", "--substitutes", "1",
                                                                           "--applicants", applicants.path, "--seed", "7", "--dry-run", "--lang", lang],
                                                 environment: ["MODERAT_ACCOUNT": "root"], workspace: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        // The demo's terms are dated from the day it was built.
        let stable = result.stdout.replacingOccurrences(of: applicants.path, with: "FILE")
            .replacingOccurrences(of: #"\d{2}\.\d{2}\.\d{4}|\d{4}-\d{2}-\d{2}"#, with: "DAY", options: .regularExpression)
            .replacingOccurrences(of: #"[0-9a-f]{64}"#, with: "SHA", options: .regularExpression)
        #expect(stable == says)
    }

    @Test("a confirmation follows the language too: `moderat backup` in German and in English")
    func confirmationInBothLanguages() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let german = try await ModeratLaunch.run(database: db, arguments: ["backup", workspace.path("a.db").path],
                                                 environment: ["LANG": "de_DE.UTF-8"], workspace: workspace)
        #expect(german.status == 0, "\(german.stderr)")
        #expect(german.stdout == "\(db.path) gesichert nach \(workspace.path("a.db").path)\n")
        let english = try await ModeratLaunch.run(database: db, arguments: ["backup", workspace.path("b.db").path, "--lang", "en"],
                                                  environment: ["LANG": "de_DE.UTF-8"], workspace: workspace)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout == "backed up \(db.path) to \(workspace.path("b.db").path)\n")
    }

    @Test("`moderat audit` shows actions and details as the audit view words them; --format json keeps the stored codes")
    func auditInWords() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let first = try #require(try await DemoDatabase.queue(db, limit: 1, workspace: workspace).first)
        let decided = try await ModeratLaunch.run(database: db, arguments: ["decide", String(first.id), "reject", "--reason", "spam"],
                                                  environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        #expect(decided.status == 0, "\(decided.stderr)")
        let arguments = ["audit", "--limit", "1", "--entity", "comment"]
        let german = try await ModeratLaunch.run(database: db, arguments: arguments, environment: ["MODERAT_ACCOUNT": "amueller", "LANG": "de_DE.UTF-8"],
                                                 workspace: workspace)
        #expect(german.status == 0, "\(german.stderr)")
        let line = german.stdout.trimmingCharacters(in: .newlines)
        #expect(line.contains("  abgelehnt  "), "\(line)")
        #expect(line.contains("  comment \(first.id)  ") && line.hasSuffix("  offen → abgelehnt · Grund: Werbung / Spam"), "\(line)")
        #expect(!line.contains("comment.reject") && !line.contains("\"from\""), "\(line)")
        let english = try await ModeratLaunch.run(database: db, arguments: arguments + ["--lang", "en"],
                                                  environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        let englishLine = english.stdout.trimmingCharacters(in: .newlines)
        #expect(englishLine.contains("  rejected  "), "\(englishLine)")
        #expect(englishLine.contains("pending → rejected"), "\(englishLine)")
        let json = try await ModeratLaunch.run(database: db, arguments: arguments + ["--format", "json"],
                                               environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        #expect(json.stdout.contains("\"action\":\"comment.reject\""), "\(json.stdout)")
        #expect(json.stdout.contains("\"detail\":{\"from\":\"pending\",\"reason\":\"spam\",\"to\":\"rejected\""), "\(json.stdout)")
    }
}

import Foundation
import GRDB
import Testing

/// Every command's output as a terminal gets it (through a pseudo-terminal made by `script`):
/// comment bodies, author and applicant names, file names, meeting and project titles full of
/// escape sequences reach it as visible glyphs only, never as control bytes.
@Suite("Hostile output end to end", .serialized, .beyondSmokeSet)
struct HostileOutputEndToEndTests {
    /// The corpus: OSC 0 (title), OSC 8 (link), OSC 52 (clipboard), CSI, DCS, C1 (CSI, OSC,
    /// NEL, ST), bidi override and isolate, RLM, BEL, BS.
    static let corpus = [
        "\u{1B}]0;PWNED-TITLE\u{07}", "\u{1B}]8;;https://evil.example/\u{1B}\\klick\u{1B}]8;;\u{1B}\\",
        "\u{1B}]52;c;SGFjaw==\u{07}", "\u{1B}[2J\u{1B}[31m", "\u{1B}P+q544e\u{1B}\\", "\u{9B}31m\u{9D}0;c1\u{9C}\u{85}",
        "\u{202E}gnirts\u{202C}", "\u{2066}iso\u{2069}\u{200F}", "\u{07}\u{08}\u{08}",
    ]
    static let hostile = "Böse " + corpus.joined(separator: " ") + " Ende"

    /// The bytes a terminal receives from `arguments`, run in a pty with stdout and stderr.
    static func onTerminal(_ db: URL, _ arguments: [String], workspace: TempWorkspace) async throws -> (status: Int32, bytes: String) {
        let command = ShellQuote.join(try await ModeratLaunch.argv(database: db, arguments: arguments))
        let result = try await ProcessRunner.run(
            ["/usr/bin/script", "-q", "-e", "-c", command, "/dev/null"],
            environment: TerminalEnvironment.make(workspace: workspace, term: "xterm-256color", extra: ["COLUMNS": "120"]),
            currentDirectory: workspace.root, timeout: .seconds(60))
        return (result.status, result.stdout + result.stderr)
    }

    /// Control and invisible characters in what the terminal got (line breaks and tabs are fine).
    static func forbidden(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            let v = scalar.value
            if v == 0x0A || v == 0x0D || v == 0x09 { return false }
            return v < 0x20 || (0x7F...0x9F).contains(v) || (v >= 0xA0 && scalar.properties.generalCategory == .format)
        }.map { String(format: "U+%04X", $0.value) }
    }

    /// A demo database with the corpus in every field people and files fill.
    static func hostileDatabase(_ workspace: TempWorkspace) async throws -> (db: URL, meeting: Int64, comment: Int64) {
        let db = try await DemoDatabase.copy(into: workspace)
        let queue = try DatabaseQueue(path: db.path)
        let comment = try await queue.write { db -> Int64 in
            try db.execute(sql: "INSERT INTO author(source, external_id, display_name, contact) VALUES ('test', 'hostile', ?, ?)",
                           arguments: [hostile, "boese@example.org"])
            let author = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO comment(source, external_id, process_id, author_id, body, created_at, imported_at)
                VALUES ('test', 'hostile-1', (SELECT MIN(id) FROM process), ?, ?, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')
                """, arguments: [author, hostile + "\n" + hostile])
            return db.lastInsertedRowID
        }
        try queue.close()
        let setup: [[String]] = [
            ["decide", String(comment), "approve", "--answer", hostile],
            ["projects", "add", "--slug", "boese", "--title", hostile, "--description", hostile, "--contact", hostile],
            ["meetings", "add", "--board", "beirat", "--title", hostile, "--date", "2026-12-01", "--place", hostile],
        ]
        for arguments in setup {
            let result = try await ModeratLaunch.run(database: db, arguments: arguments, workspace: workspace)
            guard result.succeeded else { throw E2EError.commandFailed(result) }
        }
        let reader = try DatabaseQueue(path: db.path)
        let meeting = try await reader.read { try Int64.fetchOne($0, sql: "SELECT MAX(id) FROM meeting") } ?? 0
        try reader.close()
        for arguments in [["meetings", "agenda", String(meeting), "--add", hostile], ["meetings", "guest", String(meeting), "--add", hostile]] {
            let result = try await ModeratLaunch.run(database: db, arguments: arguments, workspace: workspace)
            guard result.succeeded else { throw E2EError.commandFailed(result) }
        }
        return (db, meeting, comment)
    }

    @Test("the corpus reaches no terminal as control bytes: tables, documents, JSON, CSV and error messages", .long("about forty runs of moderat"))
    func everyCommand() async throws {
        let workspace = try TempWorkspace()
        let (db, meeting, comment) = try await Self.hostileDatabase(workspace)
        let applicants = workspace.path("bewerbung\(Self.corpus[0]).csv")
        let lines = (1...12).map { "\"\(Self.hostile) \($0)\",1980-01-0\($0 % 9 + 1),\($0 % 2 == 0 ? "f" : "m")\n" }
        try Data(("name,birth_date,gender\n" + lines.joined()).utf8).write(to: applicants)
        let badCSV = workspace.path("papier\(Self.corpus[2]).csv")
        try Data("Text,Name,Datum\nHallo,Anna,\(Self.hostile)\n".utf8).write(to: badCSV)
        let m = String(meeting)
        let runs: [[String]] = [
            ["queue"], ["queue", "--format", "csv"], ["queue", "--format", "json"],
            ["queue", "--state", "approved", "--format", "csv"],
            ["audit", "--limit", "20"], ["audit", "--limit", "20", "--format", "json"],
            ["meetings", "list"], ["meetings", "list", "--format", "json"],
            ["projects", "list"], ["projects", "list", "--format", "json"],
            ["projects", "export", "--format", "md"], ["projects", "export", "--format", "html"],
            ["minutes", "export", m, "--format", "md"], ["minutes", "export", m, "--format", "txt"],
            ["minutes", "export", m, "--format", "html"], ["minutes", "export", m, "--format", "md", "--public"],
            ["export", "guidelines", "--format", "md"], ["export", "decisions", "--format", "csv"],
            ["export", "decisions", "--format", "json"], ["report"], ["report", "--format", "json"],
            ["roster", "draw", "--group", "residents", "--seats", "4", "--applicants", applicants.path, "--seed", "7", "--dry-run"],
            ["roster", "export", "--format", "csv"], ["roster", "export", "--format", "md"], ["roster", "check"],
            ["export", "guidelines", "--format", "html"], ["actions", "list"], ["actions", "list", "--format", "json"],
            ["users", "list"], ["users", "list", "--format", "json"],
            // Error messages that quote what came in.
            ["import", "csv", badCSV.path, "--map", "body=Text,author=Name,created_at=Datum"],
            ["import", "decidim", workspace.path("fehlt\(Self.corpus[0]).csv").path],
            ["queue", "--section", Self.hostile], ["queue", "--search", Self.hostile],
            ["decide", String(comment), "reject", "--reason", Self.hostile], ["minutes", "export", Self.hostile, "--format", "md"],
            ["--lang", Self.hostile, "queue"], ["forget-author", Self.hostile + "x", "--dry-run"],
            ["guidelines", "import", workspace.path("leitlinien\(Self.corpus[3]).md").path],
            ["users", "add", Self.hostile, "--name", Self.hostile, "--role", Self.hostile],
        ]
        for arguments in runs {
            let (status, bytes) = try await Self.onTerminal(db, arguments, workspace: workspace)
            let bad = Self.forbidden(bytes)
            #expect(bad.isEmpty, "moderat \(arguments.prefix(4).joined(separator: " ")) (exit \(status)) sent \(Set(bad).sorted())")
            #expect(!bytes.isEmpty, "moderat \(arguments.prefix(4).joined(separator: " ")) said nothing")
        }
    }

    @Test("JSON escapes C1, bidi and zero-width characters; CSV cells cannot start a formula; a file keeps the text")
    func machineFormats() async throws {
        let workspace = try TempWorkspace()
        let (db, _, _) = try await Self.hostileDatabase(workspace)
        let pending = try #require(try await DemoDatabase.queue(db, limit: 1, workspace: workspace).first)
        let json = try await ModeratLaunch.run(database: db, arguments: ["export", "decisions", "--format", "json"], workspace: workspace)
        #expect(json.succeeded, "\(json.stderr)")
        #expect(Self.forbidden(json.stdout).isEmpty)
        #expect(json.stdout.contains("\\u009b31m") && json.stdout.contains("\\u202e"))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.contains { ($0["public_answer"] as? String) == Self.hostile } == true, "JSON gives the same text back")
        let formula = try await ModeratLaunch.run(database: db, arguments: ["decide", String(pending.id), "approve", "--answer",
                                                                            "=HYPERLINK(\"https://evil.example\")"],
                                                  workspace: workspace)
        #expect(formula.succeeded, "\(formula.stderr)")
        let csv = try await ModeratLaunch.run(database: db, arguments: ["export", "decisions", "--format", "csv", "-o", workspace.path("d.csv").path],
                                              workspace: workspace)
        #expect(csv.succeeded, "\(csv.stderr)")
        let file = try String(contentsOf: workspace.path("d.csv"), encoding: .utf8)
        #expect(file.contains(";\"'=HYPERLINK(\"\"https://evil.example\"\")\";"), "\(file.prefix(400))")
        let minutes = try await ModeratLaunch.run(database: db, arguments: ["meetings", "list", "--format", "json"], workspace: workspace)
        #expect(minutes.succeeded && !minutes.stdout.contains("\u{1B}") && !minutes.stdout.contains("\u{202E}"))
        let projects = try await ModeratLaunch.run(database: db, arguments: ["projects", "export", "--format", "md", "-o",
                                                                             workspace.path("p.md").path], workspace: workspace)
        #expect(projects.succeeded, "\(projects.stderr)")
        #expect(try String(contentsOf: workspace.path("p.md"), encoding: .utf8).contains("\u{9B}31m\u{9D}0;c1\u{9C}"),
                "a file keeps the data as is")
    }
}

import Foundation
import GRDB
import Testing

/// The side doors of the attack pass, with the real binary: an ordinary user who makes
/// herself "root" with `unshare -r` or `fakeroot` stays herself.
@Suite("Side doors end to end", .serialized, .beyondSmokeSet)
struct SideDoorsEndToEndTests {
    /// Runs moderat behind `wrapper` (e.g. `unshare -r`) with the workspace's environment.
    static func run(_ wrapper: [String], database: URL, arguments: [String], environment: [String: String],
                    workspace: TempWorkspace) async throws -> CommandResult {
        try await ProcessRunner.run(
            wrapper + (try await ModeratLaunch.argv(database: database, arguments: arguments)),
            environment: TerminalEnvironment.make(workspace: workspace, term: "dumb", extra: environment),
            currentDirectory: workspace.root, timeout: .seconds(30))
    }

    static func newestActor(_ db: URL) throws -> String? {
        let queue = try DatabaseQueue(path: db.path)
        return try queue.read { try String.fetchOne($0, sql: "SELECT actor FROM audit_event ORDER BY id DESC LIMIT 1") }
    }

    @Test("MODERAT_ACCOUNT is ignored under `unshare -r` and `fakeroot`: the decision is logged as the real account",
          arguments: [["unshare", "-r"], ["fakeroot"]])
    func fakeRootCannotActAsAnother(wrapper: [String]) async throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/\(wrapper[0])") else {
            if ProcessInfo.processInfo.environment["MODERAT_REQUIRE_E2E"] == "1" {
                Issue.record("\(wrapper[0]) is missing: apt-get install util-linux fakeroot")
            }
            return
        }
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let first = try #require(try await DemoDatabase.queue(db, limit: 1, workspace: workspace).first)
        let result = try await Self.run(wrapper, database: db, arguments: ["decide", String(first.id), "hold", "--note", "probe"],
                                        environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.newestActor(db) == TerminalEnvironment.userName)
        // Real root outside any namespace still may (the tests depend on it).
        let real = try await ModeratLaunch.run(database: db, arguments: ["decide", String(first.id), "approve"],
                                               environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        #expect(real.status == 0, "\(real.stderr)")
        #expect(try Self.newestActor(db) == "amueller")
    }
}

/// Shared settings come from the system-wide config only.
@Suite("Shared settings end to end", .serialized, .beyondSmokeSet)
struct SharedSettingsEndToEndTests {
    static func labels(_ db: URL) throws -> [String] {
        let queue = try DatabaseQueue(path: db.path)
        defer { try? queue.close() }
        return try queue.read { try String.fetchAll($0, sql: "SELECT code || '=' || label_de FROM reason ORDER BY code") }
    }

    @Test("a viewer's own config cannot relabel the reasons: warned, ignored, the report unchanged; the system file can, with an audit event")
    func viewerCannotRelabel() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let before = try Self.labels(db)
        let config = workspace.configHome.appendingPathComponent("moderat", isDirectory: true)
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("reasons:\n  - code: spam\n    de: Zensiert von der Stadt\n    en: Censored\n".utf8)
            .write(to: config.appendingPathComponent("config.yaml"))
        let viewer = try await ModeratLaunch.run(database: db, arguments: ["report"], environment: ["MODERAT_ACCOUNT": "dkoenig"],
                                                 workspace: workspace)
        // LANG=C.UTF-8 and no --lang: the German default, the warning too.
        #expect(viewer.status == 0, "\(viewer.stderr)")
        #expect(viewer.stderr.contains("config.yaml:1: reasons ist eine gemeinsame Einstellung"), "\(viewer.stderr)")
        #expect(!viewer.stdout.contains("Zensiert"))
        #expect(try Self.labels(db) == before)
        // The administrator of the machine puts it into the system-wide file.
        try FileManager.default.removeItem(at: config.appendingPathComponent("config.yaml"))
        let system = workspace.path("system.yaml")
        try Data("reasons:\n  - code: spam\n    de: Werbung oder Spam\n    en: Advertising or spam\n".utf8).write(to: system)
        // Opening the workbench (here without a terminal, 69) applies it.
        let admin = try await ModeratLaunch.run(database: db, arguments: [], environment: ["MODERAT_SYSTEM_CONFIG": system.path],
                                                workspace: workspace)
        #expect(admin.status == 69, "\(admin.stderr)")
        #expect(try Self.labels(db).contains("spam=Werbung oder Spam"))
        let queue = try DatabaseQueue(path: db.path)
        let event = try await queue.read { try String.fetchOne($0, sql: "SELECT detail FROM audit_event WHERE action = 'reason.configure'") }
        try queue.close()
        #expect(event == "{\"codes\":\"spam\",\"source\":\"\(system.path)\"}")
    }
}

/// `moderat demo` deletes only what it made.
@Suite("Demo replaces only its own untouched file end to end", .serialized, .beyondSmokeSet)
struct DemoReplacementEndToEndTests {
    @Test("a set-up database and a mistyped --db are refused (73) and left byte for byte; an untouched demo and the default demo are rebuilt", .long("builds the demo database four times"))
    func demoRefusesOthersFiles() async throws {
        let workspace = try TempWorkspace()
        let setUp = workspace.path("beirat.db")
        let initialised = try await ModeratLaunch.run(database: setUp, arguments: ["init"], workspace: workspace)
        #expect(initialised.succeeded, "\(initialised.stderr)")
        let notes = workspace.path("notizen.txt")
        try Data("Protokoll der Sitzung\n".utf8).write(to: notes)
        for file in [setUp, notes] {
            let before = try Data(contentsOf: file)
            let result = try await ModeratLaunch.run(database: file, arguments: ["demo", "--no-tui", "--lang", "en"], workspace: workspace)
            #expect(result.status == 73, "\(file.lastPathComponent): \(result.stderr)")
            #expect(result.stderr.contains("exists and is not an untouched demo database; not replacing it"), "\(result.stderr)")
            #expect(try Data(contentsOf: file) == before)
        }
        let german = try await ModeratLaunch.run(database: setUp, arguments: ["demo", "--no-tui", "--lang", "de"], workspace: workspace)
        #expect(german.status == 73, "\(german.stderr)")
        #expect(german.stderr.contains("gibt es schon und ist keine unberührte Demo-Datenbank; moderat ersetzt sie nicht"), "\(german.stderr)")
        let demo = workspace.path("demo.db")
        for _ in 0..<2 {
            let built = try await ModeratLaunch.run(database: demo, arguments: ["demo", "--no-tui"], workspace: workspace)
            #expect(built.succeeded, "\(built.stderr)")
        }
        for _ in 0..<2 {
            let rebuilt = try await ModeratLaunch.run(database: nil, arguments: ["demo", "--no-tui"], workspace: workspace)
            #expect(rebuilt.succeeded, "\(rebuilt.stderr)")
        }
    }
}

/// `moderat bench` fails as every command does: one worded line, its exit code.
@Suite("Bench failures end to end", .serialized, .beyondSmokeSet)
struct BenchFailureEndToEndTests {
    @Test("a bench --db that cannot be created is said in German with 73, not dumped as a Swift value")
    func uncreatableDatabase() async throws {
        let workspace = try TempWorkspace()
        let file = workspace.path("notizen.txt")
        try Data("kein Ordner\n".utf8).write(to: file)
        let result = try await ModeratLaunch.run(database: file.appendingPathComponent("bench.db"),
                                                 arguments: ["bench", "--comments", "100", "--lang", "de"], workspace: workspace)
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.contains("moderat: \(file.path)/bench.db: kann nicht angelegt werden"), "\(result.stderr)")
        #expect(!result.stderr.contains("CommandFailure") && !result.stderr.contains("Error:"), "\(result.stderr)")
    }
}

/// The small holes of the attack pass: each a clear message and the README's exit code.
@Suite("Small holes end to end", .serialized, .beyondSmokeSet)
struct SmallHolesEndToEndTests {
    static func expectClear(_ result: CommandResult, status: Int32, says: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "exit \(result.status): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(says), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("NSCocoaErrorDomain")
                && !result.stderr.contains("disk I/O error") && !result.stderr.contains("unable to open database file"),
                "\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test("MODERAT_LOCK_TIMEOUT=inf (64), a config of 8,000 nested [ (65), a 0-byte --db (74, left empty, check not ok), a directory as --db (74), -o a directory (73)")
    func clearMessages() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        Self.expectClear(try await ModeratLaunch.run(database: db, arguments: ["queue", "--lang", "en"], environment: ["MODERAT_LOCK_TIMEOUT": "inf"],
                                                     workspace: workspace),
                         status: 64, says: "MODERAT_LOCK_TIMEOUT: 'inf' is not a number of seconds")
        let empty = workspace.path("leer.db")
        try Data().write(to: empty)
        Self.expectClear(try await ModeratLaunch.run(database: empty, arguments: ["queue", "--lang", "en"], workspace: workspace),
                         status: 74, says: "the file is empty (0 bytes), not a moderat database")
        let check = try await ModeratLaunch.run(database: empty, arguments: ["check"], workspace: workspace)
        #expect(check.status == 74 && check.stdout.contains("result: PROBLEMS FOUND"), "\(check.stdout)")
        #expect(try Data(contentsOf: empty).isEmpty, "the empty file stays empty")
        let directory = workspace.path("ordner")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        Self.expectClear(try await ModeratLaunch.run(database: directory, arguments: ["queue", "--lang", "en"], workspace: workspace),
                         status: 74, says: "is a directory, not a database file")
        for arguments in [["report", "-o", directory.path], ["export", "decisions", "--format", "csv", "-o", directory.path]] {
            Self.expectClear(try await ModeratLaunch.run(database: db, arguments: arguments + ["--lang", "en"], workspace: workspace),
                             status: 73, says: "\(directory.path): is a directory; give the name of a file to write")
        }
        let config = workspace.configHome.appendingPathComponent("moderat", isDirectory: true)
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data(("theme: " + String(repeating: "[", count: 8000) + "\n").utf8).write(to: config.appendingPathComponent("config.yaml"))
        Self.expectClear(try await ModeratLaunch.run(database: db, arguments: ["queue", "--lang", "en"], workspace: workspace),
                         status: 65, says: "config.yaml:1: nested more than 64 levels deep")
    }

    @Test("a viewer's roster draw is refused (1) before a single applicant is printed")
    func viewerDrawPrintsNothing() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let applicants = workspace.path("bewerbungen.csv")
        try Data("name,birth_date,gender\nAnna Alt,1980-01-01,f\nBen Berg,1981-02-02,m\nCara Chen,1982-03-03,f\n".utf8).write(to: applicants)
        let result = try await ModeratLaunch.run(database: db, arguments: ["roster", "draw", "--group", "residents", "--seats", "2",
                                                                           "--applicants", applicants.path, "--seed", "1"],
                                                 environment: ["MODERAT_ACCOUNT": "dkoenig"], workspace: workspace)
        Self.expectClear(result, status: 1, says: "Nicht erlaubt: nur Administration (Ihre Rolle: Lesen)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
    }

    @Test("a database this account may not read is a clear refusal (77)")
    func unreadable() async throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), getuid() == 0 else {
            if ProcessInfo.processInfo.environment["MODERAT_REQUIRE_E2E"] == "1" { Issue.record("needs root and setpriv (util-linux)") }
            return
        }
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        // A folder everyone may enter, holding root's file that only root may read.
        let shared = URL(fileURLWithPath: "/tmp/moderat-e2e-unreadable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(at: shared) }
        let file = shared.appendingPathComponent("moderat.db")
        try FileManager.default.copyItem(at: db, to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let result = try await ProcessRunner.run(
            ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
                + (try await ModeratLaunch.argv(database: file, arguments: ["queue", "--lang", "en"])),
            environment: ["PATH": "/usr/bin:/bin", "HOME": shared.path, "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no"],
            currentDirectory: shared, timeout: .seconds(30))
        Self.expectClear(result, status: 77, says: "may not read this file (permission denied)")
    }
}

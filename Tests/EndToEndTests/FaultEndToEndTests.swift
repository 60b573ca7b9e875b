import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, faults, with the real binary: a file the account cannot write (run as `nobody`),
/// another program's long write lock, a damaged file, a disk that runs full during an import,
/// and a dropped connection (SIGHUP) or SIGTERM in the middle of work.
@Suite("faults end to end", .serialized, .requires(.tmux), .beyondSmokeSet)
struct FaultEndToEndTests {
    /// Runs a command as the unprivileged account `nobody` (tests run as root, whom file
    /// permissions do not stop).
    static let asNobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]

    @Test("as an account that cannot write the file: the workbench shows the read-only banner and refuses approving, the CLI exits 77, nothing changes")
    func readOnlyAsNobody() async throws {
        try E2EEnvironment.require(.tmux)
        guard ProcessRunner.executablePath("setpriv") != nil, getuid() == 0 else {
            try Test.cancel("skipped: needs root and setpriv (util-linux) to run moderat as nobody")
        }
        let workspace = try TempWorkspace(prefix: "mod-ro")
        let db = try await DemoDatabase.copy(into: workspace)
        let first = try #require(try await DemoDatabase.queue(db, limit: 1, workspace: workspace).first)
        // Readable by everyone, writable by root only; the folder is root's too.
        for path in [workspace.root.path, workspace.home.path] { chmod(path, 0o755) }
        try Self.checkpoint(db)
        for suffix in ["", "-wal", "-shm"] { chmod(db.path + suffix, 0o644) }
        let before = try Data(contentsOf: db)

        let argv = try await ModeratLaunch.argv(database: db, arguments: ["--lang", "en"])
        let tmux = try await TmuxSession.start(shellCommand: ShellQuote.join(Self.asNobody + argv), workspace: workspace)
        defer { Task { await tmux.kill() } }
        let screen = try await tmux.waitForSettled(text: "READ-ONLY – the file is not writable for this account; changes are not possible")
        #expect(screen[0].hasSuffix("moderat.db · nobody (read-only)"), "\(screen.dump)")
        try await tmux.sendKeys("a")
        try await tmux.waitFor(text: "Read-only: the file is not writable for this account. Nothing was changed.")
        try await tmux.sendKeys("q")
        #expect(try await tmux.waitForExit() == 0)

        let cli = try await ProcessRunner.run(
            Self.asNobody + (try await ModeratLaunch.argv(database: db, arguments: ["decide", String(first.id), "approve", "--lang", "en"])),
            environment: TerminalEnvironment.make(workspace: workspace, term: "dumb"))
        #expect(cli.status == 77, "\(cli.stderr)")
        #expect(cli.stderr == "moderat: \(db.path): the database is read-only (the file is not writable for this account); nothing was changed\n")
        // The same refusal in a German session (LANG=de_DE.UTF-8, no --lang): the store error in German, the exit code the same.
        let german = try await ProcessRunner.run(
            Self.asNobody + (try await ModeratLaunch.argv(database: db, arguments: ["decide", String(first.id), "approve"])),
            environment: TerminalEnvironment.make(workspace: workspace, term: "dumb", extra: ["LANG": "de_DE.UTF-8"]))
        #expect(german.status == 77, "\(german.stderr)")
        #expect(german.stderr == "moderat: \(db.path): die Datenbank ist schreibgeschützt (die Datei ist für dieses Konto schreibgeschützt); nichts wurde geändert\n")
        #expect(try DemoDatabase.read(db) { try String.fetchOne($0, sql: "SELECT state FROM comment WHERE id = ?", arguments: [first.id]) } == "pending")
        #expect(try Data(contentsOf: db) == before)
    }

    @Test("another program holds the write lock: approving shows “Waiting for the database …” with the seconds counting, and goes through when the lock is let go; the CLI says it waits and fails with 75 past its limit")
    func lockedByAnotherProgram() async throws {
        try E2EEnvironment.require(.tmux)
        let (workspace, db, first, second, tmux) = try await Self.annaAtTheQueue("mod-lock")
        defer { Task { await tmux.kill() } }

        let other = try Self.holdWriteLock(db)
        try await tmux.sendKeys("a")
        let waiting = try await tmux.waitFor("the waiting line, a second in") {
            $0.last?.hasPrefix(" Waiting for the database … 1 s (another program is writing) · Esc gives up") == true
        }
        #expect(try Self.state(db, first.id) == "pending", "\(waiting.dump)")
        try await tmux.waitFor("the seconds counting up") { $0.last?.hasPrefix(" Waiting for the database … 2 s") == true }
        try other.inDatabase { db in try db.execute(sql: "COMMIT") }
        try await tmux.waitFor("the approval to go through") { $0.last?.contains(": approved") == true }
        #expect(try Self.state(db, first.id) == "approved")

        // A command waits visibly on stderr, then gives up past MODERAT_LOCK_TIMEOUT.
        let still = try Self.holdWriteLock(db)
        let cli = try await ModeratLaunch.run(database: db, arguments: ["decide", String(second.id), "approve", "--lang", "en"],
                                              environment: ["MODERAT_ACCOUNT": "amueller", "MODERAT_LOCK_TIMEOUT": "2"],
                                              workspace: workspace)
        try still.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(cli.status == 75, "\(cli.stderr)")
        #expect(cli.stderr.contains("moderat: \(db.path) is locked by another program; waiting up to 2 s…\n"), "\(cli.stderr)")
        #expect(cli.stderr.hasSuffix("the database stayed locked by another program for 2 s; nothing was changed\n"), "\(cli.stderr)")
        #expect(try Self.state(db, second.id) == "pending")
    }

    @Test("a file that is not a database and one cut short: the workbench and the CLI name the file and exit 74, `moderat check` explains, the files stay as they were")
    func damagedFiles() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace(prefix: "mod-bad")
        let garbage = try workspace.write("notes.db", String(repeating: "Protokoll, kein SQLite\n", count: 300))
        let tmux = try await ModeratLaunch.inTmux(database: garbage, arguments: ["--lang", "en"], workspace: workspace)
        defer { Task { await tmux.kill() } }
        #expect(try await tmux.waitForExit() == 74)
        let screen = try await tmux.capture()
        #expect(screen.joined().contains("\(garbage.path): not a usable moderat database: the file is not an SQLite database"), "\(screen.dump)")

        let check = try await ModeratLaunch.run(database: garbage, arguments: ["check"], workspace: workspace)
        #expect(check.status == 74)
        #expect(check.stdout.contains("integrity: the file is not an SQLite database"), "\(check.stdout)")
        #expect(check.stdout.contains("sqlite3 \(garbage.path) .recover | sqlite3 rescued.db"), "\(check.stdout)")

        // A demo copy cut to three quarters, as an interrupted copy leaves it.
        let db = try await DemoDatabase.copy(into: workspace)
        try Self.checkpoint(db)
        try? FileManager.default.removeItem(atPath: db.path + "-wal")
        try? FileManager.default.removeItem(atPath: db.path + "-shm")
        let whole = try Data(contentsOf: db)
        let cut = whole.prefix(whole.count * 3 / 4)
        try cut.write(to: db)
        let queue = try await ModeratLaunch.run(database: db, arguments: ["queue", "--lang", "en"], workspace: workspace)
        #expect(queue.status == 74)
        #expect(queue.stderr.contains("\(db.path): not a usable moderat database: the file is cut short (\(cut.count) of \(whole.count) bytes)"), "\(queue.stderr)")
        #expect(try Data(contentsOf: garbage) == Data(String(repeating: "Protokoll, kein SQLite\n", count: 300).utf8))
        #expect(try Data(contentsOf: db) == cut)
        #expect(!FileManager.default.fileExists(atPath: db.path + "-wal"))
    }

    @Test("the disk runs full during `moderat import decidim`: the import is rolled back with a clear message and exit 74, the comment count is unchanged")
    func diskFullDuringImport() async throws {
        let workspace = try TempWorkspace(prefix: "mod-full")
        let source = try await DemoDatabase.copy(into: workspace)
        try Self.checkpoint(source)
        let disk = workspace.path("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let size = (try FileManager.default.attributesOfItem(atPath: source.path)[.size] as? NSNumber)?.intValue ?? 0
        // A disk with room for the database and not much more (tmpfs; root may mount one).
        let mount = try await ProcessRunner.run(["mount", "-t", "tmpfs", "-o", "size=\(size / 1024 + 800)k", "tmpfs", disk.path])
        guard mount.succeeded else {
            try Test.cancel(Comment(rawValue: "skipped: cannot mount a small tmpfs here (\(mount.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))"))
        }
        var failure: Error?
        do {
            let db = disk.appendingPathComponent("moderat.db")
            try FileManager.default.copyItem(at: source, to: db)
            let before = try Self.count(db)
            let export = workspace.path("decidim-export.csv")
            try DecidimExportFile.write(rows: 8_000, to: export)

            let result = try await ModeratLaunch.run(database: db, arguments: ["import", "decidim", export.path, "--lang", "en"], workspace: workspace)
            #expect(result.status == 74, "\(result.stderr)")
            #expect(result.stderr == "moderat: \(db.path): the disk is full; nothing was changed (the import of \(export.path) "
                    + "was rolled back). Free some space and run the import again.\n")
            #expect(try Self.count(db) == before)
            let check = try await ModeratLaunch.run(database: db, arguments: ["check"], workspace: workspace)
            #expect(check.stdout.contains("integrity: ok"), "\(check.stdout)\(check.stderr)")
        } catch {
            failure = error
        }
        _ = try? await ProcessRunner.run(["umount", disk.path])
        if let failure { throw failure }
    }

    @Test("the SSH connection drops (SIGHUP) or the process gets SIGTERM mid-work: the acknowledged approval and the autosaved answer draft are there afterwards, the database checks ok",
          arguments: [SIGHUP, SIGTERM])
    func hangupAndTerm(signal: Int32) async throws {
        try E2EEnvironment.require(.tmux)
        let (workspace, db, first, second, tmux) = try await Self.annaAtTheQueue("mod-sig")
        defer { Task { await tmux.kill() } }

        // Approve the first: acknowledged on screen.
        try await tmux.sendKeys("a")
        try await tmux.waitFor("the approval acknowledged") { $0.last?.contains(": approved") == true }
        // Open the next, start an answer, and pause so it is saved as a draft.
        try await tmux.waitFor("the next comment selected") { $0.containsText(second.author) }
        try await tmux.sendKeys("Enter")
        try await tmux.waitFor("comment #\(second.id)") { $0[1].hasPrefix(" #\(second.id)  pending") }
        try await tmux.sendKeys("e")
        try await tmux.waitFor(text: "┌ Public answer")
        try await tmux.type("Danke für den Hinweis zur Frist")
        let draft = try await poll("the draft saved while typing", timeout: .seconds(5)) {
            try Self.draft(db, second.id).flatMap { $0.contains("Danke für den Hinweis zur Frist") ? $0 : nil }
        }
        let pid = try #require(Self.moderatProcess(database: db), "moderat's process")

        if signal == SIGHUP {
            await tmux.kill() // the terminal goes away: the kernel sends SIGHUP
        } else {
            kill(pid, SIGTERM)
            #expect(try await tmux.waitForExit() == 128 + Int(SIGTERM))
            let screen = try await tmux.capture()
            #expect(!screen.joined().contains("Public answer"), "the workbench's screen is gone (terminal restored):\n\(screen.dump)")
        }
        try await Self.waitUntilGone(pid)

        #expect(try Self.state(db, first.id) == "approved")
        #expect(try Self.draft(db, second.id) == draft)
        let check = try await ModeratLaunch.run(database: db, arguments: ["check"], workspace: workspace)
        #expect(check.status == 0 && check.stdout.contains("integrity: ok"), "\(check.stdout)\(check.stderr)")
    }

    // MARK: Helpers

    /// Anna's workbench (English) on a fresh demo copy, showing the queue; the two oldest
    /// pending comments.
    static func annaAtTheQueue(_ prefix: String) async throws
        -> (TempWorkspace, URL, DemoDatabase.QueueEntry, DemoDatabase.QueueEntry, TmuxSession) {
        let workspace = try TempWorkspace(prefix: prefix)
        let db = try await DemoDatabase.copy(into: workspace)
        let queue = try await DemoDatabase.queue(db, limit: 2, workspace: workspace)
        let (first, second) = (try #require(queue.first), try #require(queue.last))
        let tmux = try await ModeratLaunch.inTmux(database: db, arguments: ["--lang", "en"],
                                                  environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        do {
            try await tmux.waitForSettled(text: "pending · oldest first")
        } catch {
            await tmux.kill()
            throw error
        }
        return (workspace, db, first, second, tmux)
    }

    /// Another program's connection inside BEGIN IMMEDIATE: it holds the write lock until COMMIT or ROLLBACK.
    static func holdWriteLock(_ db: URL) throws -> DatabaseQueue {
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        let queue = try DatabaseQueue(path: db.path, configuration: config)
        try queue.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        return queue
    }

    /// Moves everything from the write-ahead log into the file itself, as a closed database is.
    static func checkpoint(_ db: URL) throws {
        try DatabaseQueue(path: db.path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    static func state(_ db: URL, _ id: Int64) throws -> String? {
        try DemoDatabase.read(db) { try String.fetchOne($0, sql: "SELECT state FROM comment WHERE id = ?", arguments: [id]) }
    }

    static func count(_ db: URL) throws -> Int {
        try DemoDatabase.read(db) { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM comment") ?? 0 }
    }

    /// The answer draft Anna has for a comment.
    static func draft(_ db: URL, _ id: Int64) throws -> String? {
        try DemoDatabase.read(db) {
            try String.fetchOne($0, sql: "SELECT text FROM draft WHERE owner = 'amueller' AND key = ?",
                                arguments: ["comment:\(id):answer"])
        }
    }

    /// The moderat process working on `database` (its command line names the file).
    static func moderatProcess(database: URL) -> pid_t? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.first { pid in
            guard let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
                  comm.trimmingCharacters(in: .newlines) == "moderat",
                  let cmdline = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return cmdline.split(separator: 0).contains { String(decoding: $0, as: UTF8.self) == database.path }
        }
    }

    static func waitUntilGone(_ pid: pid_t, timeout: Duration = .seconds(10)) async throws {
        let deadline = ContinuousClock.now + timeout
        while kill(pid, 0) == 0 {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            if stat.contains(") Z ") { return }
            guard ContinuousClock.now < deadline else { throw E2EError("moderat (\(pid)) still runs after \(timeout)") }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}

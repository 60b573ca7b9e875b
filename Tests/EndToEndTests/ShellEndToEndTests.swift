import Foundation
import GRDB
import Testing

/// A terminal size a story runs at.
struct TerminalSize: Sendable, CustomTestStringConvertible {
    let width: Int
    let height: Int
    var testDescription: String { "\(width)x\(height)" }

    static let large = TerminalSize(width: 100, height: 30)
    static let classic = TerminalSize(width: 80, height: 24)
}

/// Issue 3: the workbench as a user runs it from a shell — every screen, help, resize, job
/// control, $EDITOR — and leaves the terminal as it found it; and refuses, cleanly, to start
/// where there is no usable terminal.
@Suite("workbench from a shell", .serialized, .requires(.tmux), .beyondSmokeSet)
struct ShellEndToEndTests {
    /// The key, the tab label in the title line and the heading row of each screen (English).
    static let screens: [(key: String, tab: String, heading: String)] = [
        ("1", "1 Queue", "pending · oldest first"),
        ("2", "2 Sections", "Guideline sections"),
        ("3", "3 Projects", "Planned projects"),
        ("4", "4 Board", "Beteiligungsbeirat"),
        ("5", "5 Meetings", "Meetings"),
        ("6", "6 Actions", "Open action items"),
        ("7", "7 Dashboard", "Dashboard"),
        ("8", "8 Audit log", "Audit log, newest first"),
    ]

    /// The editor a user has configured: it shows something on the terminal (which the
    /// workbench must paint over afterwards) and appends a line to the file.
    static let editorScript = """
        #!/bin/sh
        echo "EDITOR-RAN on $1"
        printf 'Vom Editor ergänzt\\n' >> "$1"
        """

    @Test("a moderator visits every screen, opens help, resizes, suspends, writes an answer in $EDITOR, saves it and quits; the terminal is sane",
          arguments: [TerminalSize.large, .classic])
    func tour(size: TerminalSize) async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let first = try #require(try await DemoDatabase.queue(db, limit: 1, workspace: workspace).first)
        let editor = try workspace.writeExecutable("bin/editor", Self.editorScript)

        let shell = try await ModeratLaunch.inShell(
            database: db, arguments: ["--lang", "en"],
            environment: ["EDITOR": editor.path, "MODERAT_ACCOUNT": "amueller"],
            width: size.width, height: size.height, workspace: workspace)
        let tmux = shell.tmux

        // The queue, with the title line naming the file and who is working.
        let queue = try await tmux.waitForSettled("the queue") {
            $0.count == size.height && $0[0].contains("1 Queue") && $0[1].contains("pending · oldest first") && $0.last?.hasPrefix(" Enter open") == true
        }
        #expect(queue[0].hasPrefix(" moderat  1 Queue  2  3  4  5  6  7"), "\(queue.dump)")
        #expect(queue[0].hasSuffix("moderat.db · Anna Müller (moderator)"), "\(queue.dump)")
        #expect(queue.containsText(first.author), "the oldest pending comment comes first:\n\(queue.dump)")
        #expect(queue.allSatisfy { $0.count <= size.width })

        // Every screen by number, then round again with Tab, and back with Shift-Tab.
        for screen in Self.screens.dropFirst() + [Self.screens[0]] {
            try await tmux.sendKeys(screen.key)
            try await waitForScreen(tmux, screen)
        }
        for screen in Self.screens.dropFirst() + [Self.screens[0]] {
            try await tmux.sendKeys("Tab")
            try await waitForScreen(tmux, screen)
        }
        try await tmux.sendKeys("BTab")
        try await waitForScreen(tmux, Self.screens[Self.screens.count - 1])
        try await tmux.sendKeys("1")
        try await tmux.waitFor("the queue as it was") { Self.sameApartFromAges($0, queue) }

        // Help lists this screen's bindings; Esc closes it and the queue is back untouched.
        try await tmux.sendKeys("?")
        let help = try await tmux.waitForSettled(text: "Help – Queue")
        #expect(help.contains { $0.range(of: #"│ a +approve"#, options: .regularExpression) != nil }, "\(help.dump)")
        #expect(help.contains { $0.range(of: #"│ r +reject"#, options: .regularExpression) != nil }, "\(help.dump)")
        try await tmux.sendKeys("Escape")
        try await tmux.waitFor("help to close") { Self.sameApartFromAges($0, queue) }

        // Too small, then the original size again: the same queue.
        try await tmux.resize(width: 50, height: 12)
        let small = try await tmux.waitForSettled(text: "Terminal too small")
        #expect(small.containsText("50×12"), "\(small.dump)")
        #expect(small.count == 12)
        try await tmux.resize(width: size.width, height: size.height)
        try await tmux.waitFor("the queue after growing again") { Self.sameApartFromAges($0, queue) }

        // Ctrl-Z: the shell is back; fg: every row repainted.
        try await tmux.sendKeys("C-z")
        let stopped = try await shell.waitForPrompt()
        #expect(stopped.containsText("Stopped"), "\(stopped.dump)")
        try await shell.runLine("fg")
        try await tmux.waitFor("the queue after fg") { Self.sameApartFromAges($0, queue) }

        // Open the comment, edit the answer in $EDITOR, come back to a fully painted screen.
        try await tmux.sendKeys("Enter")
        try await tmux.waitFor("comment #\(first.id)") { $0[1].hasPrefix(" #\(first.id)  pending") }
        try await tmux.sendKeys("e")
        try await tmux.waitFor(text: "┌ Public answer")
        try await tmux.sendKeys("C-e")
        let edited = try await tmux.waitForSettled("the editor's text in the answer box, the screen repainted") { screen in
            screen.contains { $0.range(of: #"│Vom Editor ergänzt +│"#, options: .regularExpression) != nil }
                && screen[0] == queue[0] && screen.last?.contains("Ctrl-S save") == true
                && !screen.containsText("EDITOR-RAN") && !screen.containsText(ShellSession.prompt.trimmingCharacters(in: .whitespaces))
        }
        #expect(edited[1].hasPrefix(" #\(first.id)  pending"), "\(edited.dump)")

        // Ctrl-S saves (it reaches moderat: flow control is off while it runs), the editor closes.
        try await tmux.sendKeys("C-s")
        let answer = try await poll("the public answer in the database", timeout: .seconds(5)) {
            try DemoDatabase.read(db) {
                try String.fetchOne($0, sql: "SELECT public_answer FROM comment WHERE id = ?", arguments: [first.id])
            }.flatMap { $0.contains("Vom Editor ergänzt") ? $0 : nil }
        }
        #expect(answer.trimmingCharacters(in: .whitespacesAndNewlines) == "Vom Editor ergänzt")
        let saved = try await tmux.waitForSettled("the editor closed, the answer shown") { screen in
            !screen.containsText("┌ Public answer") && screen.contains { $0.hasPrefix(" Public answer") && $0.contains("Vom Editor ergänzt") }
        }
        #expect(saved[1].hasPrefix(" #\(first.id)  pending"), "\(saved.dump)")

        // Back to the queue, quit: the shell prompt, exit status 0, a sane terminal with the
        // shell's own flow control (IXON) back.
        try await tmux.sendKeys("Escape")
        try await tmux.waitFor("the queue") { $0[1].contains("pending · oldest first") }
        try await tmux.sendKeys("q")
        try await shell.waitForPrompt()
        let status = try await shell.runAndWait("echo moderat-status=$?")
        #expect(status.containsText("moderat-status=0"), "\(status.dump)")
        try await shell.ttyState().requireSane(TTYState.saneFlags + ["ixon"])
        await tmux.kill()
    }

    // MARK: No usable terminal

    @Test("stdin and stdout not a terminal: exit 69, a clear message, no escape bytes")
    func notATerminal() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        // stdin /dev/null, stdout and stderr files.
        let result = try await ModeratLaunch.run(database: db, arguments: ["--lang", "en"], workspace: workspace)
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("moderat: "), "\(result.stderr)")
        #expect(result.stderr.contains("not a terminal"), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "stdout: \(result.stdout.debugDescription)")
        #expect(!result.stderr.unicodeScalars.contains("\u{1B}"), "stderr: \(result.stderr.debugDescription)")
    }

    @Test("typed at a terminal with stdout redirected to a file: exit 69, the message names stdout, no escape bytes, terminal sane")
    func stdoutToFile() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let out = workspace.path("out.bin"), err = workspace.path("err.txt")
        let shell = try await ShellSession.start(workspace: workspace)
        let command = ShellQuote.join(try await ModeratLaunch.argv(database: db, arguments: ["--lang", "en"]))
        let screen = try await shell.runAndWait(
            "\(command) > \(ShellQuote.quote(out.path)) 2> \(ShellQuote.quote(err.path)); echo status-''=$?")
        #expect(screen.containsText("status-=69"), "\(screen.dump)")
        let stdout = try Data(contentsOf: out), stderr = try Data(contentsOf: err)
        #expect(stdout.isEmpty, "stdout: \(String(decoding: stdout, as: UTF8.self).debugDescription)")
        #expect(!stderr.contains(0x1B), "stderr: \(String(decoding: stderr, as: UTF8.self).debugDescription)")
        #expect(String(decoding: stderr, as: UTF8.self).contains("standard output is not a terminal"))
        try await shell.ttyState().requireSane()
        await shell.tmux.kill()
    }

    @Test("an unusable TERM: exit 69, a clear message on stderr, not one escape byte on the terminal",
          arguments: [("dumb", "TERM=dumb"), ("unknown-xyz", "'unknown-xyz' is unknown to terminfo")])
    func unusableTerm(term: String, message: String) async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let err = workspace.path("err.txt"), stream = workspace.path("pane.bin")
        let shell = try await ShellSession.start(workspace: workspace)
        let tmux = shell.tmux

        // Everything written to the terminal goes to `stream`; markers bracket moderat's part.
        let id = UUID().uuidString.prefix(8)
        try await tmux.tmux("pipe-pane", "-o", "-t", "=\(tmux.name):", "cat >> \(ShellQuote.quote(stream.path))")
        let command = ShellQuote.withEnvironment(["TERM": term], try await ModeratLaunch.argv(database: db, arguments: ["--lang", "en"]))
        let screen = try await shell.runAndWait(
            "echo begin-''\(id); \(command) 2> \(ShellQuote.quote(err.path)); echo status-''=$?; echo end-''\(id)")
        #expect(screen.containsText("status-=69"), "\(screen.dump)")
        try await tmux.tmux("pipe-pane", "-t", "=\(tmux.name):")

        let written = try await poll("the piped terminal output") { () -> Data? in
            let data = (try? Data(contentsOf: stream)) ?? Data()
            return data.range(of: Data("end-\(id)".utf8)) != nil ? data : nil
        }
        let begin = try #require(written.range(of: Data("begin-\(id)".utf8)))
        let end = try #require(written.range(of: Data("end-\(id)".utf8)))
        let moderatPart = written[begin.upperBound..<end.lowerBound]
        #expect(!moderatPart.contains(0x1B), "terminal got: \(String(decoding: moderatPart, as: UTF8.self).debugDescription)")
        let stderr = try Data(contentsOf: err)
        #expect(!stderr.contains(0x1B), "stderr: \(String(decoding: stderr, as: UTF8.self).debugDescription)")
        let text = String(decoding: stderr, as: UTF8.self)
        #expect(text.hasPrefix("moderat: ") && text.contains(message), "stderr: \(text)")
        try await shell.ttyState().requireSane()
        await tmux.kill()
    }

    private func waitForScreen(_ tmux: TmuxSession, _ screen: (key: String, tab: String, heading: String)) async throws {
        try await tmux.waitFor("screen \(screen.tab)") { rows in
            rows.count > 1 && (rows[0] + " ").contains(" \(screen.tab) ") && rows[1].contains(screen.heading)
        }
    }
}

/// Polls `probe` every 50 ms until it returns a value; throws after `timeout`.
func poll<T>(_ what: String, timeout: Duration = .seconds(10), _ probe: () throws -> T?) async throws -> T {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    var lastError: Error?
    while true {
        do {
            if let value = try probe() { return value }
        } catch {
            lastError = error
        }
        if clock.now >= deadline { break }
        try await Task.sleep(for: .milliseconds(50))
    }
    throw E2EError("timed out after \(timeout) waiting for \(what)" + (lastError.map { " (last error: \($0))" } ?? ""))
}

extension ShellEndToEndTests {
    /// Two captures of the same queue, equal except for the age column: a comment's age
    /// ("48 d") ticks over to the next day at its own time of day, which can fall between two
    /// captures of a test.
    static func sameApartFromAges(_ a: [String], _ b: [String]) -> Bool {
        a.map(maskAges) == b.map(maskAges)
    }

    static func maskAges(_ line: String) -> String {
        line.replacingOccurrences(of: #"\b\d+ (d|h|min)\b"#, with: "#", options: .regularExpression)
    }
}

import Foundation
import GRDB
import Testing

/// Issue 4: the queue in real terminals — two moderators on one database, and a citizen's
/// comment written to attack the moderator's terminal.
@Suite("queue in real terminals", .serialized, .requires(.tmux))
struct QueueEndToEndTests {
    /// The first queue row (below title, summary and column headings).
    static let firstRow = 3

    /// One audit event, as compared in the stories.
    struct Event: Equatable, CustomStringConvertible {
        let actor: String
        let action: String
        var description: String { "\(actor) \(action)" }
    }

    static func events(_ db: URL, comment id: Int64) throws -> [Event] {
        try DemoDatabase.read(db) { db in
            try Row.fetchAll(db, sql: "SELECT actor, action FROM audit_event WHERE entity = 'comment' AND entity_id = ? ORDER BY id",
                             arguments: [String(id)])
                .map { Event(actor: $0["actor"], action: $0["action"]) }
        }
    }

    /// The number the reason picker shows for a reason code.
    static func reasonNumber(_ db: URL, _ code: String) throws -> Int {
        let codes = try DemoDatabase.read(db) { try String.fetchAll($0, sql: "SELECT code FROM reason WHERE active = 1 ORDER BY ordinal, code") }
        return (codes.firstIndex(of: code) ?? 0) + 1
    }

    static func moderatorId(_ db: URL, account: String) throws -> Int64? {
        try DemoDatabase.read(db) { try Int64.fetchOne($0, sql: "SELECT id FROM moderator WHERE account = ?", arguments: [account]) }
    }

    /// N from "pending · oldest first: N comments".
    static func pendingCount(_ screen: [String]) -> Int? {
        guard screen.count > 1, let match = screen[1].firstMatch(of: /: (\d+) comments/) else { return nil }
        return Int(match.1)
    }

    static func startModerator(_ account: String, db: URL, workspace: TempWorkspace) async throws -> TmuxSession {
        let tmux = try await ModeratLaunch.inTmux(
            database: db, arguments: ["--lang", "en"], environment: ["MODERAT_ACCOUNT": account],
            width: 100, height: 30, workspace: workspace)
        try await tmux.waitForSettled("\(account)'s queue") {
            $0.count == 30 && $0[1].contains("pending · oldest first") && $0.last?.hasPrefix(" Enter open") == true
        }
        return tmux
    }

    @Test("two moderators: A's approval leaves B's list within a second; B's late rejection is refused naming Anna Müller, and A's decision stands")
    func twoModerators() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let queue = try await DemoDatabase.queue(db, limit: 2, workspace: workspace)
        try #require(queue.count == 2)
        let (first, second) = (queue[0], queue[1])
        let anna = try #require(try Self.moderatorId(db, account: "amueller"))
        let eventsBefore = (first: try Self.events(db, comment: first.id), second: try Self.events(db, comment: second.id))

        let a = try await Self.startModerator("amueller", db: db, workspace: workspace)
        let b = try await Self.startModerator("bschmidt", db: db, workspace: workspace)
        var screenA = try await a.capture(), screenB = try await b.capture()
        let pending = try #require(Self.pendingCount(screenA), "\(screenA.dump)")
        #expect(screenA[0].hasSuffix("Anna Müller (moderator)") && screenB[0].hasSuffix("Bernd Schmidt (moderator)"))
        let firstRow = screenA[Self.firstRow]
        #expect(firstRow == screenB[Self.firstRow], "both see the same first pending comment")
        #expect(firstRow.contains(first.author), "A:\n\(screenA.dump)")

        // 1. A approves the first comment; it leaves B's pending list within a second.
        // The clock starts once A's write is committed (A's status line says so), so the figure is
        // B's refresh and not A's keystroke travelling through tmux on a loaded machine.
        let clock = ContinuousClock()
        try await a.sendKeys("a")
        _ = try await a.waitFor(text: ": approved")
        let started = clock.now
        try await b.waitFor("the approved comment to leave B's list") { !$0.containsText(firstRow) }
        let elapsed = clock.now - started
        #expect(elapsed < .seconds(1), "B saw A's approval after \(elapsed)")
        screenB = try await b.waitForSettled("B's refreshed list") { !$0.containsText(firstRow) && Self.pendingCount($0) == pending - 1 }
        #expect(screenB[Self.firstRow].contains(second.author), "the next comment moved up:\n\(screenB.dump)")
        screenA = try await a.waitForSettled(text: ": approved")
        #expect(!screenA.containsText(firstRow))

        // 2. B opens the next comment and starts rejecting it; A approves it meanwhile.
        try await b.sendKeys("Enter")
        try await b.waitFor("B in comment #\(second.id)") { $0[1].hasPrefix(" #\(second.id)  pending") }
        let claimed = try await a.waitForSettled(text: "[being handled by Bernd Schmidt]")
        #expect(claimed[Self.firstRow].contains("[being handled by Bernd Schmidt]"), "A sees B's claim:\n\(claimed.dump)")
        try await b.sendKeys("r")
        try await b.waitFor(text: "┌ Reason for rejection")
        // B has it open: A is asked first (default no) and says yes.
        try await a.sendKeys("a")
        try await a.waitFor(text: "Bernd Schmidt has")
        try await a.sendKeys("y")
        try await a.waitFor("the second approval on A's screen") { Self.pendingCount($0) == pending - 2 }
        // B's picker is still open; B goes on: the reason by its number, (no) answer, Enter.
        try await b.waitFor(text: "Advertising / spam")
        try await b.sendKeys(String(try Self.reasonNumber(db, "spam")))
        try await b.waitFor(text: "Public answer (optional)")
        try await b.sendKeys("Enter")
        let conflict = try await b.waitForSettled(text: "Nothing was overwritten")
        let message = try #require(conflict.first { $0.contains("Nothing was overwritten") })

        // The message names who decided and when (Berlin time, as the workbench shows it).
        let decided = try #require(try DemoDatabase.read(db) {
            try Row.fetchOne($0, sql: "SELECT state, decided_by, decided_at, reason_code, version FROM comment WHERE id = ?", arguments: [second.id])
        })
        let decidedAt: String = decided["decided_at"]
        let when = try #require(ISO8601DateFormatter().date(from: decidedAt), "decided_at \(decidedAt)")
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Europe/Berlin")
        formatter.dateFormat = "HH:mm"
        #expect(message.contains("Comment \(second.id) was already approved by Anna Müller at \(formatter.string(from: when)). Nothing was overwritten."),
                "\(conflict.dump)")

        // The database keeps A's decisions; the audit log holds exactly what happened.
        #expect(decided["state"] as String == "approved")
        #expect(decided["decided_by"] as Int64? == anna)
        #expect(decided["reason_code"] as String? == nil)
        #expect(decided["version"] as Int64 == second.version + 1)
        let firstState = try #require(try DemoDatabase.read(db) {
            try Row.fetchOne($0, sql: "SELECT state, decided_by FROM comment WHERE id = ?", arguments: [first.id])
        })
        #expect(firstState["state"] as String == "approved")
        #expect(firstState["decided_by"] as Int64? == anna)
        let approve = Event(actor: "amueller", action: "comment.approve")
        #expect(try Self.events(db, comment: first.id) == eventsBefore.first + [approve])
        #expect(try Self.events(db, comment: second.id) == eventsBefore.second + [approve])

        // Both quit cleanly (B from the comment view: back, then quit).
        try await b.sendKeys("Escape")
        try await b.waitFor(text: "pending · oldest first")
        try await b.sendKeys("q")
        try await a.sendKeys("q")
        #expect(try await a.waitForExit() == 0)
        #expect(try await b.waitForExit() == 0)
        await a.kill()
        await b.kill()
    }

    @Test("B has the comment open when A approves it; B's reject afterwards is refused, naming Anna Müller", .beyondSmokeSet)
    func rejectAfterLiveRefresh() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let first = try #require(try await DemoDatabase.queue(db, limit: 1, workspace: workspace).first)
        let anna = try #require(try Self.moderatorId(db, account: "amueller"))
        let eventsBefore = try Self.events(db, comment: first.id)
        let a = try await Self.startModerator("amueller", db: db, workspace: workspace)
        let b = try await Self.startModerator("bschmidt", db: db, workspace: workspace)

        try await b.sendKeys("Enter")
        try await b.waitFor("B in comment #\(first.id)") { $0[1].hasPrefix(" #\(first.id)  pending") }
        try await a.sendKeys("a")
        try await a.waitFor(text: "Bernd Schmidt has")
        try await a.sendKeys("y")
        try await a.waitFor(text: ": approved")
        // B's screen shows the new state; B, busy reading, presses r anyway: the conflict is
        // told at once, before a reason is chosen or an answer typed.
        try await b.waitFor(text: "State: approved · Anna Müller")
        try await b.sendKeys("r")
        let screen = try await b.waitForSettled("a conflict or a result") { $0.containsText("Nothing was overwritten") || $0.containsText(": rejected") }
        #expect(screen.containsText("was already approved by Anna Müller at"), "\(screen.dump)")
        #expect(!screen.containsText("┌ Reason for rejection"), "no picker opens for a comment that moved on")

        let state = try #require(try DemoDatabase.read(db) {
            try Row.fetchOne($0, sql: "SELECT state, decided_by FROM comment WHERE id = ?", arguments: [first.id])
        })
        #expect(state["state"] as String == "approved")
        #expect(state["decided_by"] as Int64? == anna)
        #expect(try Self.events(db, comment: first.id) == eventsBefore + [Event(actor: "amueller", action: "comment.approve")])
        await a.kill()
        await b.kill()
    }

    // MARK: Hostile text

    static let osc52 = "\u{1B}]52;c;SGFjayE=\u{07}"
    static let setTitle = "\u{1B}]2;pwned\u{07}"
    static let clearScreen = "\u{1B}[2J"
    static let rlo = "\u{202E}"
    static let hostileBody: String = {
        var text = "Achtung\(osc52) Bürger\(clearScreen)\(rlo)nehcafnie\(setTitle) ist gut\n"
        text += (2...2000).map { "Zeile \($0) \(clearScreen)mit\(rlo) Text" }.joined(separator: "\n")
        return text
    }()
    static let hostileAuthor = "\u{1B}[31mRoter\u{202E} Text"

    /// Plants the comment as the oldest pending one, so it is the queue's first row.
    static func insertHostile(_ db: URL) throws -> Int64 {
        try DemoDatabase.write(db) { db in
            try db.execute(sql: "INSERT INTO author(source, external_id, display_name) VALUES ('e2e', 'hostile', ?)",
                           arguments: [hostileAuthor])
            let author = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO comment(source, external_id, process_id, author_id, body, created_at, imported_at)
                VALUES ('e2e', 'hostile-1', (SELECT MIN(id) FROM process), ?, ?, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')
                """, arguments: [author, hostileBody])
            return db.lastInsertedRowID
        }
    }

    @Test("a comment with OSC 52, a clear-screen, a bidi override and 2,000 lines shows as harmless glyphs in the list and the comment view", .beyondSmokeSet)
    func hostileComment() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let id = try Self.insertHostile(db)
        #expect(try await DemoDatabase.queue(db, limit: 1, workspace: workspace).first?.id == id)

        let tmux = try await Self.startModerator("amueller", db: db, workspace: workspace)
        let target = "=\(tmux.name):"
        // Let an OSC 52 from the program create a tmux buffer if one ever got through; record
        // every byte moderat writes from here on; then repaint the whole screen.
        try await tmux.tmux("set-option", "-s", "set-clipboard", "on")
        let stream = workspace.path("pane.bin")
        try await tmux.tmux("pipe-pane", "-o", "-t", target, "cat >> \(ShellQuote.quote(stream.path))")
        try await tmux.sendKeys("C-l")

        let title = " moderat  1 Queue  2  3  4  5  6  7"
        func expectIntact(_ screen: [String], hints: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(screen.count == 30, sourceLocation: sourceLocation)
            #expect(screen[0].hasPrefix(title) && screen[0].hasSuffix("moderat.db · Anna Müller (moderator)"),
                    "title line:\n\(screen.dump)", sourceLocation: sourceLocation)
            #expect(screen.last?.hasPrefix(hints) == true, "status line:\n\(screen.dump)", sourceLocation: sourceLocation)
            #expect(!screen.contains { $0.unicodeScalars.contains("\u{202E}") }, "a bidi override reached a cell", sourceLocation: sourceLocation)
        }

        // The list: the row shows the escape sequences as glyphs, in stored order, nothing reordered.
        let list = try await tmux.waitForSettled(text: "Achtung␛]52;c;")
        let row = list[Self.firstRow]
        #expect(row.contains("␛[31mRoter Text"), "author: \(row)")
        #expect(row.contains("Achtung␛]52;c;SGFjayE=␇ Bürger␛[2Jnehcafnie"), "row: \(row)")
        #expect(row.hasSuffix("…"), "truncated to the column: \(row)")
        #expect(list[Self.firstRow + 1].hasPrefix("  pend"), "the next row is intact:\n\(list.dump)")
        expectIntact(list, hints: " Enter open  a approve")

        // The comment view: the first line whole, the next lines as glyphs.
        try await tmux.sendKeys("Enter")
        let top = try await tmux.waitForSettled("comment #\(id)") { $0[1].hasPrefix(" #\(id)  pending") }
        #expect(top.contains(" Achtung␛]52;c;SGFjayE=␇ Bürger␛[2Jnehcafnie␛]2;pwned␇ ist gut"), "\(top.dump)")
        #expect(top.contains(" Zeile 2 ␛[2Jmit Text"), "\(top.dump)")
        expectIntact(top, hints: " a approve  r reject")

        // G: the end of the 2,000 lines, every line in order, layout intact.
        try await tmux.sendKeys("G")
        let bottom = try await tmux.waitForSettled(text: "Zeile 2000 ␛[2Jmit Text")
        let numbers = bottom.compactMap { row -> Int? in
            guard let match = row.firstMatch(of: /^ Zeile (\d+) ␛\[2Jmit Text$/) else { return nil }
            return Int(match.1)
        }
        #expect(numbers.count >= 10 && numbers.last == 2000, "\(bottom.dump)")
        #expect(numbers == Array((2001 - numbers.count)...2000), "consecutive lines: \(numbers)")
        expectIntact(bottom, hints: " a approve  r reject")

        let paneTitle = try await tmux.tmux("display-message", "-p", "-t", target, "#{pane_title}").stdout
        #expect(!paneTitle.contains("pwned"), "the comment set the terminal title: \(paneTitle)")

        // Back and quit.
        try await tmux.sendKeys("Escape")
        try await tmux.waitFor(text: "Achtung␛]52;c;")
        try await tmux.sendKeys("q")
        #expect(try await tmux.waitForExit() == 0)

        // Nothing reached the terminal as a control: no clipboard write, no title, no override.
        let buffers = try await tmux.tmux("list-buffers", "-F", "#{buffer_name}").stdout
        #expect(buffers.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "OSC 52 reached tmux: \(buffers)")
        let written = try await poll("moderat's output") { () -> Data? in
            let data = (try? Data(contentsOf: stream)) ?? Data()
            // The wrapper reports the exit status after moderat's last byte.
            return data.range(of: Data(tmux.exitTitlePrefix.utf8)) != nil ? data : nil
        }
        #expect(written.range(of: Data("Achtung␛]52;c;SGFjayE=␇".utf8)) != nil, "the hostile row was painted while recording")
        for (name, bytes) in [("OSC 52", "\u{1B}]52"), ("a title change", "\u{1B}]2;pwned"), ("U+202E", "\u{202E}")] {
            #expect(written.range(of: Data(bytes.utf8)) == nil, "\(name) was written to the terminal")
        }
    }
}

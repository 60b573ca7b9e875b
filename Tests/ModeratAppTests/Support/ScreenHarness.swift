import Foundation
import GRDB
import ModeratCore
import ModeratStore
import TerminalKit
@testable import ModeratApp

/// One user at a terminal: a temporary demo database, the workbench on the in-memory
/// backend, and helpers to press keys and read what the screen shows and what the
/// database holds. Removes its directory when it goes away.
final class ScreenHarness {
    /// Friday 27.11.2026, 15:00 in Berlin: the demo is built for this moment and the clock stays there.
    static let now = Date(timeIntervalSince1970: 1_795_788_000)
    /// The OS account running the tests' workbench: the demo makes it an administrator.
    static let account = "tester"
    /// Demo colleagues (Sources/ModeratSamples/Demo/DemoModerators.swift).
    static let anna = "amueller"
    static let bernd = "bschmidt"
    static let secretary = "cweber"
    static let viewer = "dkoenig"

    let directory: URL
    let path: String
    let editor: FakeEditor
    let clock: TestClock
    let theme: ResolvedTheme
    let language: Language
    let account: String
    private(set) var database: ModeratDatabase
    private(set) var store: Store
    private(set) var context: AppContext
    private(set) var app: App
    private(set) var loop: AppLoop
    private(set) var backend: MemoryBackend

    /// `prepare` runs on the populated database before the workbench opens it (extra rows).
    init(account: String = ScreenHarness.account, language: Language = .de, width: Int = 100, height: Int = 30,
         editor: FakeEditor = FakeEditor(), prepare: (ModeratDatabase) throws -> Void = { _ in }) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("moderat-apptests-\(UUID().uuidString)", isDirectory: true)
        path = directory.appendingPathComponent("demo.db").path
        try DemoTemplate.copy(to: path)
        self.editor = editor
        self.clock = TestClock(Self.now)
        self.theme = Theme.builtinDefault.resolved(for: .c256)
        self.language = language
        self.account = account
        database = try ModeratDatabase.open(path: path)
        try prepare(database)
        let clock = self.clock
        store = Store(database: database, account: account, clock: { clock.now })
        context = try AppContext(store: store, language: language, theme: theme, editor: editor)
        backend = MemoryBackend(width: width, height: height)
        app = App(context: context, size: backend.size)
        loop = AppLoop(app: app, backend: backend)
        loop.runPending(backend)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Throws the workbench away (as a dropped SSH connection would, without saving) and
    /// starts a fresh one on the same database file.
    func restart() throws {
        database = try ModeratDatabase.open(path: path)
        let clock = self.clock
        store = Store(database: database, account: account, clock: { clock.now })
        context = try AppContext(store: store, language: language, theme: theme, editor: editor)
        backend = MemoryBackend(width: backend.size.width, height: backend.size.height)
        app = App(context: context, size: backend.size)
        loop = AppLoop(app: app, backend: backend)
        loop.runPending(backend)
    }

    /// The store as another person sees the same file (another moderat process).
    func otherStore(_ account: String, secondsLater: TimeInterval = 60) throws -> Store {
        let other = try ModeratDatabase.open(path: path)
        let at = Self.now.addingTimeInterval(secondsLater)
        return Store(database: other, account: account, clock: { at })
    }

    /// A `prepare` step that puts one more person on moderat's list.
    static func addModerator(_ account: String, _ name: String, role: Role = .moderator) -> (ModeratDatabase) throws -> Void {
        { database in
            try database.pool.write { db in
                try db.execute(sql: """
                    INSERT INTO moderator(account, display_name, role, created_at) VALUES (?, ?, ?, '2026-11-01T00:00:00Z')
                    """, arguments: [account, name, role.rawValue])
            }
        }
    }

    // MARK: Input

    func press(_ keys: Key...) { press(keys) }

    func press(_ keys: [Key]) {
        backend.send(keys: keys)
        loop.runPending(backend)
    }

    /// Types text key by key (each character one key press).
    func type(_ text: String) {
        backend.type(text)
        loop.runPending(backend)
    }

    func send(_ event: InputEvent) {
        backend.send(event)
        loop.runPending(backend)
    }

    func resize(width: Int, height: Int) {
        backend.resize(width: width, height: height)
        loop.runPending(backend)
    }

    /// An idle moment of the loop: drafts are saved, others' commits noticed; then a frame.
    func waitTick() {
        app.tick()
        loop.runPending(backend)
    }

    // MARK: Screen

    var buffer: Buffer { backend.buffer }
    var width: Int { backend.size.width }
    var height: Int { backend.size.height }
    var screen: String { backend.screenText }
    func row(_ y: Int) -> String { backend.row(y) }
    var titleLine: String { row(0) }
    var statusLine: String { row(height - 1) }
    func style(_ role: ThemeRole) -> Style { theme[role] }
    /// A text in the harness's UI language, as the app words it.
    func t(_ text: UIText) -> String { Localizer(language)(text) }

    /// The tab the title line marks as current (its cells carry the selection style).
    var currentTab: String {
        let marked = theme[.listSelected].adding(.bold)
        return (0..<width).filter { buffer[$0, 0].style == marked && !buffer[$0, 0].isContinuation }
            .map { String(buffer[$0, 0].grapheme) }.joined()
    }

    /// The selected list rows: those carrying the list.selected style across the whole width,
    /// or, in the queue, on the gutter that holds the selection marker (the title line's
    /// current tab carries the style too, but never from the first cell with a marker).
    var selectedRows: [Int] {
        (1..<max(1, height - 1)).filter { y in
            guard buffer[0, y].style == theme[.listSelected] else { return false }
            return buffer[width - 1, y].style == theme[.listSelected]
                || (buffer[1, y].style == theme[.listSelected]
                    && [ListView.selectionGlyph, ListView.markGlyph].contains(String(buffer[0, y].grapheme)))
        }
    }

    /// The text of the one selected list row, nil when there is none.
    var selectedRowText: String? { selectedRows.first.map(row) }

    /// Rows of the screen holding `text`.
    func rows(containing text: String) -> [Int] {
        (0..<height).filter { row($0).contains(text) }
    }

    /// The cells of row y whose style is `role`'s style.
    func cells(in y: Int, styled role: ThemeRole) -> [Int] {
        (0..<width).filter { buffer[$0, y].style == theme[role] }
    }

    /// The text of the cells of row y styled as `role`, runs joined by "|".
    func text(in y: Int, styled role: ThemeRole) -> String {
        var out = ""
        var last = -2
        for x in cells(in: y, styled: role) where !buffer[x, y].isContinuation {
            if x != last + 1, !out.isEmpty { out += "|" }
            out.append(buffer[x, y].grapheme)
            last = x
        }
        return out
    }

    // MARK: What the app holds (read-only peeks for identifying rows)

    /// The comment behind the queue's selected row.
    var selectedCommentId: Int64? { app.screens.queue.window.selectedRow?.id }

    // MARK: Database

    func int(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try database.pool.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }

    func string(_ sql: String, _ arguments: StatementArguments = []) throws -> String? {
        try database.pool.read { db in try String.fetchOne(db, sql: sql, arguments: arguments) }
    }

    func ids(_ sql: String, _ arguments: StatementArguments = []) throws -> [Int64] {
        try database.pool.read { db in try Int64.fetchAll(db, sql: sql, arguments: arguments) }
    }

    /// Every row of a query, each column as text ("" for NULL).
    func table(_ sql: String, _ arguments: StatementArguments = []) throws -> [[String]] {
        try database.pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                (0..<row.count).map { index in
                    let value: DatabaseValue = row[index]
                    return String.fromDatabaseValue(value) ?? value.description
                }
            }
        }
    }

    func state(of comment: Int64) throws -> String? {
        try string("SELECT state FROM comment WHERE id = ?", [comment])
    }

    func version(of comment: Int64) throws -> Int {
        try int("SELECT version FROM comment WHERE id = ?", [comment])
    }

    /// Audit rows about one comment, optionally of one action and one actor.
    func auditCount(_ comment: Int64, action: String? = nil, actor: String? = nil) throws -> Int {
        try int("""
            SELECT COUNT(*) FROM audit_event WHERE entity = 'comment' AND entity_id = ?
              AND (? IS NULL OR action = ?) AND (? IS NULL OR actor = ?)
            """, [String(comment), action, action, actor, actor])
    }

    var totalAuditRows: Int {
        get throws { try int("SELECT COUNT(*) FROM audit_event") }
    }
}

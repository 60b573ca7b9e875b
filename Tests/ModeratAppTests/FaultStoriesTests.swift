import Foundation
import GRDB
import ModeratCore
import TerminalKit
import Testing
@testable import ModeratApp
@testable import ModeratStore

/// Issue 10, faults: a workbench on a file it may not write says so in a banner and refuses
/// changes in words; a write that meets another program's lock shows that it waits, keeps
/// drawing, lets Esc give up, and goes through (or fails clearly) without changing anything
/// half-way.
@Suite("Fault stories", .serialized)
struct FaultStoriesTests {
    @Test("a moderator opens a file the account cannot write: the banner says so and why, and approving is refused with nothing changed",
          arguments: [Language.de, .en])
    func readOnlyBanner(language: Language) throws {
        let bench = try Workbench(language: language, readOnlyBecause: .fileNotWritable)
        let expected = Localizer(language)(.readOnlyBecause(.fileNotWritable))
        #expect(bench.row(1).trimmingCharacters(in: .whitespaces) == expected, "\(bench.screen)")
        #expect(expected.contains(language == .de ? "NUR LESEN – die Datei ist für dieses Konto schreibgeschützt"
                                                  : "READ-ONLY – the file is not writable for this account"))
        let id = try #require(bench.selectedCommentId)
        let audit = try bench.int("SELECT COUNT(*) FROM audit_event")

        bench.press(.character("a"))

        #expect(bench.statusLine == Localizer(language)(.readOnlyRefused(.fileNotWritable)), "\(bench.screen)")
        #expect(try bench.state(of: id) == "pending")
        #expect(try bench.int("SELECT COUNT(*) FROM audit_event") == audit)
    }

    @Test("another program holds the write lock; the moderator approves, sees “Warte auf die Datenbank …” while the screen keeps drawing, and the approval goes through once the lock is gone")
    func lockWaitThenSuccess() throws {
        let bench = try Workbench(language: .de)
        let id = try #require(bench.selectedCommentId)
        let other = try Self.holdWriteLock(bench.path)
        DispatchQueue.global().asyncAfter(deadline: .now() + 1.2) {
            try? other.inDatabase { db in try db.execute(sql: "COMMIT") }
        }
        let started = Date()

        bench.press(.character("a"))

        #expect(Date().timeIntervalSince(started) >= 1.0)
        let waiting = bench.backend.statusLines.filter { $0.hasPrefix("Warte auf die Datenbank …") }
        #expect(waiting.count >= 5, "the waiting line is drawn again and again: \(bench.backend.statusLines)")
        #expect(waiting.contains { $0.contains("Esc bricht ab") })
        #expect(try bench.state(of: id) == "approved")
        #expect(!bench.statusLine.contains("Warte auf die Datenbank"), "the waiting line is gone: \(bench.statusLine)")
    }

    @Test("while the lock is held the moderator presses Esc: the wait ends at once, the status says nothing was changed, the comment is still pending")
    func lockWaitGivenUp() throws {
        let bench = try Workbench(language: .de)
        let id = try #require(bench.selectedCommentId)
        let other = try Self.holdWriteLock(bench.path)
        defer { try? other.inDatabase { db in try db.execute(sql: "ROLLBACK") } }
        bench.backend.script(.key(.escape), after: 0.8)
        let started = Date()

        bench.press(.character("a"))

        #expect(Date().timeIntervalSince(started) < 5)
        #expect(bench.statusLine.hasPrefix("Warten nach"), "\(bench.statusLine)")
        #expect(bench.statusLine.hasSuffix("abgebrochen; nichts wurde geändert."), "\(bench.statusLine)")
        #expect(try bench.state(of: id) == "pending")
        #expect(bench.backend.statusLines.contains { $0.hasPrefix("Warte auf die Datenbank …") })
    }

    @Test("a lock held past the limit: the approval fails with a clear message in English and the database is unchanged")
    func lockWaitTimesOut() throws {
        let bench = try Workbench(language: .en)
        bench.database.lockWait.limit = 1
        let id = try #require(bench.selectedCommentId)
        let audit = try bench.int("SELECT COUNT(*) FROM audit_event")
        let other = try Self.holdWriteLock(bench.path)

        bench.press(.character("a"))

        #expect(bench.statusLine == "The database stayed locked by another program for 1 s; nothing was changed.", "\(bench.screen)")
        try other.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(try bench.state(of: id) == "pending")
        #expect(try bench.int("SELECT COUNT(*) FROM audit_event") == audit)
    }

    /// Another program's connection inside BEGIN IMMEDIATE: it holds the write lock until COMMIT or ROLLBACK.
    static func holdWriteLock(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        return queue
    }
}

/// The workbench on a copy of the demo, drawn into a backend that remembers every status
/// line it was shown (the waiting line lives only during a wait) and can deliver a key
/// while a write waits. `readOnlyBecause` opens the file read-only as if the account could
/// not write it (tests run as root, who can write anything).
final class Workbench {
    let directory: URL
    let path: String
    let database: ModeratDatabase
    /// The opening whose connections a read-only view borrows; it closes them.
    private let opened: ModeratDatabase?
    let app: App
    let loop: AppLoop
    let backend: RecordingBackend

    /// `writesFailUnannounced`: the file turns read-only behind the workbench's back (it
    /// opened it writable), so a write reaches the store and fails there.
    init(language: Language, readOnlyBecause reason: ReadOnlyReason? = nil, writesFailUnannounced: Bool = false) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("moderat-faults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("demo.db").path
        try DemoTemplate.copy(to: path)
        if reason != nil || writesFailUnannounced {
            let opened = try ModeratDatabase.open(path: path, readOnly: true)
            database = ModeratDatabase(path: path, pool: try opened.pool, watcher: opened.watcher, isReadOnly: reason != nil,
                                       readOnlyReason: reason, ownsConnections: false)
            self.opened = opened
        } else {
            database = try ModeratDatabase.open(path: path)
            opened = nil
        }
        let now = ScreenHarness.now
        let store = Store(database: database, account: ScreenHarness.account, clock: { now })
        let context = try AppContext(store: store, language: language, theme: Theme.builtinDefault.resolved(for: .c256),
                                     editor: FakeEditor())
        backend = RecordingBackend()
        app = App(context: context, size: backend.size)
        loop = AppLoop(app: app, backend: backend)
        loop.runPending(backend.memory)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func press(_ key: Key) {
        backend.memory.send(keys: [key])
        backend.start()
        loop.runPending(backend.memory)
    }

    func row(_ y: Int) -> String { backend.memory.row(y) }
    var screen: String { backend.memory.screenText }
    var statusLine: String { row(backend.size.height - 1).trimmingCharacters(in: .whitespaces) }
    var selectedCommentId: Int64? { app.screens.queue.window.selectedRow?.id }

    func int(_ sql: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }

    func state(of comment: Int64) throws -> String? {
        try DatabaseQueue(path: path).read { db in
            try String.fetchOne(db, sql: "SELECT state FROM comment WHERE id = ?", arguments: [comment])
        }
    }
}

/// A 100x30 in-memory terminal that keeps the status line of every frame and hands out
/// scripted events once their moment (seconds after `start`) has come.
final class RecordingBackend: TerminalBackend {
    let memory = MemoryBackend(width: 100, height: 30)
    private(set) var statusLines: [String] = []
    private var scripted: [(at: TimeInterval, event: InputEvent)] = []
    private var started = Date()

    var size: Size { memory.size }

    func script(_ event: InputEvent, after seconds: TimeInterval) { scripted.append((seconds, event)) }
    func start() { started = Date() }

    func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?) {
        memory.draw(buffer, cursor: cursor)
        statusLines.append(memory.row(size.height - 1).trimmingCharacters(in: .whitespaces))
    }

    func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        if let event = memory.readEvent(timeoutMilliseconds: 0) { return event }
        let elapsed = Date().timeIntervalSince(started)
        guard let index = scripted.firstIndex(where: { $0.at <= elapsed }) else { return nil }
        return scripted.remove(at: index).event
    }

    func suspend(while body: () throws -> Void) rethrows { try memory.suspend(while: body) }
    func shutdown() {}
    func invalidate() { memory.invalidate() }
}

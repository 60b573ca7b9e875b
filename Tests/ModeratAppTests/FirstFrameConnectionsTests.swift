import Foundation
import ModeratCore
import ModeratStore
import Testing
import TerminalKit
@testable import ModeratApp

/// Issue 16: every SQLite connection parses the whole schema when it opens, so the workbench
/// reads its first frame on one connection and opens the pool's writer and reader after it.
@Suite("The first frame is read on one connection")
struct FirstFrameConnectionsTests {
    static func scratchDirectory(_ prefix: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }

    /// A copy of the demo in `directory`, opened as the workbench opens it: a session before
    /// this one left the -wal and -shm beside the file, as every moderat does.
    static func openDemoSession(in directory: URL) throws -> (ModeratDatabase, Store, AppContext) {
        let path = directory.appendingPathComponent("demo.db").path
        try DemoTemplate.copy(to: path)
        try ModeratDatabase.open(path: path).close()
        let database = try ModeratDatabase.open(path: path)
        let store = Store(database: database, account: ScreenHarness.account, clock: { ScreenHarness.now })
        let context = try AppContext(store: store, language: .de, theme: Theme.builtinDefault.resolved(for: .c256),
                                     editor: FakeEditor())
        return (database, store, context)
    }

    @Test("Opening the demo and reading the queue's first frame opens one connection; the writer and a reader follow once it is drawn")
    func firstFrameOpensOneConnection() throws {
        let directory = Self.scratchDirectory("moderat-firstframe")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (database, _, context) = try Self.openDemoSession(in: directory)
        #expect(database.connectionsOpened == 1)
        let backend = MemoryBackend(width: 100, height: 30)
        let app = App(context: context, size: backend.size)
        var buffer = Buffer(size: backend.size)
        _ = app.render(into: &buffer)
        let firstFrame = buffer.text
        #expect(database.connectionsOpened == 1, "the first frame was read on the watcher alone")

        let loop = AppLoop(app: app, backend: backend)
        loop.runPending(backend)
        #expect((0..<30).map { backend.row($0) }.joined(separator: "\n") == firstFrame, "the frame read on one connection is the whole first frame")
        #expect(!app.screens.queue.window.rows.isEmpty, "the queue's first page was read")
        #expect(database.connectionsOpened == 3, "after the first frame: the watcher, the pool's writer and one reader")
        backend.send(keys: [.character("j")])
        loop.runPending(backend)
        #expect(database.connectionsOpened == 3, "a key after the first frame opens nothing more")
    }

    @Test("After the first frame the first search is warmed on the reader: no connection more, and quitting stops the warm-up")
    func firstSearchWarmedOnTheReader() throws {
        let directory = Self.scratchDirectory("moderat-warmup")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (database, store, context) = try Self.openDemoSession(in: directory)
        let backend = MemoryBackend(width: 100, height: 30)
        let app = App(context: context, size: backend.size)
        let loop = AppLoop(app: app, backend: backend)
        #expect(loop.searchWarmUp == nil, "nothing is warmed before the first frame")
        loop.runPending(backend)
        #expect(loop.searchWarmUp != nil, "the warm-up starts once the first frame is drawn")
        loop.finishSearchWarmUp(cancel: false)
        #expect(database.connectionsOpened == 3, "the warm-up read on the pool's one reader")

        backend.send(keys: [.character("/")] + "strasse".map { .character($0) } + [.enter])
        loop.runPending(backend)
        #expect(database.connectionsOpened <= 4, "the search reads on the warmed reader (its full read may take a second)")
        #expect(backend.row(29).contains("strasse"), "the search answered: \(backend.row(29))")

        // A cancelled warm-up stops at its first check and says why.
        let control = SearchControl()
        control.cancel()
        #expect(throws: SearchRefusal.cancelled) { try store.warmSearch(control: control) }
    }
}

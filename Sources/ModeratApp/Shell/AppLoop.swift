import Foundation
import ModeratStore
import TerminalKit

/// The loop around the app: read one event (or time out), update, draw the difference.
/// On a timeout the app checks for other people's commits and saves drafts. While a write
/// waits for another program's lock, the loop keeps the screen alive (see AppLoop+LockWait).
public final class AppLoop {
    let app: App
    let backend: any TerminalBackend
    /// Asked once per turn: a termination signal (SIGTERM, SIGHUP, SIGINT) ends the loop.
    let terminationSignal: () -> Int32?
    /// Forgets the termination signal just taken for a Ctrl-C that stopped a search.
    let clearSignal: () -> Void
    /// How long one wait for input lasts; also how quickly others' commits show up.
    public static let idleMilliseconds = 250
    /// How long one wait for input lasts while a search is being read.
    static let searchPollMilliseconds = 1
    /// The signal that ended the loop, if one did.
    public private(set) var endedBySignal: Int32?
    /// The waiting line last shown during a lock wait, taken away after the turn.
    var waitLine: App.StatusLine?
    /// Whether the first frame has been drawn (and the connections it did without opened).
    private var drewFirstFrame = false
    /// The first search's warm-up, started after the first frame (AppLoop+SearchWarmUp).
    var searchWarmUp: SearchWarmUp?

    public init(app: App, backend: any TerminalBackend, terminationSignal: @escaping () -> Int32? = { nil },
                clearSignal: @escaping () -> Void = {}) {
        self.app = app
        self.backend = backend
        self.terminationSignal = terminationSignal
        self.clearSignal = clearSignal
        watchLocks()
    }

    /// Runs until the user quits or a termination signal arrives; the caller then saves
    /// drafts and restores the terminal.
    public func run() {
        defer { finishSearchWarmUp(cancel: true) }
        draw()
        while !app.shouldQuit {
            if let signal = terminationSignal() {
                // Ctrl-C while a search runs stops the search, not the workbench.
                guard signal == SIGINT, app.cancelSearch() else {
                    endedBySignal = signal
                    return
                }
                clearSignal()
            }
            // While a search is read off this thread, wake up often to show it when it is ready,
            // but draw only when something came: a frame every millisecond would take a core
            // from the search itself.
            let searching = app.isSearching
            var changed = true
            turn {
                if let event = backend.readEvent(timeoutMilliseconds: searching ? AppLoop.searchPollMilliseconds : AppLoop.idleMilliseconds) {
                    app.handle(event)
                    runExternalEditorIfAsked()
                } else if !searching {
                    app.tick()
                } else {
                    changed = false
                }
                if app.collectSearch() { changed = true }
            }
            if changed { draw() }
        }
    }

    /// For tests: handles every queued event of an in-memory backend, waits for a search
    /// they started (unless a later event stopped it), then draws once.
    public func runPending(_ backend: MemoryBackend) {
        finishSearchWarmUp(cancel: false)
        while !app.shouldQuit, let event = backend.readEvent(timeoutMilliseconds: 0) {
            turn {
                app.handle(event)
                runExternalEditorIfAsked()
            }
        }
        while app.isSearching {
            usleep(1_000)
            turn { app.collectSearch() }
        }
        draw()
    }

    /// One update, after which a failed lock wait or a read-only refusal is said in the
    /// user's words (the screens only see the store's error).
    func turn(_ body: () -> Void) {
        let failuresBefore = app.context.store.database.lockWait.failures.count
        body()
        endLockWait(failuresBefore: failuresBefore)
        explainReadOnlyRefusal()
    }

    func runExternalEditorIfAsked() {
        guard let text = app.externalEditRequest else { return }
        var edited: String?
        backend.suspend {
            edited = app.context.editor.edit(text)
        }
        app.finishExternalEdit(edited)
    }

    func draw() {
        let size = backend.size
        var buffer = Buffer(size: size)
        let cursor = app.render(into: &buffer)
        if app.needsFullRedraw {
            backend.invalidate()
            app.needsFullRedraw = false
        }
        backend.draw(buffer, cursor: cursor)
        if !drewFirstFrame {
            drewFirstFrame = true
            openConnectionsAfterFirstFrame()
        }
    }

    /// The first frame was read on the database's one open connection; the pool's writer and
    /// a reader open now, after it is on screen and before the first key is read, so neither
    /// waits for them. Opening may wait for another program's lock (shown like a write's
    /// wait); a failure is left to the first action that needs the pool, which says it.
    /// Opening the writer may commit (GRDB makes an empty log non-empty), which moves the
    /// change counter as anyone's commit does: the check a quiet moment makes runs now, so
    /// that move is taken in before the first key rather than re-reading the list at some
    /// later quiet moment. The first search is then warmed on the reader, off this thread
    /// (AppLoop+SearchWarmUp).
    func openConnectionsAfterFirstFrame() {
        let status = app.status
        let version = app.lastDataVersion
        var opened = false
        turn {
            opened = (try? app.context.store.database.openConnections()) != nil
            app.tick()
        }
        // Only once the pool's reader is open: on the watcher it would hold up the loop's reads.
        if opened { startSearchWarmUp() }
        if app.status != status || app.lastDataVersion != version { draw() }
    }
}

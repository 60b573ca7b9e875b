import Foundation
import ModeratStore
import TerminalKit

/// The loop as the database's lock watcher: while a write waits for another program's
/// lock, SQLite's busy handler lands here between tries. It runs on the loop's own turn
/// (the write was started from it and blocks it), so drawing here is safe; it handles only
/// what cannot start another write: resize, redraw, Esc to give up, and a termination signal.
extension AppLoop {
    /// A weak handle the database's Sendable watcher can hold; used only from the thread
    /// that runs the loop, which is blocked in the write while the watcher runs.
    final class WeakLoop: @unchecked Sendable {
        weak var loop: AppLoop?
        init(_ loop: AppLoop) { self.loop = loop }
    }

    /// The status line shows the wait only after this long, so short locks do not flicker.
    static let quietWait: TimeInterval = 0.3

    func watchLocks() {
        let handle = WeakLoop(self)
        app.context.store.database.lockWait.watcher = { elapsed in
            handle.loop?.waitForLock(elapsed: elapsed) ?? .keepWaiting
        }
    }

    /// One pause between tries: about 100 ms of listening to the keyboard.
    func waitForLock(elapsed: TimeInterval) -> LockWait.Decision {
        if terminationSignal() != nil { return .giveUp }
        if elapsed >= Self.quietWait {
            let line = App.StatusLine(text: app.context.text(.databaseWait(seconds: Int(elapsed))), isError: false)
            app.status = line
            waitLine = line
            draw()
        }
        let started = Date()
        let event = backend.readEvent(timeoutMilliseconds: 100)
        switch event {
        case .resize(let size)?:
            app.handle(.resize(size))
        case .key(.escape)?:
            return .giveUp
        case .key(.control("l"))?:
            app.needsFullRedraw = true
        default:
            // Other keys would start other actions in the middle of this one: dropped.
            break
        }
        if event == nil, Date().timeIntervalSince(started) < 0.05 { usleep(50_000) }
        return .keepWaiting
    }

    /// After a turn: takes the waiting line away and, when the wait failed, says so.
    func endLockWait(failuresBefore: Int) {
        let failures = app.context.store.database.lockWait.failures
        // An action that ended without a message of its own leaves no stale waiting line.
        if let line = waitLine, app.status == line { app.status = nil }
        waitLine = nil
        guard failures.count > failuresBefore, let outcome = failures.last else { return }
        let text: String
        switch outcome {
        case .timedOut(let seconds): text = app.context.text(.databaseStayedLocked(seconds: seconds, gaveUp: false))
        case .gaveUp(let seconds): text = app.context.text(.databaseStayedLocked(seconds: seconds, gaveUp: true))
        }
        app.status = App.StatusLine(text: text, isError: true)
    }

    /// A change refused on a read-only workbench says why, not only that the role may not.
    func explainReadOnlyRefusal() {
        guard let cause = app.context.readOnlyCause, cause != .accountNotListed,
              let status = app.status, status.isError else { return }
        let t = app.context.text
        let refusals = [t(.mayNotModerate(app.context.moderator?.role)),
                        t(.storeError(.readOnly(path: app.context.store.database.path, reason: app.context.store.database.readOnlyReason)))]
        if refusals.contains(status.text) {
            app.status = App.StatusLine(text: t(.readOnlyRefused(cause)), isError: true)
        }
    }
}

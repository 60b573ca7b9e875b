import Foundation
import ModeratStore

/// The session's first search made as quick as the ones after it: `Store.warmSearch` run on
/// the pool's reader right after the first frame, in a dispatch block of its own (see
/// `QueueSearchTask` for why not a `Thread`), so it delays neither the first frame nor a key.
/// It only reads, and stops at its next check when the workbench quits.
final class SearchWarmUp: @unchecked Sendable {
    private let control = SearchControl()
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var waited = false

    init(store: Store) {
        DispatchQueue.global(qos: .utility).async { [control, done] in
            // A warm-up that fails says nothing: the first search meets the same problem.
            try? store.warmSearch(control: control)
            done.signal()
        }
    }

    /// Waits until it no longer reads (a few milliseconds); with `cancel`, stops it first.
    /// Only the first call waits.
    func finish(cancel: Bool) {
        if cancel { control.cancel() }
        let first = lock.withLock {
            defer { waited = true }
            return !waited
        }
        if first { done.wait() }
    }
}

extension AppLoop {
    /// Starts warming the first search once the pool's reader is open.
    func startSearchWarmUp() {
        guard searchWarmUp == nil else { return }
        searchWarmUp = SearchWarmUp(store: app.context.store)
    }

    /// Waits for the warm-up (tests: their reads then meet the one reader, as a user's do);
    /// with `cancel` (the loop ending), stops it first, so the database closes after it.
    func finishSearchWarmUp(cancel: Bool) {
        searchWarmUp?.finish(cancel: cancel)
    }
}

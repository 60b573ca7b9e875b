import Foundation
import ModeratStore

/// A search read off the input thread in two steps: first the first page, by walking the
/// queue (`Store.searchPreview`), which a common word fills from a few hundred rows; then the
/// full list of matches, read into the store's cache for the count and the pages after it.
/// The full read waits until the first page is on screen, or until the walk gave none (a
/// word too rare in the filter, or a text it cannot decide): run alongside, its two lanes
/// took the cores from the walk and doubled the first page's p99 at a million comments.
/// Keys keep working on the list on screen meanwhile, and Esc or Ctrl-C stops both through
/// their `SearchControl`s. The queue takes what is ready whenever the loop polls.
final class QueueSearchTask: @unchecked Sendable {
    /// What the user typed.
    let text: String
    /// The search shown before this one started, to go back to when this one is stopped.
    let previousSearch: String?
    /// The filter it started from: its preview belongs to that filter only.
    let base: QueueFilter
    private let control = SearchControl()
    /// The walk's own: stopped with the search, and when the full read has ended.
    private let previewControl = SearchControl()
    private let lock = NSLock()
    private var preview: SearchPreviewPage?
    /// nil while running; then success or the error that ended it.
    private var outcome: Result<Void, Error>?
    /// Whether the queue shows the preview (the final step then only counts).
    var showsPreview = false
    /// Opened once the full read may start; see `releaseFullRead`.
    private let fullReadMay = DispatchSemaphore(value: 0)
    private var fullReadReleased = false

    /// `patience`: how long the full read waits for the first page at most (see below).
    init(text: String, filter: QueueFilter, limit: Int, store: Store, patience: Duration = .milliseconds(500)) {
        self.text = text
        previousSearch = filter.search
        base = filter
        var searched = filter
        searched.search = text
        let target = searched
        let control = self.control, previewControl = self.previewControl, fullReadMay = self.fullReadMay
        let walked = DispatchSemaphore(value: 0)
        // Dispatch blocks, not `Thread`s: a Thread keeps its closure (and with it `store`, the
        // last reference to the database when the workbench went first) until its
        // thread-specific data is destroyed, after libdispatch has freed its per-thread cache;
        // closing the database there (GRDB's queues) wrote into freed memory. Dispatch
        // releases a block as soon as it returns, on a thread that lives on.
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            // A preview that fails says nothing: the full read meets the same problem.
            if let page = try? store.searchPreview(target, limit: limit, control: previewControl) {
                lock.withLock { preview = page }
            } else {
                releaseFullRead()
            }
            walked.signal()
        }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            // Bounded: should nobody poll any more (the workbench quitting), the read still
            // runs, ends, and lets go of the store.
            _ = fullReadMay.wait(timeout: .now() + .milliseconds(Int(patience / .milliseconds(1))))
            let result = Result { try store.prepareSearch(target, control: control) }
            // The walk stops at its next check (milliseconds); the search is over, and the
            // database may be closed, only when neither thread reads any more.
            previewControl.cancel()
            walked.wait()
            lock.withLock { outcome = result }
        }
    }

    /// The result once the full read is over, else nil.
    var result: Result<Void, Error>? { lock.withLock { outcome } }

    /// The preview, once, when it is ready.
    func takePreview() -> SearchPreviewPage? {
        lock.withLock {
            defer { preview = nil }
            return preview
        }
    }

    /// Lets the full read start: once the first page is on screen (the loop has drawn since the
    /// queue took it), when the walk found none, or when the search is stopped. Only the first
    /// call counts.
    func releaseFullRead() {
        let first = lock.withLock {
            defer { fullReadReleased = true }
            return !fullReadReleased
        }
        if first { fullReadMay.signal() }
    }

    func cancel() {
        control.cancel()
        previewControl.cancel()
        releaseFullRead()
    }
}

extension QueueScreen {
    /// Starts reading the matches of `text` off the input thread (an empty text clears the
    /// search at once); a search already running is stopped first.
    mutating func startSearch(_ text: String, _ context: AppContext) -> ScreenResult {
        stopSearch(context)
        guard !text.isEmpty else {
            search("", context)
            return .handled
        }
        // History is what was asked for, answered or not (↑ in the search line).
        if searchHistory.last != text { searchHistory.append(text) }
        runningSearch = QueueSearchTask(text: text, filter: filter, limit: pageHeight(context) * 2, store: context.store)
        return .message(context.text(.search(.running(text))))
    }

    /// Esc or Ctrl-C while a search runs: stops it and shows the list as it was.
    mutating func cancelSearch(_ context: AppContext) -> ScreenResult? {
        guard let task = stopSearch(context) else { return nil }
        return .message(context.text(.search(.cancelled(task.text))))
    }

    /// Stops the running search, if any; a preview it showed gives way to the list as it was.
    @discardableResult
    private mutating func stopSearch(_ context: AppContext) -> QueueSearchTask? {
        guard let task = runningSearch else { return nil }
        task.cancel()
        runningSearch = nil
        if task.showsPreview { search(task.previousSearch ?? "", context) }
        return task
    }

    /// Shows what a running search has ready: its first page (the count still to come), or
    /// all of it; nil when nothing new is ready or no search runs.
    mutating func collectSearch(_ context: AppContext) -> ScreenResult? {
        guard let task = runningSearch else { return nil }
        // The loop draws between two polls: a first page shown at the last one is on screen.
        if task.showsPreview { task.releaseFullRead() }
        if let result = task.result {
            runningSearch = nil
            return finishSearch(task, result, context)
        }
        guard let page = task.takePreview() else { return nil }
        guard sameFilter(task.base) else {
            // The queue was narrowed otherwise meanwhile: this page is not for it.
            task.releaseFullRead()
            return nil
        }
        // The rows are exactly the search's first ones; how many there are follows.
        filter.search = task.text
        window.show(page.rows, limit: pageHeight(context) * 2, toEnd: false, page: pageHeight(context))
        window.atEnd = !page.more
        total = page.rows.count
        totalIsExact = !page.more
        loadError = nil
        task.showsPreview = true
        return .message(context.text(.search(.counting(task.text))))
    }

    /// Whether the queue is still narrowed as it was when `base` was taken, search aside.
    private func sameFilter(_ base: QueueFilter) -> Bool {
        var current = filter, then = base
        current.search = nil
        then.search = nil
        return current == then
    }

    private mutating func finishSearch(_ task: QueueSearchTask, _ result: Result<Void, Error>, _ context: AppContext) -> ScreenResult {
        switch result {
        case .failure(let error):
            if task.showsPreview { search(task.previousSearch ?? "", context) }
            if let refusal = error as? SearchRefusal { return .error(context.text(.search(.refused(refusal)))) }
            return .error(context.text.error(error))
        case .success:
            if task.showsPreview, sameFilter(task.base) {
                // The rows on screen are the search's; only the count was missing.
                do {
                    let counted = try context.store.count(filter, upTo: Self.countCap)
                    total = counted.value
                    totalIsExact = counted.isExact
                } catch {
                    loadError = context.text.error(error)
                }
            } else {
                search(task.text, context)
            }
            guard let query = filter.search else { return .handled }
            if total == 0 { return .error(context.text(.searchNoMatch(query))) }
            return .message(context.text(totalIsExact ? .searchMatches(total, query) : .searchMatchesOver(total, query)))
        }
    }
}

import TerminalKit

extension App {
    /// True while the queue reads a search off the input thread.
    var isSearching: Bool { screens.queue.runningSearch != nil }

    /// Shows what a running search has ready (its first page, or all of it with the count on
    /// the status line); false when nothing new was ready.
    @discardableResult
    func collectSearch() -> Bool {
        guard isSearching, let result = screens.queue.collectSearch(context) else { return false }
        apply(result)
        // With the matches read, "n markiert, m sichtbar" counts the marks the search shows.
        screens.queue.countMarks(context)
        return true
    }

    /// Stops a running search (Ctrl-C arrives as a signal, not as a key); false when none runs.
    func cancelSearch() -> Bool {
        guard let result = screens.queue.cancelSearch(context) else { return false }
        apply(result)
        return true
    }
}

import TerminalKit

extension App {
    /// True while the queue reads a search off the input thread.
    var isSearching: Bool { screens.queue.runningSearch != nil }

    /// Shows a search that has finished reading, with its count on the status line.
    func collectSearch() {
        guard isSearching, let result = screens.queue.collectSearch(context) else { return }
        apply(result)
    }

    /// Stops a running search (Ctrl-C arrives as a signal, not as a key); false when none runs.
    func cancelSearch() -> Bool {
        guard let result = screens.queue.cancelSearch(context) else { return false }
        apply(result)
        return true
    }
}

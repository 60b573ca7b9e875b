import ModeratStore

/// "3 markiert, 1 sichtbar": how many marked comments the current filter shows, counted in
/// the database (rows not loaded yet count too), for the marks and filter it was counted for.
struct QueueMarkCount: Equatable {
    var ids: [Int64]
    var filter: QueueFilter
    var value: Int
}

extension QueueScreen {
    /// How many marked comments the filter shows: the database's count while it is current,
    /// else (a search still being read) those among the rows loaded so far.
    var visibleMarks: Int {
        if let counted = markCount, counted.filter == filter, counted.ids == marks.map(\.id) { return counted.value }
        let shown = Set(window.rows.map(\.id))
        return marks.filter { shown.contains($0.id) }.count
    }

    /// Counts the marks the filter shows, unless a search is being read off the input thread
    /// (its matches would be read here, on it); the count follows when the search is done.
    mutating func countMarks(_ context: AppContext) {
        guard runningSearch == nil else { return }
        let ids = marks.map(\.id)
        if let counted = markCount, counted.filter == filter, counted.ids == ids { return }
        guard let value = try? context.store.count(filter, among: ids) else {
            markCount = nil
            return
        }
        markCount = QueueMarkCount(ids: ids, filter: filter, value: value)
    }
}

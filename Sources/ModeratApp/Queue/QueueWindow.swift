import ModeratStore

/// The slice of the queue held in memory: a few pages around what the user sees, fetched
/// with keyset queries as the cursor moves, so a million comments cost what forty do.
typealias QueueWindow = KeysetWindow<QueueRow>

extension KeysetWindow where Row == QueueRow {
    /// Loads the first page (g) or the last page (G).
    mutating func jump(toEnd: Bool, store: Store, filter: QueueFilter, page: Int) throws {
        let limit = page * 2
        let fetched = toEnd ? try store.lastPage(filter, limit: limit) : try store.firstPage(filter, limit: limit)
        show(fetched, limit: limit, toEnd: toEnd, page: page)
    }

    /// Moves the selection by `delta` rows, fetching a page at either edge when needed.
    mutating func move(by delta: Int, store: Store, filter: QueueFilter, page: Int) throws {
        try move(by: delta, page: page,
                 after: { row, limit in try store.page(filter, after: row.cursor, limit: limit) },
                 before: { row, limit in try store.page(filter, before: row.cursor, limit: limit) })
    }

    /// Re-reads the visible rows (after a decision or another person's commit), keeping the
    /// selection on the same comment, or on the one that took its place.
    mutating func reload(store: Store, filter: QueueFilter, page: Int) throws {
        let selectedId = selectedRow?.id
        let selectedOffset = selected - top
        let firstVisible = rows.indices.contains(top) ? rows[top] : nil
        let limit = page * 2
        if let firstVisible {
            // The row before the first visible one anchors the re-read, so the first visible
            // row itself is included even if its state changed.
            let before = try store.page(filter, before: firstVisible.cursor, limit: 1)
            rows = try store.page(filter, after: before.first?.cursor, limit: limit)
            atStart = before.isEmpty
        } else {
            rows = try store.firstPage(filter, limit: limit)
            atStart = true
        }
        atEnd = rows.count < limit
        top = 0
        if let selectedId, let index = rows.firstIndex(where: { $0.id == selectedId }) {
            selected = index
        } else {
            selected = min(max(0, selectedOffset), max(0, rows.count - 1))
        }
        if rows.isEmpty, !atStart {
            try jump(toEnd: true, store: store, filter: filter, page: page)
        }
        keepVisible(page: page)
    }

    /// Re-reads the queue around one comment and selects it (after an undo brought it back).
    mutating func focus(on target: QueueCursor, store: Store, filter: QueueFilter, page: Int) throws {
        let half = max(1, page / 2)
        let before = try store.page(filter, before: target, limit: half)
        let rest = try store.page(filter, after: before.last?.cursor, limit: page * 2)
        rows = before + rest
        atStart = before.count < half
        atEnd = rest.count < page * 2
        selected = rows.firstIndex(where: { $0.id == target.id }) ?? min(before.count, max(0, rows.count - 1))
        top = max(0, selected - half)
        keepVisible(page: page)
    }
}

import ModeratStore

/// The slice of the queue held in memory: a few pages around what the user sees, fetched
/// with keyset queries as the cursor moves, so a million comments cost what forty do.
struct QueueWindow {
    var rows: [QueueRow] = []
    /// Index of the selected row in `rows`.
    var selected = 0
    /// Index of the first visible row in `rows`.
    var top = 0
    /// Whether `rows` reaches the start / end of the filtered queue.
    var atStart = true
    var atEnd = true

    var selectedRow: QueueRow? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// Loads the first page (g) or the last page (G).
    mutating func jump(toEnd: Bool, store: Store, filter: QueueFilter, page: Int) throws {
        let limit = page * 2
        if toEnd {
            rows = try store.lastPage(filter, limit: limit)
            atEnd = true
            atStart = rows.count < limit
            selected = max(0, rows.count - 1)
            top = max(0, rows.count - page)
        } else {
            rows = try store.firstPage(filter, limit: limit)
            atStart = true
            atEnd = rows.count < limit
            selected = 0
            top = 0
        }
    }

    /// Moves the selection by `delta` rows, fetching a page at either edge when needed.
    mutating func move(by delta: Int, store: Store, filter: QueueFilter, page: Int) throws {
        var target = selected + delta
        while target >= rows.count, !atEnd, let last = rows.last {
            let more = try store.page(filter, after: last.cursor, limit: max(page, target - rows.count + 1))
            if more.isEmpty { atEnd = true }
            rows += more
            trimFront(page: page, target: &target)
        }
        while target < 0, !atStart, let first = rows.first {
            let more = try store.page(filter, before: first.cursor, limit: max(page, -target))
            if more.count < max(page, -target) { atStart = true }
            rows.insert(contentsOf: more, at: 0)
            target += more.count
            top += more.count
            trimBack(page: page, target: target)
            if more.isEmpty { break }
        }
        selected = min(max(0, target), max(0, rows.count - 1))
        keepVisible(page: page)
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

    mutating func keepVisible(page: Int) {
        let height = max(1, page)
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        top = min(max(0, top), max(0, rows.count - 1))
    }

    /// Keeps memory flat while scrolling far: drops pages behind the cursor.
    private mutating func trimFront(page: Int, target: inout Int) {
        let keep = page * 4
        guard rows.count > keep else { return }
        let drop = min(rows.count - keep, max(0, min(top, target) - page))
        guard drop > 0 else { return }
        rows.removeFirst(drop)
        target -= drop
        top -= drop
        atStart = false
    }

    private mutating func trimBack(page: Int, target: Int) {
        let keep = page * 4
        guard rows.count > keep else { return }
        let lastNeeded = max(target, top) + page * 2
        if rows.count > lastNeeded + 1 {
            rows.removeLast(rows.count - lastNeeded - 1)
            atEnd = false
        }
    }
}

/// The rows of a long list held around its cursor: a few pages fetched by keyset as the
/// cursor moves, so a list of millions costs what a page does. The fetches are the caller's
/// (one query for the rows after a row, one for those before it); this keeps the selection,
/// the first visible row and the ends of the list straight, and drops pages far behind.
struct KeysetWindow<Row> {
    var rows: [Row] = []
    /// Index of the selected row in `rows`.
    var selected = 0
    /// Index of the first visible row in `rows`.
    var top = 0
    /// Whether `rows` reaches the start / the end of the list.
    var atStart = true
    var atEnd = true

    var selectedRow: Row? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// Whether the rows held fill a page of `page` rows from the first visible one (or the
    /// list ends before): false after the terminal grew past what was read for it.
    func fills(page: Int) -> Bool { atEnd || rows.count - top >= page }

    /// Shows a first page (`toEnd` false: the list's start) or a last page that was fetched
    /// asking for `limit` rows, with the cursor on its first or last row.
    mutating func show(_ fetched: [Row], limit: Int, toEnd: Bool, page: Int) {
        rows = fetched
        if toEnd {
            atEnd = true
            atStart = fetched.count < limit
            selected = max(0, fetched.count - 1)
            top = max(0, fetched.count - page)
        } else {
            atStart = true
            atEnd = fetched.count < limit
            selected = 0
            top = 0
        }
    }

    /// Moves the selection by `delta` rows, fetching at either edge when needed:
    /// `after(row, n)` gives up to n rows following `row`, `before(row, n)` up to n rows
    /// preceding it, both in list order.
    mutating func move(by delta: Int, page: Int, after: (Row, Int) throws -> [Row],
                       before: (Row, Int) throws -> [Row]) rethrows {
        var target = selected + delta
        while target >= rows.count, !atEnd, let last = rows.last {
            let wanted = max(page, target - rows.count + 1)
            let more = try after(last, wanted)
            if more.count < wanted { atEnd = true }
            rows += more
            trimFront(page: page, target: &target)
            if more.isEmpty { break }
        }
        while target < 0, !atStart, let first = rows.first {
            let wanted = max(page, -target)
            let more = try before(first, wanted)
            if more.count < wanted { atStart = true }
            rows.insert(contentsOf: more, at: 0)
            target += more.count
            top += more.count
            trimBack(page: page, target: target)
            if more.isEmpty { break }
        }
        selected = min(max(0, target), max(0, rows.count - 1))
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

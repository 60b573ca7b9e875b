/// The caller-owned scroll position of a `TextView`, in wrapped rows.
public struct TextViewState: Equatable, Sendable {
    public var offset: Int
    public init(offset: Int = 0) { self.offset = offset }

    /// Scrolls by `delta` rows, never above the top (the bottom is clamped when rendering).
    public mutating func scroll(by delta: Int) { offset = max(0, offset + delta) }

    /// Arrow keys and Page Up/Down/Home scroll. Returns whether the key was used.
    public mutating func handle(_ key: Key, viewportHeight: Int) -> Bool {
        switch key {
        case .up: scroll(by: -1)
        case .down: scroll(by: 1)
        case .pageUp: scroll(by: -max(1, viewportHeight - 1))
        case .pageDown: scroll(by: max(1, viewportHeight - 1))
        case .home: offset = 0
        default: return false
        }
        return true
    }
}

/// Long untrusted text, sanitised and word-wrapped to the area, scrolled, with search
/// matches highlighted. Only the rows in view are wrapped, so a megabyte comment is cheap.
public enum TextView {
    /// Draws `text` wrapped to `area.width` from row `state.offset` on. Matches of
    /// `highlight` (case-insensitive) get the `match` style. With `markMore`, a text longer
    /// than the area ends its last row in "…" (a preview pane says that it is cut).
    /// Returns the number of rows drawn.
    @discardableResult
    public static func render(into buffer: inout Buffer, area: Rect, text: String, state: TextViewState,
                              style: Style, highlight: String? = nil, matchStyle: Style? = nil, markMore: Bool = false) -> Int {
        var rows = Array(TextLayout.wrappedLines(text, width: area.width).dropFirst(max(0, state.offset)).prefix(area.height + 1))
        if rows.count > area.height {
            rows.removeLast()
            if markMore, let last = rows.popLast() { rows.append(TextLayout.truncate(last + " …", toWidth: area.width)) }
        }
        return render(into: &buffer, area: area, rows: rows, style: style, highlight: highlight, matchStyle: matchStyle)
    }

    /// Draws rows the caller already wrapped (with `TextLayout.wrap`) and keeps between frames.
    @discardableResult
    public static func render(into buffer: inout Buffer, area: Rect, rows: some Sequence<String>, style: Style,
                              highlight: String? = nil, matchStyle: Style? = nil) -> Int {
        buffer.fill(area, style: style)
        var y = area.y
        for row in rows {
            guard y < area.maxY else { break }
            buffer.write(row, x: area.x, y: y, style: style, maxWidth: area.width)
            if let highlight, !highlight.isEmpty {
                for columns in matchColumns(of: highlight, in: row) {
                    let rect = Rect(x: area.x + columns.lowerBound, y: y, width: columns.count, height: 1)
                    buffer.restyle(rect) { _ in matchStyle ?? style.adding(.reverse) }
                }
            }
            y += 1
        }
        return y - area.y
    }

    /// The wrapped rows (0-based) that contain `term`, for n/N jumps between matches.
    public static func rowsMatching(_ term: String, in text: String, width: Int) -> [Int] {
        guard !term.isEmpty else { return [] }
        var result: [Int] = []
        for (index, row) in TextLayout.wrappedLines(text, width: width).enumerated() where !matchColumns(of: term, in: row).isEmpty {
            result.append(index)
        }
        return result
    }

    /// How many rows `text` wraps to (walks the whole text: call it when needed, not per frame).
    public static func rowCount(_ text: String, width: Int) -> Int {
        TextLayout.wrappedLines(text, width: width).reduce(0) { count, _ in count + 1 }
    }

    /// Column ranges of case-insensitive occurrences of `term` in one row.
    static func matchColumns(of term: String, in row: String) -> [Range<Int>] {
        // Compared per cluster so a match never splits one; lowercased as strings, since a
        // lowercased cluster need not be a single Character.
        let needle = Sanitizer.singleLine(term).map { $0.lowercased() }
        let haystack = Array(row)
        let lowered = haystack.map { $0.lowercased() }
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var ranges: [Range<Int>] = []
        var column = 0
        var i = 0
        while i < haystack.count {
            if i + needle.count <= haystack.count && Array(lowered[i..<(i + needle.count)]) == needle {
                let width = DisplayWidth.of(String(haystack[i..<(i + needle.count)]))
                ranges.append(column..<(column + width))
                column += width
                i += needle.count
            } else {
                column += DisplayWidth.of(haystack[i])
                i += 1
            }
        }
        return ranges
    }
}

/// One screen cell: a grapheme cluster and its style. A wide cluster occupies its cell and
/// a continuation cell to its right (`isContinuation`), which never holds text of its own.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    public var style: Style
    public var isContinuation: Bool

    public init(grapheme: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A grid of cells the views render into; backends send the difference to the terminal.
public struct Buffer: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: fill, count: self.size.width * self.size.height)
    }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Fills a rectangle with blanks of a style (clipped to the buffer).
    public mutating func fill(_ rect: Rect, style: Style) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                // A wide cell whose continuation we overwrite, or vice versa, must not leave a half.
                clearWideNeighbours(x: x, y: y)
                cells[y * size.width + x] = Cell(grapheme: " ", style: style)
            }
        }
    }

    /// Writes untrusted text in at most `width` columns; a longer text is cut and ends in "…"
    /// (what a reader must see wherever text does not fit). Returns the columns used.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style, cutTo width: Int) -> Int {
        let room = min(width, size.width - x)
        guard room > 0 else { return 0 }
        return write(TextLayout.truncate(text, toWidth: room), x: x, y: y, style: style, maxWidth: room)
    }

    /// Writes untrusted text on one row, starting at x, clipped to `maxWidth` columns (and the
    /// buffer). The text is sanitised here, so no caller can forget it. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        // Sanitise only what can show: a megabyte-long line must not cost a megabyte per row.
        // Every column needs at most one cluster; the slack absorbs dropped and combining marks.
        let columns = min(size.width - x, maxWidth ?? size.width)
        let budget = (max(0, columns) + 1) * 16
        let scalars = text.unicodeScalars
        let visible: String
        if let cut = scalars.index(scalars.startIndex, offsetBy: budget, limitedBy: scalars.endIndex) {
            var head = String.UnicodeScalarView()
            head.append(contentsOf: scalars[..<cut])
            visible = Sanitizer.singleLine(String(head))
        } else {
            visible = Sanitizer.singleLine(text)
        }
        return writeSanitized(visible, x: x, y: y, style: style, maxWidth: maxWidth)
    }

    /// Writes text that is already sanitised (a `Sanitizer` result or app-owned text).
    @discardableResult
    mutating func writeSanitized(_ text: String, x startX: Int, y: Int, style: Style, maxWidth: Int?) -> Int {
        guard y >= 0, y < size.height, startX < size.width else { return 0 }
        let limit = min(size.width, startX + (maxWidth ?? size.width))
        var x = startX
        for cluster in text {
            let w = DisplayWidth.of(cluster)
            if w == 0 { continue }
            if x + w > limit { break }
            if x >= 0 { put(cluster, width: w, x: x, y: y, style: style) }
            x += w
        }
        return x - startX
    }

    /// Sets the style of existing cells (for highlighting a match or a selected row).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                cells[y * size.width + x].style = transform(cells[y * size.width + x].style)
            }
        }
    }

    /// The visible text of a row, wide clusters once each (what a user reads).
    public func rowText(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var out = ""
        for x in 0..<size.width {
            let cell = self[x, y]
            if !cell.isContinuation { out.append(cell.grapheme) }
        }
        return out
    }

    /// Every row's text, joined by newlines (trailing spaces trimmed per row).
    public var text: String {
        (0..<size.height).map { rowText($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }

    private mutating func put(_ cluster: Character, width: Int, x: Int, y: Int, style: Style) {
        clearWideNeighbours(x: x, y: y)
        if width == 2 { clearWideNeighbours(x: x + 1, y: y) }
        let i = y * size.width + x
        cells[i] = Cell(grapheme: cluster, style: style)
        if width == 2 {
            cells[i + 1] = Cell(grapheme: " ", style: style, isContinuation: true)
        }
    }

    /// Before a cell is overwritten: if it is half of a wide cluster, blank the other half.
    private mutating func clearWideNeighbours(x: Int, y: Int) {
        guard x >= 0, x < size.width else { return }
        let i = y * size.width + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(grapheme: " ", style: cells[i - 1].style)
        } else if x + 1 < size.width, cells[i + 1].isContinuation {
            cells[i + 1] = Cell(grapheme: " ", style: cells[i + 1].style)
        }
        cells[i].isContinuation = false
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

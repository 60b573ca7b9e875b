/// Fitting text into columns: truncation with an ellipsis and word wrapping, both by display
/// columns per grapheme cluster (never by character count).
public enum TextLayout {
    /// The ellipsis that marks cut-off text.
    public static let ellipsis: Character = "…"

    /// `text` sanitised for one row and cut to at most `width` columns, ending in "…" when
    /// something was cut. A wide character that would straddle the limit is left out whole.
    public static func truncate(_ text: some StringProtocol, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = Sanitizer.singleLine(text)
        if let cut = truncateNarrow(clean, toWidth: width) { return cut }
        var used = 0
        var end = clean.startIndex
        var cutEnd: String.Index?   // where the text stops if an ellipsis must follow
        for index in clean.indices {
            let w = DisplayWidth.of(clean[index])
            if cutEnd == nil && used + w > width - 1 { cutEnd = index }
            if used + w > width { return String(clean[..<(cutEnd ?? index)]) + String(ellipsis) }
            used += w
            end = clean.index(after: index)
        }
        return String(clean[..<end])
    }

    /// The same for text whose every scalar is below U+0300 and one column wide (ASCII,
    /// German, most Latin): each scalar is then a cluster of its own, so the cut needs no
    /// grapheme breaking, which is most of what a queue frame costs. Nil for any other text.
    private static func truncateNarrow(_ clean: String, toWidth width: Int) -> String? {
        let scalars = clean.unicodeScalars
        var count = 0
        var cut = scalars.startIndex
        for index in scalars.indices {
            let value = scalars[index].value
            guard value < 0x300, DisplayWidth.ofScalar(value) == 1 else { return nil }
            if count == width - 1 { cut = index }
            count += 1
        }
        guard count > width else { return clean }
        return String(scalars[..<cut]) + String(ellipsis)
    }

    /// `text` sanitised and word-wrapped to `width` columns: one string per screen row.
    /// Newlines start new rows; words longer than a row are broken between clusters.
    public static func wrap(_ text: some StringProtocol, width: Int) -> [String] {
        Array(wrappedLines(text, width: width))
    }

    /// The wrapped rows computed on demand, so a view can take only the rows it shows of a
    /// megabyte-long comment: `wrappedLines(body, width: 80).dropFirst(offset).prefix(height)`.
    public static func wrappedLines(_ text: some StringProtocol, width: Int) -> LazyMapSequence<WrappedParagraphs, String> {
        WrappedParagraphs(text: Sanitizer.multiLine(text), width: width).lazy.map { String($0) }
    }

    /// Row ranges of one paragraph (no newlines) wrapped to `width` columns; the editor uses
    /// these to place its cursor. Always at least one (possibly empty) range.
    static func segments<C: BidirectionalCollection>(of line: C, width: Int) -> [Range<C.Index>] where C.Element == Character {
        var iterator = SegmentIterator(line: line, width: width)
        var result: [Range<C.Index>] = []
        while let range = iterator.next() { result.append(range) }
        return result
    }
}

/// The rows of multi-line text wrapped to a width, produced lazily (see `TextLayout`).
public struct WrappedParagraphs: Sequence {
    let text: String
    let width: Int

    public func makeIterator() -> Iterator { Iterator(text: text, width: width) }

    /// Walks paragraph by paragraph, wrapping each only when its rows are asked for.
    public struct Iterator: IteratorProtocol {
        let text: String
        let width: Int
        var paragraphStart: String.Index
        var segments: SegmentIterator<Substring>?
        var finished = false

        init(text: String, width: Int) {
            self.text = text
            self.width = width
            paragraphStart = text.startIndex
        }

        public mutating func next() -> Substring? {
            while true {
                if var current = segments, let range = current.next() {
                    segments = current
                    return text[range]
                }
                if finished { return nil }
                let end = text[paragraphStart...].firstIndex(of: "\n") ?? text.endIndex
                segments = SegmentIterator(line: text[paragraphStart..<end], width: width)
                if end == text.endIndex { finished = true } else { paragraphStart = text.index(after: end) }
            }
        }
    }
}

/// Word wrap of one paragraph: break after the last space that fits, else between clusters.
struct SegmentIterator<C: BidirectionalCollection>: IteratorProtocol where C.Element == Character {
    let line: C
    let width: Int
    var position: C.Index
    var emittedAny = false

    init(line: C, width: Int) {
        self.line = line
        self.width = max(1, width)
        position = line.startIndex
    }

    mutating func next() -> Range<C.Index>? {
        if position == line.endIndex {
            if emittedAny { return nil }
            emittedAny = true
            return position..<position
        }
        emittedAny = true
        let start = position
        var index = start
        var used = 0
        var lastSpace: C.Index?
        while index < line.endIndex {
            let cluster = line[index]
            let w = DisplayWidth.of(cluster)
            if used + w > width {
                if cluster == " " {
                    position = skipSpaces(from: index)
                    return start..<index
                }
                if let space = lastSpace, space > start {
                    position = skipSpaces(from: space)
                    return start..<space
                }
                // A word longer than the row: hard break (always at least one cluster).
                if index == start { index = line.index(after: index) }
                position = index
                return start..<index
            }
            if cluster == " " { lastSpace = index }
            used += w
            index = line.index(after: index)
        }
        position = line.endIndex
        return start..<line.endIndex
    }

    private func skipSpaces(from index: C.Index) -> C.Index {
        var i = index
        while i < line.endIndex && line[i] == " " { i = line.index(after: i) }
        return i
    }
}

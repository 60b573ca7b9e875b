/// A multi-line text input as a value: lines of grapheme clusters, a cursor, a scroll.
/// Soft-wraps by display columns when rendered; the text itself keeps its own line breaks.
public struct TextEditorState: Equatable, Sendable {
    /// The lines, each as grapheme clusters (an umlaut or an emoji is one cursor step).
    public private(set) var lines: [[Character]]
    /// The cursor: line index and cluster index within that line.
    public private(set) var row: Int = 0
    public private(set) var column: Int = 0
    /// The first wrapped row shown; `visibleScroll` keeps the cursor in view.
    public var scroll: Int = 0
    /// The display column vertical moves aim for, kept across short lines.
    private var preferredColumn: Int?
    /// Earlier states for undo (newest last) and undone ones for redo.
    private var undoStack: [Snapshot] = []
    private var redoStack: [Snapshot] = []
    /// Typing one character after another is one undo step.
    private var typing = false
    static let undoLimit = 500

    struct Snapshot: Equatable, Sendable {
        var lines: [[Character]]
        var row: Int
        var column: Int
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// Starts with the cursor at the end, where a draft is usually continued.
    public init(text: String = "") {
        lines = Self.split(Sanitizer.multiLine(text))
        row = lines.count - 1
        column = lines[row].count
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    /// Inserts typed or pasted text at the cursor; newlines in it start new lines. One
    /// undo step.
    public mutating func insert(_ text: String) {
        remember(typing: false)
        insertText(text)
    }

    private mutating func insertText(_ text: String) {
        let pieces = Self.split(Sanitizer.multiLine(text))
        let head = String(lines[row][..<column])
        let tail = String(lines[row][column...])
        // Rebuilt as strings so a combining accent joins the letter before it.
        if pieces.count == 1 {
            let before = head + String(pieces[0])
            lines[row] = Array(before + tail)
            column = min(before.count, lines[row].count)
        } else {
            var replacement = [Array(head + String(pieces[0]))]
            replacement += pieces.dropFirst().dropLast()
            let lastBefore = String(pieces[pieces.count - 1])
            replacement.append(Array(lastBefore + tail))
            lines.replaceSubrange(row...row, with: replacement)
            row += pieces.count - 1
            column = min(lastBefore.count, lines[row].count)
        }
        preferredColumn = nil
    }

    /// Editing and motion keys. With `wrapWidth`, Up/Down move by wrapped rows as the user
    /// sees them; without, by lines. Ctrl-_ (Ctrl-/) or Alt-u undoes, Ctrl-Y redoes.
    /// Escape is `.cancelled`; Tab and unknown keys `.ignored`.
    public mutating func handle(_ key: Key, wrapWidth: Int? = nil) -> TextInputResult {
        var keepPreferred = false
        let wasTyping = typing
        typing = false
        switch key {
        case .character(let c):
            // A word is one undo step: typing after a space starts a new one.
            if !(wasTyping && c != " ") { remember(typing: true) }
            typing = true
            insertText(String(c))
        case .enter:
            remember(typing: false)
            insertText("\n")
        case .backspace:
            remember(typing: false)
            deleteBackward()
        case .delete, .control("d"):
            remember(typing: false)
            deleteForward()
        case .control("_"), .alt("u"): undo()
        case .control("y"): redo()
        case .ctrlHome:
            row = 0
            column = 0
        case .ctrlEnd:
            row = lines.count - 1
            column = lines[row].count
        case .left, .control("b"): moveLeft()
        case .right, .control("f"): moveRight()
        case .up, .control("p"):
            moveVertically(by: -1, width: wrapWidth)
            keepPreferred = true
        case .down, .control("n"):
            moveVertically(by: 1, width: wrapWidth)
            keepPreferred = true
        case .home, .control("a"): column = 0
        case .end, .control("e"): column = lines[row].count
        case .ctrlLeft, .alt("b"):
            if column == 0 { moveLeft() } else { column = WordMotion.previousWordStart(in: lines[row], from: column) }
        case .ctrlRight, .alt("f"):
            if column == lines[row].count { moveRight() } else { column = WordMotion.nextWordEnd(in: lines[row], from: column) }
        case .control("u"):
            remember(typing: false)
            lines[row].removeSubrange(0..<column)
            column = 0
        case .control("k"):
            remember(typing: false)
            if column == lines[row].count { deleteForward() } else { lines[row].removeSubrange(column...) }
        case .control("w"):
            remember(typing: false)
            let start = WordMotion.previousWordStart(in: lines[row], from: column)
            if start == column { deleteBackward() } else {
                lines[row].removeSubrange(start..<column)
                column = start
            }
        case .escape: return .cancelled
        default: return .ignored
        }
        if !keepPreferred { preferredColumn = nil }
        return .handled
    }

    /// Keeps the state before an edit for undo; a new edit forgets what was undone.
    private mutating func remember(typing: Bool) {
        undoStack.append(Snapshot(lines: lines, row: row, column: column))
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        redoStack.removeAll()
    }

    /// Back to the state before the last edit (typing a word, a deletion, a paste, Ctrl-K…).
    public mutating func undo() {
        guard let previous = undoStack.popLast() else { return }
        redoStack.append(Snapshot(lines: lines, row: row, column: column))
        restore(previous)
    }

    /// Does again what `undo` took back.
    public mutating func redo() {
        guard let next = redoStack.popLast() else { return }
        undoStack.append(Snapshot(lines: lines, row: row, column: column))
        restore(next)
    }

    private mutating func restore(_ snapshot: Snapshot) {
        lines = snapshot.lines
        row = min(snapshot.row, lines.count - 1)
        column = min(snapshot.column, lines[row].count)
        preferredColumn = nil
        typing = false
    }

    /// Moves the cursor to the next occurrence of `term` after it (ignoring case, wrapping
    /// round to the top); false when the text does not contain it.
    @discardableResult
    public mutating func find(_ term: String) -> Bool {
        let needle = Array(term.lowercased())
        guard !needle.isEmpty else { return false }
        let folded = lines.map { Array(String($0).lowercased()) }
        // Lower-casing may change a line's length (rare); search those by the original.
        func matches(_ line: Int, at index: Int) -> Bool {
            let hay = folded[line].count == lines[line].count ? folded[line] : lines[line]
            guard index + needle.count <= hay.count else { return false }
            return Array(hay[index..<index + needle.count]) == needle
        }
        for step in 0...lines.count {
            let line = (row + step) % lines.count
            let start = step == 0 ? column + 1 : 0
            let end = step == lines.count ? column : lines[line].count
            guard start <= end else { continue }
            for index in start...end where matches(line, at: index) {
                row = line
                column = index
                preferredColumn = nil
                return true
            }
        }
        return false
    }

    private mutating func deleteBackward() {
        if column > 0 {
            lines[row].remove(at: column - 1)
            column -= 1
        } else if row > 0 {
            // Backspace at a line start joins it to the line above.
            column = lines[row - 1].count
            lines[row - 1] += lines.remove(at: row)
            row -= 1
        }
    }

    private mutating func deleteForward() {
        if column < lines[row].count {
            lines[row].remove(at: column)
        } else if row + 1 < lines.count {
            lines[row] += lines.remove(at: row + 1)
        }
    }

    private mutating func moveLeft() {
        if column > 0 { column -= 1 } else if row > 0 {
            row -= 1
            column = lines[row].count
        }
    }

    private mutating func moveRight() {
        if column < lines[row].count { column += 1 } else if row + 1 < lines.count {
            row += 1
            column = 0
        }
    }

    private mutating func moveVertically(by delta: Int, width: Int?) {
        let width = width ?? Int.max / 4
        let segments = Self.segments(lines[row], width: width)
        let (segment, displayColumn) = Self.visualPosition(column: column, in: lines[row], segments: segments)
        let goal = preferredColumn ?? displayColumn
        preferredColumn = goal
        var targetRow = row
        var targetSegment = segment + delta
        if targetSegment < 0 {
            guard row > 0 else { column = 0; return }
            targetRow = row - 1
            targetSegment = Self.segments(lines[targetRow], width: width).count - 1
        } else if targetSegment >= segments.count {
            guard row + 1 < lines.count else { column = lines[row].count; return }
            targetRow = row + 1
            targetSegment = 0
        }
        let targetSegments = Self.segments(lines[targetRow], width: width)
        row = targetRow
        column = Self.index(atDisplayColumn: goal, in: lines[row], segments: targetSegments, segment: targetSegment)
    }

    // MARK: Layout shared by motion and rendering

    static func split(_ text: String) -> [[Character]] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    }

    static func segments(_ line: [Character], width: Int) -> [Range<Int>] {
        TextLayout.segments(of: line, width: width)
    }

    /// Which wrapped row of its line a cursor is on, and at which display column.
    static func visualPosition(column: Int, in line: [Character], segments: [Range<Int>]) -> (segment: Int, column: Int) {
        var segment = 0
        for (i, range) in segments.enumerated() where column >= range.lowerBound { segment = i }
        let range = segments[segment]
        let within = min(column, range.upperBound)
        let width = DisplayWidth.of(String(line[range.lowerBound..<within])) + max(0, column - range.upperBound)
        return (segment, width)
    }

    /// The cluster index nearest to a display column on one wrapped row.
    static func index(atDisplayColumn goal: Int, in line: [Character], segments: [Range<Int>], segment: Int) -> Int {
        let range = segments[segment]
        var used = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let w = DisplayWidth.of(line[index])
            if used + w > goal { break }
            used += w
            index += 1
        }
        // The end of a hard-broken row is the start of the next one: stay on this row.
        let hardBreak = segment + 1 < segments.count && segments[segment + 1].lowerBound == range.upperBound
        return hardBreak && index == range.upperBound ? max(range.lowerBound, index - 1) : index
    }

    /// The cursor as (wrapped row counted from the top of the text, display column).
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        var visualRow = 0
        for line in lines[..<row] { visualRow += Self.segments(line, width: width).count }
        let segments = Self.segments(lines[row], width: width)
        let position = Self.visualPosition(column: column, in: lines[row], segments: segments)
        return (visualRow + position.segment, min(position.column, max(0, width - 1)))
    }

    /// The scroll that shows the cursor in an area of `width` x `height`.
    public func visibleScroll(width: Int, height: Int) -> Int {
        let cursorRow = cursorPosition(width: width).row
        var first = min(scroll, cursorRow)
        if cursorRow >= first + height { first = cursorRow - height + 1 }
        return max(0, first)
    }

    /// Remembers the scroll used for drawing, so the view does not jump next frame.
    public mutating func updateScroll(width: Int, height: Int) { scroll = visibleScroll(width: width, height: height) }
}

/// Draws a `TextEditorState` soft-wrapped into an area.
public enum TextEditor {
    /// Draws the text and returns the screen position for the terminal cursor.
    @discardableResult
    public static func render(into buffer: inout Buffer, area: Rect, state: TextEditorState, style: Style) -> (x: Int, y: Int) {
        buffer.fill(area, style: style)
        guard !area.isEmpty else { return (area.x, area.y) }
        let first = state.visibleScroll(width: area.width, height: area.height)
        var visualRow = 0
        for line in state.lines {
            if visualRow >= first + area.height { break }
            let segments = TextEditorState.segments(line, width: area.width)
            // Lines wholly above the view only count their rows.
            if visualRow + segments.count <= first {
                visualRow += segments.count
                continue
            }
            for range in segments {
                let y = area.y + visualRow - first
                if visualRow >= first && y < area.maxY {
                    buffer.writeSanitized(String(line[range]), x: area.x, y: y, style: style, maxWidth: area.width)
                }
                visualRow += 1
            }
        }
        let cursor = state.cursorPosition(width: area.width)
        return (area.x + cursor.column, area.y + cursor.row - first)
    }
}

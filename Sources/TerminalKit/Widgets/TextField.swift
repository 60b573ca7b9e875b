/// What a key did to a text field or editor.
public enum TextInputResult: Equatable, Sendable {
    /// The key changed the text or the cursor.
    case handled
    /// Enter in a single-line field: the caller takes `text`.
    case submitted
    /// Escape: the caller closes the input.
    case cancelled
    /// Not a key for text input; the caller may use it.
    case ignored
}

/// A single-line text input as a value: text, cursor, horizontal scroll.
public struct TextFieldState: Equatable, Sendable {
    /// The text as grapheme clusters, so an umlaut or an emoji is one cursor step.
    public private(set) var characters: [Character]
    /// Cursor position: the number of clusters before it.
    public private(set) var cursor: Int
    /// The first column shown; `visibleScroll` keeps the cursor in view.
    public var scroll: Int = 0

    public init(text: String = "") {
        characters = Array(Sanitizer.singleLine(text))
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Inserts typed or pasted text at the cursor (newlines become spaces).
    public mutating func insert(_ text: String) {
        // Rebuilt as a string so a typed combining accent joins the letter before it.
        let before = String(characters[..<cursor]) + Sanitizer.singleLine(text)
        characters = Array(before + String(characters[cursor...]))
        cursor = min(before.count, characters.count)
    }

    /// Editing keys: characters, Backspace, Delete, arrows, Home/End (Ctrl-A/E), Ctrl-U/K
    /// (delete to start/end), Ctrl-W (delete word before), Ctrl-Left/Right or Alt-b/f (words).
    public mutating func handle(_ key: Key) -> TextInputResult {
        switch key {
        case .character(let c): insert(String(c))
        case .backspace:
            guard cursor > 0 else { return .handled }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return .handled }
            characters.remove(at: cursor)
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"): characters.removeSubrange(cursor...)
        case .control("w"):
            let start = WordMotion.previousWordStart(in: characters, from: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .ctrlLeft, .alt("b"): cursor = WordMotion.previousWordStart(in: characters, from: cursor)
        case .ctrlRight, .alt("f"): cursor = WordMotion.nextWordEnd(in: characters, from: cursor)
        case .enter: return .submitted
        case .escape: return .cancelled
        default: return .ignored
        }
        return .handled
    }

    /// The column of the cursor within the whole text.
    public var cursorColumn: Int { DisplayWidth.of(String(characters[..<cursor])) }

    /// The scroll that shows the cursor in a field `width` columns wide.
    public func visibleScroll(width: Int) -> Int {
        let column = cursorColumn
        var first = min(scroll, column)
        if column >= first + width { first = column - width + 1 }
        return max(0, first)
    }

    /// Remembers the scroll used for drawing, so the view does not jump next frame.
    public mutating func updateScroll(width: Int) { scroll = visibleScroll(width: width) }
}

/// Draws a `TextFieldState` on one row.
public enum TextField {
    /// Draws the field into the first row of `area`, scrolled so the cursor shows; returns
    /// the screen position for the terminal cursor.
    @discardableResult
    public static func render(into buffer: inout Buffer, area: Rect, state: TextFieldState, style: Style) -> (x: Int, y: Int) {
        let row = Rect(x: area.x, y: area.y, width: area.width, height: min(1, area.height))
        buffer.fill(row, style: style)
        guard !row.isEmpty else { return (area.x, area.y) }
        let scroll = state.visibleScroll(width: row.width)
        var column = 0
        for character in state.characters {
            let w = DisplayWidth.of(character)
            defer { column += w }
            // A wide character cut by the left edge is left out rather than shown as half.
            guard column >= scroll else { continue }
            let x = row.x + column - scroll
            if x + w > row.maxX { break }
            buffer.writeSanitized(String(character), x: x, y: row.y, style: style, maxWidth: w)
        }
        return (row.x + state.cursorColumn - scroll, row.y)
    }
}

/// Word boundaries for cursor motion: a word is a run of letters, digits or marks.
enum WordMotion {
    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    static func previousWordStart(in text: [Character], from position: Int) -> Int {
        var i = position
        while i > 0 && !isWordCharacter(text[i - 1]) { i -= 1 }
        while i > 0 && isWordCharacter(text[i - 1]) { i -= 1 }
        return i
    }

    static func nextWordEnd(in text: [Character], from position: Int) -> Int {
        var i = position
        while i < text.count && !isWordCharacter(text[i]) { i += 1 }
        while i < text.count && isWordCharacter(text[i]) { i += 1 }
        return i
    }
}

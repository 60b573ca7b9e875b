/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, lower-cased ("d" for Ctrl-D).
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Alt (Meta) plus a character, sent by terminals as ESC then the character.
    case alt(Character)
    /// Ctrl plus an arrow (word motion in text input).
    case ctrlLeft, ctrlRight
    /// Ctrl plus Home or End (start and end of a whole text).
    case ctrlHome, ctrlEnd
}

/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, release, click, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// Everything the input loop can receive.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// Text that arrived as one paste (several characters, possibly newlines).
    case paste(String)
    case resize(Size)
}

import ModeratCore
import TerminalKit

/// What the comment view's keys do.
enum CommentCommand: Sendable, Equatable {
    case scrollDown, scrollUp, pageDown, pageUp, top, bottom
    case approve, reject, hold, tag, undo, undoList, next, previous, parent, editAnswer, editNote, nextMatch, previousMatch, back
    case choosePassage, minutes, listGroup
}

/// The comment view's bindings: the queue's decision keys (each decides and opens the next
/// comment of the list), J/K to step without deciding, plus editing answer and note.
enum CommentKeys {
    static let bindings: [KeyBinding<CommentCommand>] = [
        KeyBinding([.character("j"), .down], "j ↓", .moveDown, .scrollDown),
        KeyBinding([.character("k"), .up], "k ↑", .moveUp, .scrollUp),
        KeyBinding([.pageDown, .control("d"), .character(" ")], "PgDn Ctrl-D Space", .pageDown, .pageDown),
        KeyBinding([.pageUp, .control("u")], "PgUp Ctrl-U", .pageUp, .pageUp),
        KeyBinding([.character("g"), .home], "g", .top, .top),
        KeyBinding([.character("G"), .end], "G", .bottom, .bottom),
        KeyBinding([.character("a")], "a", .approve, .approve, requires: .decideComments),
        KeyBinding([.character("r")], "r", .reject, .reject, requires: .decideComments),
        KeyBinding([.character("h")], "h", .hold, .hold, requires: .decideComments),
        KeyBinding([.character("t")], "t", .tag, .tag, requires: .decideComments),
        KeyBinding([.character("J")], "J", .decision(.keyNext), .next),
        KeyBinding([.character("K")], "K", .decision(.keyPrevious), .previous),
        KeyBinding([.character("p")], "p", .decision(.keyParent), .parent),
        KeyBinding([.character("u")], "u", .undo, .undo, requires: .decideComments),
        KeyBinding([.character("U")], "U", .decision(.keyUndoList), .undoList),
        KeyBinding([.character("e")], "e", .answer, .editAnswer, requires: .decideComments),
        KeyBinding([.character("i")], "i", .note, .editNote, requires: .decideComments),
        KeyBinding([.character("P")], "P", .consideration(.work(.keyPassage)), .choosePassage, requires: .decideComments),
        KeyBinding([.character("M")], "M", .consideration(.work(.keyMinutes)), .minutes),
        KeyBinding([.character("=")], "=", .walk(.keyListGroup), .listGroup),
        KeyBinding([.character("n")], "n", .nextMatch, .nextMatch),
        KeyBinding([.character("N")], "N", .previousMatch, .previousMatch),
        KeyBinding([.escape, .character("q")], "Esc q", .back, .back),
    ]

    /// Keys of the built-in editor for the answer and the note.
    static let editorHelp: [(String, UIText.KeyHelp)] = [("Ctrl-S", .save), ("Esc", .cancelEdit), ("Ctrl-E", .editor)]
}

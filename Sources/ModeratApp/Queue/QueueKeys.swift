import ModeratCore
import TerminalKit

/// What the queue's own keys do (list movement comes from ListKeys).
enum QueueCommand: Sendable, Equatable {
    case approve, reject, hold, tag, mark, markRange, clearMarks, undo, undoList, search, nextMatch, previousMatch
    case cycleState, toggleOrder, clearSearch, showGroup, markGroup, considerGroup
}

/// The queue's bindings, Coral and mutt style: one key per decision; the keys that write
/// carry the role they need, so a viewer is told why and nothing changes.
enum QueueKeys {
    static let bindings: [KeyBinding<QueueCommand>] = [
        KeyBinding([.character("a")], "a", .approve, .approve, requires: .decideComments),
        KeyBinding([.character("r")], "r", .reject, .reject, requires: .decideComments),
        KeyBinding([.character("h")], "h", .hold, .hold, requires: .decideComments),
        KeyBinding([.character("t")], "t", .tag, .tag, requires: .decideComments),
        KeyBinding([.character(" ")], "Space", .mark, .mark),
        KeyBinding([.character("V")], "V", .markRange, .markRange),
        KeyBinding([.character("*")], "*", .similarity(.keyMarkGroup), .markGroup),
        KeyBinding([.character("=")], "=", .similarity(.keyShowGroup), .showGroup),
        KeyBinding([.character("C")], "C", .similarity(.keyConsiderGroup), .considerGroup, requires: .decideComments),
        KeyBinding([.character("u")], "u", .undo, .undo, requires: .decideComments),
        KeyBinding([.character("U")], "U", .decision(.keyUndoList), .undoList),
        KeyBinding([.character("/")], "/", .search, .search),
        KeyBinding([.character("n")], "n", .nextMatch, .nextMatch),
        KeyBinding([.character("N")], "N", .previousMatch, .previousMatch),
        KeyBinding([.character("s")], "s", .filter, .cycleState),
        KeyBinding([.character("o")], "o", .order, .toggleOrder),
        KeyBinding([.escape], "Esc", .clear, .clearSearch),
    ]
}

import TerminalKit

/// What the Roster screen's own keys do.
enum RosterCommand: Sendable, Equatable {
    case add, edit, end
}

/// The Roster screen's keys (on top of the list keys); they feed help and README. Changing
/// the roster is for administrators: the bindings say so, and refuse everyone else.
enum RosterKeys {
    static let bindings: [KeyBinding<RosterCommand>] = [
        KeyBinding([.character("a")], "a", .roster(.keyAdd), .add, requires: .editRoster),
        KeyBinding([.character("e")], "e", .roster(.keyEdit), .edit, requires: .editRoster),
        KeyBinding([.character("x")], "x", .roster(.keyEnd), .end, requires: .editRoster),
    ]

    /// The keys inside the add / edit / end form, for help and README.
    static let formHelp: [(String, UIText.KeyHelp)] = [
        ("Tab ↓ / Shift-Tab ↑", .roster(.keyFormNext)),
        ("← → Space", .roster(.keyFormRole)),
        ("Enter", .roster(.keyFormSave)),
        ("Esc", .back),
    ]
}

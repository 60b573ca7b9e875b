import TerminalKit

/// What the open meeting's own keys do.
enum MeetingCommand: Sendable, Equatable {
    case edit, final, attendance, addItem, addGuest, back
}

/// What a key does on the list of meetings (beyond the list keys).
enum MeetingListCommand: Sendable, Equatable {
    case newMeeting
}

/// What a key does on the Actions screen (beyond the list keys).
enum ActionsKeyCommand: Sendable, Equatable {
    case done
}

/// The keys of an open meeting (on top of the list keys, which move over its TOPs); they
/// feed help and README.
enum MeetingsKeys {
    static let bindings: [KeyBinding<MeetingCommand>] = [
        KeyBinding([.character("e"), .enter], "e Enter", .meetings(.keyEditItem), .edit),
        KeyBinding([.character("F")], "F", .meetings(.keyFinal), .final),
        KeyBinding([.character("a")], "a", .meetings(.keyAttendance), .attendance),
        KeyBinding([.character("t")], "t", .meetings(.keyAddItem), .addItem),
        KeyBinding([.character("+")], "+", .meetings(.keyAddGuest), .addGuest),
        KeyBinding([.escape, .backspace], "Esc", .meetings(.keyBack), .back),
    ]

    /// The keys of the list of meetings.
    static let listBindings: [KeyBinding<MeetingListCommand>] = [
        KeyBinding([.character("n")], "n", .meetings(.keyNewMeeting), .newMeeting),
    ]

    /// The keys of the Actions screen.
    static let actionsBindings: [KeyBinding<ActionsKeyCommand>] = [
        KeyBinding([.character("d")], "d", .meetings(.keyActionDone), .done),
    ]

    /// The keys inside the new meeting / TOP / guest forms.
    static let formHelp: [(String, UIText.KeyHelp)] = [
        ("Tab ↓ / Shift-Tab ↑", .meetings(.keyFormNext)),
        ("← → Space", .meetings(.keyFormToggle)),
        ("Enter", .meetings(.keyFormSave)),
        ("Esc", .back),
    ]

    /// The minutes editor's keys beyond the shared editor keys.
    static let editorHelp: [(String, UIText.KeyHelp)] = [("Ctrl-R", .meetings(.keyTakeTheirs))]

    /// Attendance keys while choosing members.
    static let attendanceKeys: [Character: AttendanceStatusKey] = ["p": .present, "e": .excused, "x": .absent]
}

/// The attendance status a key sets.
enum AttendanceStatusKey: String, Sendable {
    case present, excused, absent
}

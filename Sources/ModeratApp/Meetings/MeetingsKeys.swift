import TerminalKit

/// What the open meeting's own keys do.
enum MeetingCommand: Sendable, Equatable {
    case edit, final, attendance, addItem, addGuest, details, discard, header, back
}

/// What a key does on the list of meetings (beyond the list keys).
enum MeetingListCommand: Sendable, Equatable {
    case newMeeting
}

/// What a key does on the Actions screen (beyond the list keys).
enum ActionsKeyCommand: Sendable, Equatable {
    case done, reopen
}

/// The keys of an open meeting (on top of the list keys, which move over its TOPs); they
/// feed help and README. Writing minutes is for the secretary and administrators: the
/// bindings say so, and refuse everyone else with the reason.
enum MeetingsKeys {
    static let bindings: [KeyBinding<MeetingCommand>] = [
        KeyBinding([.character("e")], "e", .meetings(.keyEditItem), .edit, requires: .writeMinutes),
        KeyBinding([.character("F")], "F", .meetings(.keyFinal), .final, requires: .writeMinutes),
        KeyBinding([.character("a")], "a", .meetings(.keyAttendance), .attendance, requires: .writeMinutes),
        KeyBinding([.character("t")], "t", .meetings(.keyAddItem), .addItem, requires: .writeMinutes),
        KeyBinding([.character("+")], "+", .meetings(.keyAddGuest), .addGuest, requires: .writeMinutes),
        KeyBinding([.character("d")], "d", .meetings(.work(.keyDetails)), .details, requires: .writeMinutes),
        KeyBinding([.character("D")], "D", .meetings(.work(.keyDiscard)), .discard, requires: .writeMinutes),
        KeyBinding([.character("i")], "i", .meetings(.layout(.keyHeader)), .header),
        KeyBinding([.escape, .backspace], "Esc", .meetings(.keyBack), .back),
    ]

    /// The keys of the list of meetings.
    static let listBindings: [KeyBinding<MeetingListCommand>] = [
        KeyBinding([.character("n")], "n", .meetings(.keyNewMeeting), .newMeeting, requires: .writeMinutes),
    ]

    /// The keys of the Actions screen.
    static let actionsBindings: [KeyBinding<ActionsKeyCommand>] = [
        KeyBinding([.character("d")], "d", .meetings(.keyActionDone), .done, requires: .writeMinutes),
        KeyBinding([.character("o")], "o", .meetings(.work(.keyReopen)), .reopen, requires: .writeMinutes),
    ]

    /// The keys inside the new meeting / TOP / guest forms.
    static let formHelp: [(String, UIText.KeyHelp)] = [
        ("Tab ↓ / Shift-Tab ↑", .meetings(.keyFormNext)),
        ("← → Space", .meetings(.keyFormToggle)),
        ("Enter", .meetings(.keyFormSave)),
        ("Esc", .back),
    ]

    /// The minutes editor's keys beyond the shared editor keys.
    static let editorHelp: [(String, UIText.KeyHelp)] = [
        ("Ctrl-R", .meetings(.keyTakeTheirs)), ("Ctrl-/ Alt-u", .meetings(.work(.keyUndo))), ("Ctrl-Y", .meetings(.work(.keyRedo))),
        ("F3 Ctrl-G", .meetings(.work(.keySearch))), ("v", .meetings(.work(.keySubstitute))), ("z", .meetings(.work(.keyArrival))),
    ]

    /// The minutes editor's keys in full: Esc goes back with the draft kept (the comment
    /// editor's Esc cancels), so the shared editor keys are not taken over as they are.
    static let minutesEditorHelp: [(String, UIText.KeyHelp)] =
        [("Ctrl-S", .save), ("Esc", .meetings(.layout(.keyBackKeepDraft))), ("Ctrl-E", .editor)] + editorHelp

    /// Attendance keys while choosing members.
    static let attendanceKeys: [Character: AttendanceStatusKey] = ["p": .present, "e": .excused, "x": .absent]
    /// In attendance: record a substitute for the selected line / its arrival and departure.
    static let substituteKey: Character = "v"
    static let arrivalKey: Character = "z"
}

/// The attendance status a key sets.
enum AttendanceStatusKey: String, Sendable {
    case present, excused, absent
}

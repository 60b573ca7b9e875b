import TerminalKit

/// What the open meeting's own keys do.
enum MeetingCommand: Sendable, Equatable {
    case edit, final, attendance, back
}

/// The keys of an open meeting (on top of the list keys, which move over its TOPs); they
/// feed help and README.
enum MeetingsKeys {
    static let bindings: [KeyBinding<MeetingCommand>] = [
        KeyBinding([.character("e"), .enter], "e Enter", .meetings(.keyEditItem), .edit),
        KeyBinding([.character("F")], "F", .meetings(.keyFinal), .final),
        KeyBinding([.character("a")], "a", .meetings(.keyAttendance), .attendance),
        KeyBinding([.escape, .backspace], "Esc", .meetings(.keyBack), .back),
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

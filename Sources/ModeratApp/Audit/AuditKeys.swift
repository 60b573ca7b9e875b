import TerminalKit

/// What the audit view's own keys do (list movement and Enter come from ListKeys).
enum AuditCommand: Sendable, Equatable {
    case clearFilter, next, previous, back
}

/// The audit view's bindings: the list, and the full event Enter opens.
enum AuditKeys {
    static let bindings: [KeyBinding<AuditCommand>] = [
        KeyBinding([.escape], "Esc", .audit(.keyClear), .clearFilter),
    ]

    /// While one event is open.
    static let eventBindings: [KeyBinding<AuditCommand>] = [
        KeyBinding([.character("j"), .down], "j ↓", .audit(.keyNext), .next),
        KeyBinding([.character("k"), .up], "k ↑", .audit(.keyPrevious), .previous),
        KeyBinding([.escape, .character("q"), .enter], "Esc q Enter", .back, .back),
    ]

    /// The `:` filter commands as one help line.
    static func filterHelp(_ text: Localizer) -> HelpEntry {
        HelpEntry(":actor …", text(.keyHelp(.audit(.keyFilters))))
    }
}

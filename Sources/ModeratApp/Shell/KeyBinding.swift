import TerminalKit

/// One line of a screen's key map: the keys, how help shows them, what they mean, and the
/// command they send. The help overlay and the README table are made from these tables, so
/// what is documented is what is bound.
public struct KeyBinding<Command: Sendable>: Sendable {
    public let keys: [Key]
    public let label: String
    public let help: UIText.KeyHelp
    public let command: Command

    public init(_ keys: [Key], _ label: String, _ help: UIText.KeyHelp, _ command: Command) {
        self.keys = keys
        self.label = label
        self.help = help
        self.command = command
    }
}

extension Array {
    /// The command bound to a key in a key map, if any.
    func command<C>(for key: Key) -> C? where Element == KeyBinding<C> {
        first { $0.keys.contains(key) }?.command
    }

    /// The (keys, description) lines for the help overlay.
    func helpLines<C>(_ text: Localizer) -> [HelpEntry] where Element == KeyBinding<C> {
        map { HelpEntry($0.label, text(.keyHelp($0.help))) }
    }
}


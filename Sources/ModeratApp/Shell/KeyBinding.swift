import ModeratCore
import TerminalKit

/// One line of a screen's key map: the keys, how help shows them, what they mean, the
/// command they send, and the action the account's role must allow (nil: anyone may). The
/// help overlay and the README table are made from these tables, so what is documented is
/// what is bound, including who may use it.
public struct KeyBinding<Command: Sendable>: Sendable {
    public let keys: [Key]
    public let label: String
    public let help: UIText.KeyHelp
    public let command: Command
    /// What the key changes; the dispatcher refuses it, with the reason, to accounts whose
    /// role does not allow it (lazygit's "disabled reason").
    public let requires: Action?

    public init(_ keys: [Key], _ label: String, _ help: UIText.KeyHelp, _ command: Command, requires: Action? = nil) {
        self.keys = keys
        self.label = label
        self.help = help
        self.command = command
        self.requires = requires
    }

    /// Why this account may not use the key here, in its words; nil when it may.
    func disabledReason(_ context: AppContext) -> String? {
        guard let action = requires, !context.may(action) else { return nil }
        if let cause = context.readOnlyCause, cause != .accountNotListed {
            return context.text(.readOnlyRefused(cause))
        }
        return context.text(.permission(.refused(action, role: context.moderator?.role)))
    }

    /// The help line's text: what the key does and, for a key that changes something, who may.
    func description(_ text: Localizer) -> String {
        let base = text(.keyHelp(help))
        return requires.map { "\(base) (\(text(.permission(.onlyFor($0)))))" } ?? base
    }
}

/// What a key means on a screen for the current account.
enum KeyDispatch<Command: Sendable> {
    /// The account may: carry it out.
    case command(Command)
    /// A key of this screen the account may not use: say why, change nothing.
    case refused(String)
    /// Not a key of this table.
    case unbound

    /// What the screen returns when the key sends no command: the refusal as an error line,
    /// or `.ignored` so the shell's global keys get an unbound key.
    var otherwise: ScreenResult {
        switch self {
        case .command: return .handled
        case .refused(let reason): return .error(reason)
        case .unbound: return .ignored
        }
    }
}

extension Array {
    /// The command bound to a key in a key map, if any, whoever asks.
    func command<C>(for key: Key) -> C? where Element == KeyBinding<C> {
        first { $0.keys.contains(key) }?.command
    }

    /// The key's meaning for this account: its command, its refusal, or unbound. A screen
    /// reads it as `guard case .command(let c) = d else { return d.otherwise }`.
    func dispatch<C>(_ key: Key, _ context: AppContext) -> KeyDispatch<C> where Element == KeyBinding<C> {
        guard let binding = first(where: { $0.keys.contains(key) }) else { return .unbound }
        if let reason = binding.disabledReason(context) { return .refused(reason) }
        return .command(binding.command)
    }

    /// The (keys, description) lines for the README and `moderat keys`: every key, with who
    /// may use the ones that change something.
    func helpLines<C>(_ text: Localizer) -> [HelpEntry] where Element == KeyBinding<C> {
        map { HelpEntry($0.label, $0.description(text)) }
    }

    /// The help overlay's lines for this account: a key it may not use says so.
    func helpLines<C>(_ context: AppContext) -> [HelpEntry] where Element == KeyBinding<C> {
        map { binding in
            let line = binding.description(context.text)
            guard binding.disabledReason(context) != nil else { return HelpEntry(binding.label, line) }
            return HelpEntry(binding.label, "\(line) – \(context.text(.permission(.notForYou)))")
        }
    }
}

import TerminalKit

/// Moving through a list: the same keys on every screen that shows one.
enum ListCommand: Sendable, Equatable {
    case down, up, top, bottom, halfPageDown, halfPageUp, pageDown, pageUp, open
}

/// The list movement keys (j/k, g/G, Ctrl-d/Ctrl-u, PgDn/PgUp, Enter), mutt and lazygit style.
enum ListKeys {
    static let bindings: [KeyBinding<ListCommand>] = [
        KeyBinding([.character("j"), .down], "j ↓", .moveDown, .down),
        KeyBinding([.character("k"), .up], "k ↑", .moveUp, .up),
        KeyBinding([.character("g"), .home], "g Home", .top, .top),
        KeyBinding([.character("G"), .end], "G End", .bottom, .bottom),
        KeyBinding([.control("d")], "Ctrl-D", .halfPageDown, .halfPageDown),
        KeyBinding([.control("u")], "Ctrl-U", .halfPageUp, .halfPageUp),
        KeyBinding([.pageDown], "PgDn", .pageDown, .pageDown),
        KeyBinding([.pageUp], "PgUp", .pageUp, .pageUp),
        KeyBinding([.enter], "Enter", .open, .open),
    ]

    /// The new selected index after a movement in a list of `count` rows, `page` rows tall.
    static func move(_ command: ListCommand, selected: Int, count: Int, page: Int) -> Int {
        guard count > 0 else { return 0 }
        let target: Int
        switch command {
        case .top: target = 0
        case .bottom: target = count - 1
        default: target = selected + delta(command, page: page)
        }
        return min(max(0, target), count - 1)
    }

    /// How many rows a relative movement goes (0 for top, bottom and open).
    static func delta(_ command: ListCommand, page: Int) -> Int {
        switch command {
        case .down: return 1
        case .up: return -1
        case .halfPageDown: return max(1, page / 2)
        case .halfPageUp: return -max(1, page / 2)
        case .pageDown: return max(1, page)
        case .pageUp: return -max(1, page)
        case .top, .bottom, .open: return 0
        }
    }
}

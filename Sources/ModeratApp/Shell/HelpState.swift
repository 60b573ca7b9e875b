import TerminalKit

/// The help overlay: the bindings of the screen it was opened on, scrolled by `offset`.
struct HelpState {
    var title: String
    var lines: [HelpEntry]
    var offset = 0
}

import TerminalKit

/// Help lines longer than the overlay's width continue on further lines instead of being
/// cut, so every description can be read at any terminal width.
enum HelpWrap {
    static func wrap(_ entries: [HelpEntry], width: Int) -> [HelpEntry] {
        let keyWidth = min(24, entries.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        // The overlay's border, padding and the gap after the keys.
        let room = max(10, width - 2 - 4 - keyWidth - 2)
        return entries.flatMap { entry -> [HelpEntry] in
            guard !entry.keys.isEmpty, DisplayWidth.of(entry.description) > room else { return [entry] }
            return TextLayout.wrap(entry.description, width: room).enumerated().map {
                HelpEntry($0.offset == 0 ? entry.keys : " ", $0.element)
            }
        }
    }
}

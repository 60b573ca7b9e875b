import TerminalKit

/// A line that must fit a width without losing its end (the date and TOP something was agreed
/// at, the key that lists a group): the part before the end gives way, cut with "…".
enum LineFit {
    /// `full` when it fits; else `short` cut with "…" before `end`, which stays whole; `full`
    /// cut when even that leaves no room to read.
    static func keepingEnd(_ full: String, short: String, end: String, width: Int) -> String {
        if DisplayWidth.of(full) <= width { return full }
        let room = width - DisplayWidth.of(end)
        guard room >= 6 else { return TextLayout.truncate(full, toWidth: width) }
        return TextLayout.truncate(short, toWidth: room) + end
    }
}

import TerminalKit

/// A line that must fit a width without losing its end (the date and TOP something was agreed
/// at, the key that lists a group): the part before the end gives way, cut with "…".
enum LineFit {
    /// `full` when it fits; else `short` cut with "…" before `end`, which stays whole; `full`
    /// cut when even that leaves no room to read.
    static func keepingEnd(_ full: String, short: String, end: String, width: Int) -> String {
        keepingEnd(full, short: short, ends: [end], width: width)
    }

    /// The same with ends from the longest to the shortest: the first that leaves room to read.
    static func keepingEnd(_ full: String, short: String, ends: [String], width: Int) -> String {
        if DisplayWidth.of(full) <= width { return full }
        for end in ends {
            let room = width - DisplayWidth.of(end)
            if room >= min(12, DisplayWidth.of(short)) { return TextLayout.truncate(short, toWidth: room) + end }
        }
        return TextLayout.truncate(full, toWidth: width)
    }
}

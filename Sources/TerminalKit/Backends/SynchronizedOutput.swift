/// Synchronized output (DEC private mode 2026): a terminal that knows it shows everything
/// between `begin` and `end` at once, so a slow link (SSH) never shows half a frame; one that
/// does not ignores both, as it ignores every private mode it does not know. The end marker
/// is also where a program reading the raw output (a benchmark) sees that a frame is complete.
public enum SynchronizedOutput {
    public static let begin = Array("\u{1B}[?2026h".utf8)
    public static let end = Array("\u{1B}[?2026l".utf8)
}

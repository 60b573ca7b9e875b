import CNcursesw

/// Colour pairs allocated on first use and cached: a theme uses a few dozen combinations,
/// while pair numbers are a limited terminal resource. The pairs are searched in turn: a few
/// dozen, asked only when the style changes (a dictionary with its own key type would cost the
/// first frame a scan of every conformance record of the static binary).
struct ColorPairs {
    private var cache: [(foreground: Int32, background: Int32, pair: Int32)] = []
    private var next: Int32 = 1

    /// The pair for two terminal colour numbers (-1 = the terminal's own); 0 when both are
    /// default or the pairs are used up.
    mutating func pair(foreground: Int32, background: Int32) -> Int32 {
        if foreground == -1 && background == -1 { return 0 }
        if let known = cache.first(where: { $0.foreground == foreground && $0.background == background }) {
            return known.pair
        }
        guard next < tk_color_pairs(), init_extended_pair(next, foreground, background) == OK else { return 0 }
        cache.append((foreground, background, next))
        next += 1
        return next - 1
    }
}

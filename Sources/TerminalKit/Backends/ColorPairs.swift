import CNcursesw

/// Colour pairs allocated on first use and cached: a theme uses a few dozen combinations,
/// while pair numbers are a limited terminal resource.
struct ColorPairs {
    private var cache: [Key: Int32] = [:]
    private var next: Int32 = 1

    private struct Key: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// The pair for two terminal colour numbers (-1 = the terminal's own); 0 when both are
    /// default or the pairs are used up.
    mutating func pair(foreground: Int32, background: Int32) -> Int32 {
        if foreground == -1 && background == -1 { return 0 }
        let key = Key(foreground: foreground, background: background)
        if let pair = cache[key] { return pair }
        guard next < tk_color_pairs(), init_extended_pair(next, foreground, background) == OK else { return 0 }
        cache[key] = next
        next += 1
        return cache[key] ?? 0
    }
}

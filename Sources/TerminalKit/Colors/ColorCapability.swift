/// How many colours the terminal can show, from none (NO_COLOR) to truecolor.
public enum ColorCapability: Int, Comparable, Sendable, CaseIterable {
    /// NO_COLOR is set: attributes (bold, reverse, underline) only.
    case none
    /// The terminal has no colours.
    case monochrome
    case eight
    case sixteen
    case c256
    /// Direct colour (terminfo `COLORS` >= 2^24, e.g. TERM=xterm-direct).
    case truecolor

    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether colours are used at all.
    public var hasColor: Bool { self > .monochrome }

    /// The capability from the environment and what terminfo reports. `environment` is
    /// injected so tests never depend on the real one. NO_COLOR counts only when non-empty
    /// (https://no-color.org).
    public static func detect(environment: [String: String], hasColors: Bool, colors: Int) -> ColorCapability {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard hasColors else { return .monochrome }
        switch colors {
        case (1 << 24)...: return .truecolor
        case 256...: return .c256
        case 16...: return .sixteen
        case 8...: return .eight
        default: return .monochrome
        }
    }
}

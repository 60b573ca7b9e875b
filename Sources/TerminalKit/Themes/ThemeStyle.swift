/// One role's style as a theme file gives it: colour fallback chains, attributes, and the
/// attributes to use when no colour can be shown.
public struct ThemeStyle: Hashable, Sendable {
    /// Foreground choices, richest first (`#ff8700|208|yellow`); empty means `default`.
    public var foreground: [Color]
    /// Background choices, richest first; empty means `default`.
    public var background: [Color]
    public var attributes: Attributes
    /// Attributes without colour (NO_COLOR, monochrome); nil: `attributes`, plus reverse
    /// when the style has a background so selections stay visible.
    public var monochromeAttributes: Attributes?

    public init(foreground: [Color] = [], background: [Color] = [], attributes: Attributes = [], monochromeAttributes: Attributes? = nil) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.monochromeAttributes = monochromeAttributes
    }

    /// The concrete style for a terminal; the backend maps the colours the rest of the way.
    public func resolve(for capability: ColorCapability) -> Style {
        guard capability.hasColor else {
            let hasBackground = background.contains { $0 != .default }
            let attrs = monochromeAttributes ?? (hasBackground ? attributes.union(.reverse) : attributes)
            return Style(attributes: attrs)
        }
        return Style(foreground: Self.pick(foreground, capability), background: Self.pick(background, capability), attributes: attributes)
    }

    /// The first choice the terminal shows natively, else the last (mapped to the nearest).
    static func pick(_ choices: [Color], _ capability: ColorCapability) -> Color {
        choices.first { tier(of: $0) <= capability } ?? choices.last ?? .default
    }

    /// The least capability that shows a colour without approximation.
    static func tier(of color: Color) -> ColorCapability {
        switch color {
        case .default: return .eight
        case .ansi(let n): return n < 8 ? .eight : .sixteen
        case .indexed(let n): return n < 8 ? .eight : n < 16 ? .sixteen : .c256
        case .rgb: return .truecolor
        }
    }
}

/// A named mapping from roles to styles. Roles a theme file leaves out come from the
/// application's default theme (`ThemeLoader.fallback`), so every role always has a style.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [ThemeRole: ThemeStyle]

    public init(name: String, styles: [ThemeRole: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role on a terminal with `capability`.
    public func style(for role: ThemeRole, capability: ColorCapability) -> Style {
        (styles[role] ?? ThemeStyle()).resolve(for: capability)
    }

    /// Every role resolved once, for cheap lookups while rendering each frame.
    public func resolved(for capability: ColorCapability) -> ResolvedTheme {
        var table: [ThemeRole: Style] = [:]
        for role in styles.keys { table[role] = style(for: role, capability: capability) }
        return ResolvedTheme(styles: table)
    }
}

/// A theme's styles for one terminal, looked up by role: `theme[.listSelected]`.
public struct ResolvedTheme: Equatable, Sendable {
    let styles: [ThemeRole: Style]

    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// Every role plain: for tests that only look at text.
    public static let plain = ResolvedTheme(styles: [:])
}

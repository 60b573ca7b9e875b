/// A named mapping from roles to styles. Roles a theme file leaves out come from the
/// built-in default, so every role always has a style.
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
        for role in ThemeRole.allCases { table[role] = style(for: role, capability: capability) }
        return ResolvedTheme(styles: table)
    }

    /// The default theme, compiled in so the app works without any theme file.
    public static let builtinDefault: Theme = {
        // The text is tested to parse cleanly and to equal themes/default.theme.
        (try? ThemeParser.parse(DefaultThemeText.text, name: "default", file: "<built-in default>"))
            ?? Theme(name: "default", styles: [:])
    }()
}

/// A theme's styles for one terminal, looked up by role: `theme[.listSelected]`.
public struct ResolvedTheme: Equatable, Sendable {
    let styles: [ThemeRole: Style]

    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// Every role plain: for tests that only look at text.
    public static let plain = ResolvedTheme(styles: [:])
}

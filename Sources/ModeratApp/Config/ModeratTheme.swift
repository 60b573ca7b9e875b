import TerminalKit

extension ThemeRole {
    /// A comment's state in lists and the comment view.
    static let statePending = ThemeRole(rawValue: "state.pending")
    static let stateApproved = ThemeRole(rawValue: "state.approved")
    static let stateRejected = ThemeRole(rawValue: "state.rejected")
    static let stateHeld = ThemeRole(rawValue: "state.held")

    /// Every role a moderat theme file may set: TerminalKit's and moderat's own.
    static let moderat: [ThemeRole] = standard + [.statePending, .stateApproved, .stateRejected, .stateHeld]
}

extension Theme {
    /// moderat's default theme (`themes/default.theme`), compiled in so the app works without
    /// any theme file.
    public static let builtinDefault: Theme = {
        // The text is tested to parse cleanly and to equal themes/default.theme.
        (try? ThemeParser.parse(DefaultThemeText.text, name: "default", file: "<built-in default>", roles: ThemeRole.moderat))
            ?? Theme(name: "default", styles: [:])
    }()
}

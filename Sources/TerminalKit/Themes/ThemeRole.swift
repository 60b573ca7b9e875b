/// A place in the UI that a theme gives a style; the raw value is the name in theme files.
/// TerminalKit names the roles its widgets and the usual chrome draw with; an application adds
/// its own (`extension ThemeRole { static let … }`) and hands the parser the full list.
public struct ThemeRole: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static let title = ThemeRole(rawValue: "title")
    public static let header = ThemeRole(rawValue: "header")
    public static let status = ThemeRole(rawValue: "status")
    public static let statusMessage = ThemeRole(rawValue: "status.message")
    public static let error = ThemeRole(rawValue: "error")
    public static let warning = ThemeRole(rawValue: "warning")
    public static let listRow = ThemeRole(rawValue: "list.row")
    public static let listSelected = ThemeRole(rawValue: "list.selected")
    public static let listMarked = ThemeRole(rawValue: "list.marked")
    public static let listHeader = ThemeRole(rawValue: "list.header")
    public static let tag = ThemeRole(rawValue: "tag")
    /// A search match inside text.
    public static let match = ThemeRole(rawValue: "match")
    public static let muted = ThemeRole(rawValue: "muted")
    public static let border = ThemeRole(rawValue: "border")
    public static let dialog = ThemeRole(rawValue: "dialog")
    public static let dialogTitle = ThemeRole(rawValue: "dialog.title")
    public static let input = ThemeRole(rawValue: "input")
    public static let helpKey = ThemeRole(rawValue: "help.key")
    public static let helpText = ThemeRole(rawValue: "help.text")
    public static let chartBar = ThemeRole(rawValue: "chart.bar")
    /// A message across the screen (someone else is handling this item, offline, ...).
    public static let banner = ThemeRole(rawValue: "banner")

    /// TerminalKit's own roles, in theme-file order; an application appends its roles.
    public static let standard: [ThemeRole] = [
        .title, .header, .status, .statusMessage, .error, .warning, .listRow, .listSelected, .listMarked,
        .listHeader, .tag, .match, .muted, .border, .dialog, .dialogTitle, .input, .helpKey, .helpText,
        .chartBar, .banner,
    ]
}

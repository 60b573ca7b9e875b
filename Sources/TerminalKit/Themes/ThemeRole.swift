/// A place in the UI that a theme gives a style; the raw value is the name in theme files.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case title
    case header
    case status
    case statusMessage = "status.message"
    case error
    case warning
    case listRow = "list.row"
    case listSelected = "list.selected"
    case listMarked = "list.marked"
    case listHeader = "list.header"
    case statePending = "state.pending"
    case stateApproved = "state.approved"
    case stateRejected = "state.rejected"
    case stateHeld = "state.held"
    case tag
    /// A search match inside text.
    case match
    case muted
    case border
    case dialog
    case dialogTitle = "dialog.title"
    case input
    case helpKey = "help.key"
    case helpText = "help.text"
    case chartBar = "chart.bar"
    /// A message across the screen (someone else is handling this comment, offline, ...).
    case banner
}

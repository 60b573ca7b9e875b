import TerminalKit

/// What a read-mostly screen lists: columns, rows, and the detail of the selected row.
struct TableContent {
    var heading: String
    /// A summary line under the heading (counts, vacancies, warnings).
    var summary: [String] = []
    var columns: [TableColumn]
    var rows: [TableRow]
}

/// A column: its heading and how wide it may be (nil: takes the rest), and how narrow it may
/// get on a narrow terminal (see `ListColumn.minimum`).
struct TableColumn {
    var title: String
    var width: Int?
    var minimum: Int? = nil
}

/// One row: a cell per column, an optional style role, and the lines shown below the list
/// while it is selected.
struct TableRow {
    var id: Int64
    var cells: [String]
    var role: ThemeRole? = nil
    var detail: [String] = []
}

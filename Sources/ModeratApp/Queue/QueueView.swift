import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

extension QueueScreen {
    /// Heading with the filter and the count, the rows, and any open dialog.
    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        let (heading, listArea) = area.splitTop(1)
        buffer.fill(heading, style: context.style(.header))
        let right = marks.isEmpty ? "" : t(.marked(marks.count, visible: visibleMarks))
        let count: UIText = totalIsExact ? .queueCount(shown: window.rows.count, total: total, filter: filterDescription(context))
            : .queueCountOver(total, filter: filterDescription(context))
        StatusBar.render(into: &buffer, area: heading, left: t(count), right: right, style: context.style(.header))
        if let loadError {
            buffer.write(" " + loadError, x: listArea.x, y: listArea.y, style: context.style(.error), maxWidth: listArea.width - 1)
        } else if window.rows.isEmpty {
            ListView.render(into: &buffer, area: listArea, columns: QueueView.columns(t, width: listArea.width, showsProcess: true),
                            rows: [], state: ListState(), theme: context.theme)
            buffer.write(" " + t(.queueEmpty), x: listArea.x, y: listArea.y + 2, style: context.style(.muted))
        } else {
            renderRows(into: &buffer, area: listArea, context)
        }
        var cursor: (x: Int, y: Int)?
        if let search {
            let row = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
            buffer.fill(row, style: context.style(.input))
            let used = buffer.write(t(.searchPrompt), x: row.x, y: row.y, style: context.style(.input).adding(.bold))
            cursor = TextField.render(into: &buffer, area: Rect(x: row.x + used, y: row.y, width: row.width - used, height: 1),
                                      state: search, style: context.style(.input))
        }
        if let flow {
            cursor = flow.render(into: &buffer, area: area, context)
        }
        return cursor
    }

    func renderRows(into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        let rowsArea = ListView.rowsArea(of: area)
        // The window keeps `top` so the selection is visible; the list widget scrolls from it.
        var state = ListState(selected: window.selected, offset: window.top)
        state.marked = Set(window.rows.indices.filter { isMarked(window.rows[$0].id) })
        state.select(window.selected, rowCount: window.rows.count, viewportHeight: rowsArea.height)
        let now = context.now
        let showsProcess = Set(window.rows.map(\.processSlug)).count > 1
        let showsOutcome = window.rows.contains { !$0.outcomes.isEmpty }
        let columns = QueueView.columns(context.text, width: area.width, showsProcess: showsProcess, showsOutcome: showsOutcome)
        ListView.render(into: &buffer, area: area, columns: columns, rowCount: window.rows.count, state: state,
                        theme: context.theme, selection: .lead) { index in
            QueueView.row(window.rows[index], now: now, showsProcess: showsProcess, showsOutcome: showsOutcome,
                          wide: area.width >= 100, context)
        }
        // Search matches stand out in the text column (folded: "strasse" lights up "Straße").
        guard let query = filter.search else { return }
        let widths = ListColumn.layout(columns, totalWidth: rowsArea.width - 2)
        let textX = rowsArea.x + 2 + ListColumn.offset(of: widths.count - 1, widths: widths)
        let first = state.visibleOffset(rowCount: window.rows.count, viewportHeight: rowsArea.height)
        for line in 0..<rowsArea.height where first + line < window.rows.count {
            let y = rowsArea.y + line
            let shown = (textX..<rowsArea.maxX).map { buffer[$0, y] }
            for range in SearchHighlight.columns(of: query, in: shown) {
                buffer.restyle(Rect(x: textX + range.lowerBound, y: y, width: range.count, height: 1)) { _ in context.style(.match) }
            }
        }
    }
}

/// The queue's columns and how one comment becomes a row.
enum QueueView {
    /// The text column takes what is left; the constant columns shrink on narrow terminals,
    /// "Verfahren" goes when every row shows the same process, and the outcome of the
    /// consideration appears when a row has one (short labels below 100 columns).
    static func columns(_ t: Localizer, width: Int, showsProcess: Bool, showsOutcome: Bool = false) -> [ListColumn] {
        let narrow = width < 100
        var columns = [ListColumn(t(.column(.state)), width: .fixed(6))]
        if showsOutcome {
            columns.append(ListColumn(t(.consideration(.work(.queueColumn(wide: !narrow)))), width: .fixed(narrow ? 7 : 12)))
        }
        columns.append(ListColumn(t(.column(.age)), width: .fixed(narrow ? 5 : 6), alignRight: true))
        if showsProcess { columns.append(ListColumn(t(.column(.process)), width: .fixed(narrow ? 9 : 12))) }
        columns += [ListColumn(t(.column(.sections)), width: .fixed(narrow ? 7 : 8)),
                    ListColumn(t(.column(.author)), width: .fixed(width < 70 ? 10 : (narrow ? 13 : 16))),
                    ListColumn(t(.column(.text)), width: .flexible(1))]
        return columns
    }

    static func row(_ row: QueueRow, now: Date, showsProcess: Bool, showsOutcome: Bool = false, wide: Bool = true,
                    _ context: AppContext) -> ListRow {
        let t = context.text
        var text = row.isReply ? "↳ " + row.firstLine : row.firstLine
        if let who = row.claimedBy, row.claimedUntil != nil, who != context.moderator?.displayName {
            text = "[\(t(.handledBy(who)))] " + text
        }
        // Group size and wave flag lead the text column, so the fixed columns stay as they are at any width.
        if row.inWave { text = t(.similarity(.waveMark)) + " " + text }
        if row.groupSize > 1 { text = t(.similarity(.groupMark(row.groupSize))) + " " + text }
        var cells = [t(.stateShort(row.state))]
        if showsOutcome {
            cells.append(row.outcomes.isEmpty ? "" : t(.consideration(.work(.queueLabel(row.outcomes, wide: wide)))))
        }
        cells.append(DayFormat.age(row.createdAt, now: now))
        if showsProcess { cells.append(row.processSlug) }
        cells += [row.sectionCodes.joined(separator: ","), row.authorName ?? "", text]
        var styles = [(column: 0, style: context.style(stateRole(row.state))), (cells.count - 3, context.style(.tag))]
        if showsOutcome { styles.append((1, context.style(.stateApproved))) }
        return ListRow(cells, columnStyles: styles)
    }

    static func stateRole(_ state: CommentState) -> ThemeRole {
        switch state {
        case .pending: return .statePending
        case .approved: return .stateApproved
        case .rejected: return .stateRejected
        case .held: return .stateHeld
        }
    }
}

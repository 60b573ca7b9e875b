import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// Where the parts of an open meeting go on screen.
enum MeetingLayout {
    /// Lines above the TOP list: title, time and place, three of attendance, quorum.
    static let headerRows = 6

    /// Rows the TOP (or attendance) list shows.
    static func itemRows(_ meeting: MeetingRecord, _ context: AppContext) -> Int {
        let rest = max(4, context.bodySize.height - headerRows)
        return max(2, min(meeting.items.count + 1, rest / 2) - 1)
    }

    /// Columns the editor wraps at.
    static func editorWidth(_ context: AppContext) -> Int { max(10, context.bodySize.width - 2) }
}

extension MeetingsScreen {
    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let cursor = renderScreen(into: &buffer, area: area, context)
        guard let form else { return cursor }
        return MeetingsFormView.render(form, problems: formProblems, into: &buffer, area: area, context)
    }

    func renderScreen(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        if let editor { return renderEditor(editor, into: &buffer, area: area, context) }
        guard let open = meeting else { return table.render(into: &buffer, area: area, context) }
        if let loadError {
            buffer.write(" " + loadError, x: area.x, y: area.y, style: context.style(.error), maxWidth: area.width - 1)
            return nil
        }
        var rest = area
        for (index, line) in headerLines(open, context).enumerated() {
            let row: Rect
            (row, rest) = rest.splitTop(1)
            let style: Style
            switch index {
            case 0: style = context.style(.header).adding(.bold)
            case 5: style = context.style(open.quorum.isQuorate ? .stateApproved : .warning)
            default: style = context.style(.listRow)
            }
            if index == 0 { buffer.fill(row, style: style) }
            buffer.write(" " + line, x: row.x, y: row.y, style: style, maxWidth: row.width - 1)
        }
        let listHeight = MeetingLayout.itemRows(open, context) + 1
        let (listArea, detailArea) = rest.splitTop(listHeight)
        if let attendance {
            renderAttendance(open, state: attendance, into: &buffer, area: listArea, context)
        } else {
            renderItems(open, into: &buffer, area: listArea, context)
        }
        renderDetail(open, into: &buffer, area: detailArea, context)
        return nil
    }

    func headerLines(_ m: MeetingRecord, _ context: AppContext) -> [String] {
        let t = context.text
        let time: (String?) -> String = { stamp in
            stamp.map(DayFormat.germanDateTime).map { String($0.suffix(5)) } ?? "?"
        }
        // Substitutes get a place of their own so a long list of those present never hides them.
        func names(_ status: AttendanceStatus) -> String {
            let lines = m.attendance.filter { $0.status == status }
            let list = lines.filter { $0.standingInFor == nil }.map(\.name)
            return "\(t(.meetings(.attendance(status)))) (\(lines.count)): " + (list.isEmpty ? "–" : list.joined(separator: ", "))
        }
        let standIns = m.attendance.filter { $0.status == .present && $0.standingInFor != nil }
            .map { line in "\(line.name) \(t(.meetings(.standingInFor(line.standingInFor ?? ""))))" }
        let substitutes = standIns.isEmpty ? "" : t(.meetings(.substitutes)) + ": " + standIns.joined(separator: ", ") + " · "
        let q = m.quorum
        return [
            t(.meetings(.minutesOf(m.title))) + " · " + t(.meetings(.status(m.minutes.status))),
            t(.meetings(.when(date: DayFormat.german(m.date), start: time(m.startsAt), end: time(m.endsAt)))) + " · " + m.place,
            names(.present),
            substitutes + names(.excused) + " · " + names(.absent),
            "\(t(.meetings(.guests))): " + (m.guests.isEmpty ? "–" : m.guests.map(\.name).joined(separator: ", "))
                + " · \(t(.meetings(.minuteTaker))): \(m.minuteTaker ?? "–")"
                + " · \(t(.meetings(.nextMeeting))): " + (m.nextMeetingOn.map(DayFormat.german) ?? "–"),
            t(.meetings(.quorum(represented: q.represented, seats: q.seats, needed: q.needed, substitutes: q.substitutes,
                                quorate: q.isQuorate))),
        ]
    }

    func renderItems(_ m: MeetingRecord, into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        let t = context.text
        let columns = [ListColumn("TOP", width: .fixed(5)), ListColumn(t(.column(.title)), width: .flexible(1)),
                       ListColumn("", width: .fixed(16)), ListColumn("", width: .fixed(20))]
        var state = ListState(selected: items.selected, offset: items.offset)
        state.select(items.selected, rowCount: m.items.count, viewportHeight: ListView.rowsArea(of: area).height)
        ListView.render(into: &buffer, area: area, columns: columns, rowCount: m.items.count, state: state, theme: context.theme) { index in
            let item = m.items[index]
            return ListRow(["\(item.number)", item.title, item.isPublic ? "" : t(.meetings(.nonPublic)),
                            t(.meetings(.itemSummary(decisions: item.minutes.decisions.count, actions: item.minutes.actions.count)))])
        }
    }

    func renderAttendance(_ m: MeetingRecord, state: ListState, into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        let t = context.text
        let columns = [ListColumn(t(.column(.member)), width: .flexible(1)), ListColumn("", width: .fixed(14)),
                       ListColumn("", width: .flexible(1))]
        var shown = state
        shown.select(state.selected, rowCount: m.attendance.count, viewportHeight: ListView.rowsArea(of: area).height)
        ListView.render(into: &buffer, area: area, columns: columns, rowCount: m.attendance.count, state: shown, theme: context.theme) { index in
            let line = m.attendance[index]
            return ListRow([line.name, t(.meetings(.attendance(line.status))),
                            line.standingInFor.map { t(.meetings(.standingInFor($0))) } ?? ""])
        }
    }

    /// The selected TOP's minutes as text, with its amendments.
    func renderDetail(_ m: MeetingRecord, into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        guard area.height > 1, m.items.indices.contains(items.selected) else { return }
        let (rule, text) = area.splitTop(1)
        buffer.write(String(repeating: "─", count: rule.width), x: rule.x, y: rule.y, style: context.style(.border))
        let item = m.items[items.selected]
        var body = AgendaMinutesText.render(item.minutes, german: context.text.language == .de)
        let amendments = m.amendments.filter { $0.itemNumber == item.number }
        if !amendments.isEmpty {
            body += "\n\n" + context.text(.meetings(.amendments)) + ":\n"
                + amendments.map { "\(DayFormat.germanDateTime($0.createdAt)), \($0.author): \($0.text)" }.joined(separator: "\n")
        }
        TextView.render(into: &buffer, area: Rect(x: text.x + 1, y: text.y, width: text.width - 2, height: text.height),
                        text: body, state: TextViewState(), style: context.style(.listRow))
    }

    func renderEditor(_ editor: MinutesEditor, into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        var (heading, rest) = area.splitTop(1)
        buffer.fill(heading, style: context.style(.header))
        let title = editor.purpose == .item ? t(.meetings(.editing(editor.number, editor.title)))
            : t(.meetings(.amending(editor.number, editor.title)))
        let saved = editor.savedAt.map { "  · " + t(.meetings(.draftSaved(Self.clock($0)))) } ?? ""
        buffer.write(" " + title + saved, x: heading.x, y: heading.y, style: context.style(.header).adding(.bold), maxWidth: heading.width - 1)
        if editor.purpose == .item {
            let format: Rect
            (format, rest) = rest.splitTop(1)
            buffer.write(" " + t(.meetings(.editorFormat)), x: format.x, y: format.y, style: context.style(.muted), maxWidth: format.width - 1)
        }
        var editorArea = rest
        if let conflict = editor.conflict {
            let panel: Rect
            (editorArea, panel) = rest.splitBottom(max(3, rest.height / 3))
            let (top, body) = panel.splitTop(2)
            buffer.fill(top, style: context.style(.warning))
            buffer.write(" " + t(.meetings(.theirVersion(conflict.who))), x: top.x, y: top.y, style: context.style(.warning), maxWidth: top.width - 1)
            buffer.write(" " + t(.meetings(.conflictHint)), x: top.x, y: top.y + 1, style: context.style(.warning), maxWidth: top.width - 1)
            TextView.render(into: &buffer, area: Rect(x: body.x + 1, y: body.y, width: body.width - 2, height: body.height),
                            text: conflict.text, state: TextViewState(), style: context.style(.muted))
        }
        let inner = Rect(x: editorArea.x + 1, y: editorArea.y, width: max(1, editorArea.width - 2), height: editorArea.height)
        return TextEditor.render(into: &buffer, area: inner, state: editor.state, style: context.style(.input))
    }

    /// "14:03:12" in Berlin: when the draft was last saved.
    static func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Timestamps.displayZone
        let c = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}

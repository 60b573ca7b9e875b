import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// Where the parts of an open meeting go on screen.
enum MeetingLayout {
    /// The header lines (title, time and place, attendance, quorum), each wrapped to the
    /// width instead of cut, with the index of the line each row came from. On a short
    /// terminal the header leaves room for the TOP list: it stops early, its last row ending
    /// in " …" (the attendance view and the details form show the rest).
    static func headerRows(_ lines: [String], width: Int, height: Int) -> [(line: Int, text: String)] {
        var rows: [(line: Int, text: String)] = []
        for (index, line) in lines.enumerated() {
            for piece in TextLayout.wrap(line, width: max(10, width - 2)) { rows.append((index, piece)) }
        }
        let limit = max(3, height - 7)
        if rows.count > limit, let last = rows.dropLast(rows.count - limit).last {
            rows = Array(rows.prefix(limit - 1)) + [(last.line, TextLayout.truncate(last.text + " …", toWidth: max(10, width - 2)))]
        }
        return rows
    }

    /// Rows the TOP (or attendance) list shows: the same figure for drawing and for the
    /// keys (paging, keeping the selection in view), from the same header layout.
    static func itemRows(_ meeting: MeetingRecord, _ context: AppContext) -> Int {
        let header = headerRows(MeetingsScreen.headerLines(meeting, context), width: context.bodySize.width,
                                height: context.bodySize.height).count
        let rest = max(4, context.bodySize.height - header)
        return max(2, min(max(meeting.items.count, meeting.attendance.count) + 1, rest / 2) - 1)
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
        for (index, line) in MeetingLayout.headerRows(Self.headerLines(open, context), width: area.width,
                                                                  height: area.height) {
            let row: Rect
            (row, rest) = rest.splitTop(1)
            let style: Style
            switch index {
            case 0: style = context.style(.header).adding(.bold)
            case 5: style = context.style(open.quorum.isQuorate ? .stateApproved : .warning)
            default: style = context.style(.listRow)
            }
            if index == 0 { buffer.fill(row, style: style) }
            buffer.write(" " + line, x: row.x, y: row.y, style: style, cutTo: row.width - 1)
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

    static func headerLines(_ m: MeetingRecord, _ context: AppContext) -> [String] {
        let t = context.text
        let time: (String?) -> String = { stamp in
            stamp.map(DayFormat.germanDateTime).map { String($0.suffix(5)) } ?? "?"
        }
        // Substitutes get a place of their own so a long list of those present never hides them.
        func names(_ status: AttendanceStatus) -> String {
            // Someone set back to absent who holds no seat was never expected: not "absent".
            let lines = m.attendance.filter { $0.status == status && (status == .present || $0.holdsSeat) }
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
                + " · \(t(.meetings(.nextMeeting))): " + (m.nextMeetingOn.map(DayFormat.german) ?? "–")
                + (m.details.nextMeetingTime.map { " \($0)" } ?? "") + (m.details.nextMeetingPlace.map { ", \($0)" } ?? ""),
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
            // A TOP with a draft says so, with when and whose: nothing typed stays out of sight.
            let draft = drafts.filter { $0.itemId == item.id }.map { d in
                t(.meetings(.work(.draftMark(time: Timestamps.date(d.updatedAt).map { MinutesClock.hhmm($0) } ?? "",
                                             who: d.owner == context.store.account ? "" : d.ownerName))))
                    .trimmingCharacters(in: .whitespaces)
            }.first
            return ListRow(["\(item.number)", item.title, draft ?? (item.isPublic ? "" : t(.meetings(.nonPublic))),
                            t(.meetings(.itemSummary(decisions: item.minutes.decisions.count, actions: item.minutes.actions.count)))])
        }
        Self.renderMoreSign(below: m.items.count - state.offset - ListView.rowsArea(of: area).height, into: &buffer, area: area, context)
    }

    /// "▼ 3 weitere" at the list's bottom right when rows lie below the visible ones.
    static func renderMoreSign(below: Int, into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        guard below > 0, area.height > 1 else { return }
        let sign = " " + context.text(.meetings(.work(.moreBelow(below)))) + " "
        let width = DisplayWidth.of(sign)
        let x = area.maxX - width - 1, y = area.maxY - 1
        // The row's text under the sign is cut there, and shows it with "…".
        if x > area.x + 1, buffer[x - 1, y].grapheme != " " {
            buffer.write("…", x: x - 1, y: y, style: buffer[x - 1, y].style)
        }
        buffer.write(sign, x: x, y: y, style: context.style(.muted), maxWidth: width)
    }

    func renderAttendance(_ m: MeetingRecord, state: ListState, into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        let t = context.text
        let columns = [ListColumn(t(.column(.member)), width: .flexible(1)), ListColumn("", width: .fixed(14)),
                       ListColumn("", width: .flexible(1))]
        var shown = state
        shown.select(state.selected, rowCount: m.attendance.count, viewportHeight: ListView.rowsArea(of: area).height)
        ListView.render(into: &buffer, area: area, columns: columns, rowCount: m.attendance.count, state: shown, theme: context.theme) { index in
            let line = m.attendance[index]
            let times = [line.arrivedAtItem.map { t(.meetings(.work(.fieldArrivedAt))) + " \($0)" },
                         line.leftAfterItem.map { t(.meetings(.work(.fieldLeftAfter))) + " \($0)" }].compactMap { $0 }
            return ListRow([line.name, t(.meetings(.attendance(line.status))),
                            ([line.standingInFor.map { t(.meetings(.standingInFor($0))) }].compactMap { $0 } + times).joined(separator: " · ")])
        }
        Self.renderMoreSign(below: m.attendance.count - shown.offset - ListView.rowsArea(of: area).height, into: &buffer, area: area, context)
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
                        text: body, state: TextViewState(), style: context.style(.listRow), markMore: true)
    }

    func renderEditor(_ editor: MinutesEditor, into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        var (heading, rest) = area.splitTop(1)
        buffer.fill(heading, style: context.style(.header))
        let title = editor.purpose == .item ? t(.meetings(.editing(editor.number, editor.title)))
            : t(.meetings(.amending(editor.number, editor.title)))
        // The saved time at the right, where a long title cannot push it off an 80-column screen.
        let saved = editor.savedAt.map { t(.meetings(.draftSaved(Self.clock($0)))) + " " } ?? ""
        let savedWidth = DisplayWidth.of(saved)
        buffer.write(" " + title, x: heading.x, y: heading.y, style: context.style(.header).adding(.bold),
                     cutTo: max(0, heading.width - savedWidth - 2))
        if !saved.isEmpty {
            buffer.write(saved, x: heading.maxX - savedWidth, y: heading.y, style: context.style(.header), maxWidth: savedWidth)
        }
        if let search = editor.search {
            let prompt: Rect
            (prompt, rest) = rest.splitTop(1)
            let label = " " + t(.meetings(.work(.searchPrompt)))
            buffer.write(label, x: prompt.x, y: prompt.y, style: context.style(.warning), maxWidth: prompt.width)
            let x = prompt.x + DisplayWidth.of(label)
            buffer.write(search.text, x: x, y: prompt.y, style: context.style(.input), maxWidth: max(0, prompt.maxX - x))
        } else if editor.purpose == .item {
            let format: Rect
            (format, rest) = rest.splitTop(1)
            buffer.write(" " + t(.meetings(.editorFormat)), x: format.x, y: format.y, style: context.style(.muted), cutTo: format.width - 1)
        }
        var editorArea = rest
        if let conflict = editor.conflict {
            let panel: Rect
            (editorArea, panel) = rest.splitBottom(max(3, rest.height / 3))
            let (top, body) = panel.splitTop(2)
            buffer.fill(top, style: context.style(.warning))
            buffer.write(" " + t(.meetings(.theirVersion(conflict.who))), x: top.x, y: top.y, style: context.style(.warning), cutTo: top.width - 1)
            buffer.write(" " + t(.meetings(.conflictHint)), x: top.x, y: top.y + 1, style: context.style(.warning), cutTo: top.width - 1)
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

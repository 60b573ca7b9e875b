import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// Where the parts of an open meeting go on screen.
enum MeetingLayout {
    /// What a header row is, for its style.
    enum HeaderRole { case title, plain, quorum }

    /// The header rows: in full (every name, guests, next meeting, each line wrapped) when
    /// asked for (`expanded`) or when that takes at most a third of the screen; otherwise a
    /// short summary of three or four rows, so that a 60x16 screen still shows several TOPs
    /// and the selected TOP's text. The short form cuts with "…" and says which key shows all.
    static func header(_ m: MeetingRecord, _ context: AppContext, expanded: Bool) -> [(role: HeaderRole, text: String)] {
        let size = context.bodySize
        let width = max(10, size.width - 2)
        let lines = MeetingsScreen.headerLines(m, context)
        var full: [(role: HeaderRole, text: String)] = []
        for (index, line) in lines.enumerated() {
            let role: HeaderRole = index == 0 ? .title : index == lines.count - 1 ? .quorum : .plain
            // The title row is cut, never wrapped: it carries the header's colour.
            if index == 0 { full.append((role, TextLayout.truncate(line, toWidth: width))); continue }
            for piece in TextLayout.wrap(line, width: width) { full.append((role, piece)) }
        }
        if expanded || full.count <= size.height / 3 { return full }
        let t = context.text
        let present = m.attendance.filter { $0.status == .present }
        let q = m.quorum
        let counts = t(.meetings(.layout(.attendanceCounts(
            present: present.count, standIns: present.filter { $0.standingInFor != nil }.count,
            excused: m.attendance.filter { $0.status == .excused && $0.holdsSeat }.count,
            absent: m.attendance.filter { $0.status == .absent && $0.holdsSeat }.count))))
        let quorum = t(.meetings(.layout(.quorumShort(represented: q.represented, seats: q.seats, needed: q.needed, quorate: q.isQuorate))))
        let extras = (m.guests.isEmpty ? [] : [t(.meetings(.layout(.guestCount(m.guests.count))))]) + [t(.meetings(.layout(.allNamesHint)))]
        // The state in one word ("endgültig"), not the long form that a narrow title line would cut.
        let title = t(.meetings(.minutesOf(m.title))) + " · " + t(.minutesStatus(m.minutes.status.rawValue))
        let top = [(HeaderRole.title, TextLayout.truncate(title, toWidth: width)), (HeaderRole.plain, TextLayout.truncate(lines[1], toWidth: width))]
        let oneLine = ([counts, quorum] + extras).joined(separator: " · ")
        if DisplayWidth.of(oneLine) <= width { return top + [(.quorum, oneLine)] }
        // Two lines: counts, then the quorum; guests and the key go where they fit.
        var first = counts, second = quorum
        for extra in extras {
            if DisplayWidth.of(first + " · " + extra) <= width { first += " · " + extra } else { second += " · " + extra }
        }
        return top + [(.plain, TextLayout.truncate(first, toWidth: width)), (.quorum, TextLayout.truncate(second, toWidth: width))]
    }

    /// Rows the TOP (or attendance) list shows: the same figure for drawing and for the
    /// keys (paging, keeping the selection in view), from the same header layout.
    static func itemRows(_ meeting: MeetingRecord, _ context: AppContext, expanded: Bool) -> Int {
        let header = header(meeting, context, expanded: expanded).count
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
        if let reading {
            renderReader(reading, into: &buffer, area: area, context)
            return nil
        }
        var rest = area
        for (role, line) in MeetingLayout.header(open, context, expanded: headerExpanded) {
            let row: Rect
            (row, rest) = rest.splitTop(1)
            let style: Style
            switch role {
            case .title: style = context.style(.header).adding(.bold)
            case .quorum: style = context.style(open.quorum.isQuorate ? .stateApproved : .warning)
            case .plain: style = context.style(.listRow)
            }
            if role == .title { buffer.fill(row, style: style) }
            buffer.write(" " + line, x: row.x, y: row.y, style: style, maxWidth: row.width - 1)
        }
        let listHeight = itemRows(open, context) + 1
        let (listArea, detailArea) = rest.splitTop(listHeight)
        let below: Int
        if let attendance {
            below = renderAttendance(open, state: attendance, into: &buffer, area: listArea, context)
        } else {
            below = renderItems(open, into: &buffer, area: listArea, context)
        }
        renderDetail(open, below: below, into: &buffer, area: detailArea, context)
        if let attendance { renderAttendanceKeys(open, state: attendance, into: &buffer, area: detailArea, context) }
        return nil
    }

    static func headerLines(_ m: MeetingRecord, _ context: AppContext) -> [String] {
        let t = context.text
        let time: (String?) -> String? = { stamp in
            stamp.map(DayFormat.germanDateTime).map { String($0.suffix(5)) }
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
            // A time not set yet is left out ("ab 18:00 Uhr"), never shown as "?".
            t(.meetings(.when(date: DayFormat.german(m.date), start: time(m.startsAt), end: time(m.endsAt))))
                + (m.place.isEmpty ? "" : " · " + m.place),
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

    /// The TOP list; returns how many rows lie below the visible ones. The title takes the
    /// width left: the number, mark and count columns are as wide as their widest text, and
    /// the counts go (the text below shows them) before the title gets narrower than 44.
    @discardableResult
    func renderItems(_ m: MeetingRecord, into buffer: inout Buffer, area: Rect, _ context: AppContext) -> Int {
        let t = context.text
        let marks = m.items.map { item -> String in
            // A TOP with a draft says so, with when and whose: nothing typed stays out of sight.
            let draft = drafts.filter { $0.itemId == item.id }.map { d in
                t(.meetings(.work(.draftMark(time: Timestamps.date(d.updatedAt).map { MinutesClock.hhmm($0) } ?? "",
                                             who: d.owner == context.store.account ? "" : d.ownerName))))
                    .trimmingCharacters(in: .whitespaces)
            }.first
            return draft ?? (item.isPublic ? "" : t(.meetings(.nonPublic)))
        }
        // "nicht öffentlich" in full where the title keeps 40 columns; else as minutes abbreviate it.
        let roomy = area.width - 2 - 4 - (marks.map(DisplayWidth.of).max() ?? 0) - 1 >= 40
        let shortMarks = roomy ? marks : marks.map { $0 == t(.meetings(.nonPublic)) ? t(.meetings(.layout(.nonPublicShort))) : $0 }
        let counts = m.items.map { t(.meetings(.itemSummary(decisions: $0.minutes.decisions.count, actions: $0.minutes.actions.count))) }
        let numberWidth = max(3, m.items.map { DisplayWidth.of("\($0.number)") }.max() ?? 0)
        let markWidth = shortMarks.map(DisplayWidth.of).max() ?? 0
        let countWidth = counts.map(DisplayWidth.of).max() ?? 0
        var columns = [ListColumn("TOP", width: .fixed(numberWidth)), ListColumn(t(.column(.title)), width: .flexible(1))]
        if markWidth > 0 { columns.append(ListColumn("", width: .fixed(markWidth))) }
        // One column kept free at the right: a form or help box over the list leaves the
        // outermost columns, where a row's last letter would look like part of the box.
        let area = Rect(x: area.x, y: area.y, width: max(1, area.width - 1), height: area.height)
        let titleRoom = area.width - 2 - numberWidth - 1 - (markWidth > 0 ? markWidth + 1 : 0)
        let showCounts = titleRoom - countWidth - 1 >= 44
        if showCounts { columns.append(ListColumn("", width: .fixed(countWidth))) }
        var state = ListState(selected: items.selected, offset: items.offset)
        state.select(items.selected, rowCount: m.items.count, viewportHeight: ListView.rowsArea(of: area).height)
        ListView.render(into: &buffer, area: area, columns: columns, rowCount: m.items.count, state: state, theme: context.theme) { index in
            let item = m.items[index]
            return ListRow(["\(item.number)", item.title] + (markWidth > 0 ? [shortMarks[index]] : []) + (showCounts ? [counts[index]] : []))
        }
        markAbove(state.visibleOffset(rowCount: m.items.count, viewportHeight: ListView.rowsArea(of: area).height),
                  into: &buffer, header: area, context)
        if m.items.isEmpty {
            buffer.write(" " + t(.meetings(.layout(.noItems))), x: area.x, y: area.y + 1, style: context.style(.muted), maxWidth: area.width - 1)
        }
        return m.items.count - state.visibleOffset(rowCount: m.items.count, viewportHeight: ListView.rowsArea(of: area).height)
            - ListView.rowsArea(of: area).height
    }

    @discardableResult
    func renderAttendance(_ m: MeetingRecord, state: ListState, into buffer: inout Buffer, area: Rect, _ context: AppContext) -> Int {
        let t = context.text
        let columns = [ListColumn(t(.column(.member)), width: .flexible(1)), ListColumn("", width: .fixed(14)),
                       ListColumn("", width: .flexible(1))]
        var shown = state
        shown.select(state.selected, rowCount: m.attendance.count, viewportHeight: ListView.rowsArea(of: area).height)
        ListView.render(into: &buffer, area: area, columns: columns, rowCount: m.attendance.count, state: shown, theme: context.theme) { index in
            let line = m.attendance[index]
            return ListRow([line.name, t(.meetings(.attendance(line.status))), Self.attendanceNote(line, context)])
        }
        markAbove(shown.visibleOffset(rowCount: m.attendance.count, viewportHeight: ListView.rowsArea(of: area).height),
                  into: &buffer, header: area, context)
        return m.attendance.count - shown.visibleOffset(rowCount: m.attendance.count, viewportHeight: ListView.rowsArea(of: area).height)
            - ListView.rowsArea(of: area).height
    }

    /// "für Paul Lindner · ab TOP 3 · bis TOP 5": whom a member stands in for and when they came and went.
    static func attendanceNote(_ line: AttendanceLine, _ context: AppContext) -> String {
        let t = context.text
        return [line.standingInFor.map { t(.meetings(.standingInFor($0))) },
                line.arrivedAtItem.map { t(.meetings(.work(.fieldArrivedAt))) + " \($0)" },
                line.leftAfterItem.map { t(.meetings(.work(.fieldLeftAfter))) + " \($0)" }].compactMap { $0 }.joined(separator: " · ")
    }

    /// While attendance is edited, the area below the list says what the keys do (the status
    /// line cuts them at 60 columns) and how the selected member attends, in full.
    func renderAttendanceKeys(_ m: MeetingRecord, state: ListState, into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        guard area.height > 1 else { return }
        let text = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        buffer.fill(text, style: context.style(.listRow))
        var body = context.text(.meetings(.work(.attendanceMode)))
        if m.attendance.indices.contains(state.selected) {
            let line = m.attendance[state.selected]
            let note = Self.attendanceNote(line, context)
            body = "\(line.name): \(context.text(.meetings(.attendance(line.status))))" + (note.isEmpty ? "" : " · " + note) + "\n" + body
        }
        TextView.render(into: &buffer, area: Rect(x: text.x + 1, y: text.y, width: text.width - 2, height: text.height),
                        text: body, state: TextViewState(), style: context.style(.listRow), markMore: true)
    }

    /// The list's header row says how many rows lie above the visible ones ("▲ 2 weitere"),
    /// at its right end as the rule below says those below: no row is out of sight unsaid.
    func markAbove(_ above: Int, into buffer: inout Buffer, header area: Rect, _ context: AppContext) {
        guard above > 0, area.height > 0 else { return }
        let sign = " " + context.text(.walk(.moreAbove(above))) + " "
        let width = DisplayWidth.of(sign)
        buffer.write(sign, x: max(area.x, area.maxX - width - 1), y: area.y, style: context.style(.listHeader), maxWidth: area.width)
    }

    /// The selected TOP's minutes as text, with its amendments.
    /// The rule above it says how many list rows lie below the visible ones ("▼ 2 weitere"),
    /// on a line of its own where it hides no row's text.
    func renderDetail(_ m: MeetingRecord, below: Int, into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        guard area.height > 0 else { return }
        let (rule, text) = area.splitTop(1)
        Rule.render(into: &buffer, area: rule, sign: below > 0 ? context.text(.meetings(.work(.moreBelow(below)))) : nil,
                    style: context.style(.border), signStyle: context.style(.muted))
        guard area.height > 1, m.items.indices.contains(items.selected) else { return }
        TextView.render(into: &buffer, area: Rect(x: text.x + 1, y: text.y, width: text.width - 2, height: text.height),
                        text: itemText(items.selected, context) ?? "", state: TextViewState(), style: context.style(.listRow))
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
        buffer.write(" " + TextLayout.truncate(title, toWidth: max(0, heading.width - savedWidth - 2)), x: heading.x, y: heading.y,
                     style: context.style(.header).adding(.bold), maxWidth: max(0, heading.width - savedWidth - 1))
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
            // The line format in full, on two lines where one is too narrow: it is the only
            // place that says how a decision or an action item is written.
            let lines = TextLayout.wrap(t(.meetings(.editorFormat)), width: max(10, area.width - 2)).prefix(2)
            for line in lines {
                let format: Rect
                (format, rest) = rest.splitTop(1)
                buffer.write(" " + line, x: format.x, y: format.y, style: context.style(.muted), maxWidth: format.width - 1)
            }
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

import ModeratCore
import ModeratStore
import TerminalKit

/// Enter on a TOP: its minutes (and amendments) in full over the whole screen, for the small
/// terminal where the pane below the list shows only the first lines. The keys that follow
/// scroll and never type; `e` writes, Esc (or Enter, q) goes back to the TOP list.
extension MeetingsScreen {
    /// The text of the selected TOP as the pane and the reader show it.
    func itemText(_ index: Int, _ context: AppContext) -> String? {
        guard let m = meeting, m.items.indices.contains(index) else { return nil }
        let item = m.items[index]
        var body = AgendaMinutesText.render(item.minutes, german: context.text.language == .de)
        let amendments = m.amendments.filter { $0.itemNumber == item.number }
        if !amendments.isEmpty {
            body += "\n\n" + context.text(.meetings(.amendments)) + ":\n"
                + amendments.map { "\(DayFormat.germanDateTime($0.createdAt)), \($0.author): \($0.text)" }.joined(separator: "\n")
        }
        return body
    }

    /// Rows of text the reader shows: the body without its heading line.
    static func readerRows(_ context: AppContext) -> Int { max(1, context.bodySize.height - 1) }
    static func readerWidth(_ context: AppContext) -> Int { max(10, context.bodySize.width - 2) }

    mutating func handleReader(_ key: Key, _ context: AppContext) -> ScreenResult {
        guard var state = reading, let text = itemText(items.selected, context) else { reading = nil; return .handled }
        let page = Self.readerRows(context)
        let last = max(0, TextView.rowCount(text, width: Self.readerWidth(context)) - page)
        switch key {
        case .escape, .enter, .character("q"), .backspace:
            reading = nil
            return .handled
        case .character("e"):
            reading = nil
            return openEditor(context)
        case .character("j"): state.scroll(by: 1)
        case .character("k"): state.scroll(by: -1)
        case .character(" "): state.scroll(by: max(1, page - 1))
        case .character("g"): state.offset = 0
        case .character("G"), .end: state.offset = last
        default: _ = state.handle(key, viewportHeight: page)
        }
        state.offset = min(state.offset, last)
        reading = state
        return .handled
    }

    func renderReader(_ state: TextViewState, into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        guard let m = meeting, m.items.indices.contains(items.selected), let text = itemText(items.selected, context) else { return }
        let item = m.items[items.selected]
        let (heading, body) = area.splitTop(1)
        buffer.fill(heading, style: context.style(.header))
        let below = TextView.rowCount(text, width: Self.readerWidth(context)) - state.offset - body.height
        let more = below > 0 ? " " + context.text(.meetings(.work(.moreBelow(below)))) + " " : ""
        let title = "TOP \(item.number): \(item.title)"
        buffer.write(" " + TextLayout.truncate(title, toWidth: max(1, heading.width - DisplayWidth.of(more) - 2)), x: heading.x, y: heading.y,
                     style: context.style(.header).adding(.bold), maxWidth: heading.width - 1)
        if !more.isEmpty {
            buffer.write(more, x: heading.maxX - DisplayWidth.of(more), y: heading.y, style: context.style(.header), maxWidth: DisplayWidth.of(more))
        }
        buffer.fill(body, style: context.style(.listRow))
        TextView.render(into: &buffer, area: Rect(x: body.x + 1, y: body.y, width: max(1, body.width - 2), height: body.height),
                        text: text, state: state, style: context.style(.listRow))
    }
}

import ModeratCore
import TerminalKit

/// The frame around every screen: the title line (tabs, database, user) and the status line
/// (a message, or key hints).
enum Chrome {
    /// The title line: "moderat  1 Warteschlange  2 Abschnitte …      demo.db · anna (Moderation)".
    static func renderTitle(into buffer: inout Buffer, area: Rect, current: ScreenID, inComment: Bool, _ context: AppContext) {
        let base = context.style(.title)
        buffer.fill(area, style: base)
        let who = "\(context.databaseName) · \(context.text(.user(context.moderator?.displayName ?? context.account, context.moderator?.role))) "
        // Every tab's name when there is room; otherwise numbers, with the current tab named.
        func label(_ screen: ScreenID, full: Bool) -> String {
            full || screen == current ? " \(screen.rawValue) \(context.text(.screenTitle(screen))) " : " \(screen.rawValue) "
        }
        let fullWidth = ScreenID.allCases.reduce(9) { $0 + DisplayWidth.of(label($1, full: true)) }
        let full = fullWidth + DisplayWidth.of(who) + 1 <= area.width
        var x = area.x + buffer.write(" moderat ", x: area.x, y: area.y, style: base.adding(.bold))
        for screen in ScreenID.allCases {
            let text = label(screen, full: full)
            let style = screen == current && !inComment ? context.style(.listSelected).adding(.bold) : base
            let width = DisplayWidth.of(text)
            guard x + width < area.maxX else { break }
            x += buffer.write(text, x: x, y: area.y, style: style)
        }
        let whoWidth = DisplayWidth.of(who)
        if x + whoWidth + 1 <= area.maxX {
            buffer.write(who, x: area.maxX - whoWidth, y: area.y, style: base)
        }
    }

    /// The status line: an error or message when there is one, else the screen's key hints.
    static func renderStatus(into buffer: inout Buffer, area: Rect, message: App.StatusLine?, hints: String, _ context: AppContext) {
        let role: ThemeRole = message.map { $0.isError ? .error : .statusMessage } ?? .status
        let style = context.style(role)
        buffer.fill(area, style: style)
        let room = max(0, area.width - 2)
        let text = message.map { TextLayout.truncate($0.text, toWidth: room) } ?? keepingHelp(hints, width: room)
        buffer.write(" " + text, x: area.x, y: area.y, style: style)
    }

    /// A question on the status line, wrapped and grown upwards over the screen's last rows
    /// as far as it needs (at most half the screen): it is read in full before y. Its last
    /// row is the one key hint every yes/no question shares, never cut.
    static func renderQuestion(into buffer: inout Buffer, area: Rect, above body: Rect, question: String, _ context: AppContext) {
        let style = context.style(.statusMessage)
        let width = max(1, area.width - 2)
        let hint = TextLayout.wrap(context.text(.decision(.yesNo)), width: width)
        let lines = TextLayout.wrap(question, width: width).prefix(max(1, body.height / 2 + 1 - hint.count)) + hint
        let top = area.y - (lines.count - 1)
        for (offset, line) in lines.enumerated() {
            let row = Rect(x: area.x, y: top + offset, width: area.width, height: 1)
            buffer.fill(row, style: style)
            buffer.write(" " + line, x: row.x, y: row.y, style: style, maxWidth: row.width - 1)
        }
    }

    /// Key hints cut to `width`, but the last hint ("? Hilfe", "Esc abbrechen") always stays:
    /// whoever cannot see a key can still ask for all of them, or get out.
    static func keepingHelp(_ hints: String, width: Int) -> String {
        guard DisplayWidth.of(hints) > width, let split = hints.range(of: "  ", options: .backwards) else {
            return TextLayout.truncate(hints, toWidth: width)
        }
        let last = String(hints[split.upperBound...])
        // The way to all keys ("? Hilfe") or out of a dialog ("Esc …") is never the one cut.
        guard last.hasPrefix("?") || last.hasPrefix("Esc") else { return TextLayout.truncate(hints, toWidth: width) }
        // Whole hints or none: "t Ab…" names no key; "…" says that more are in the help.
        let room = width - DisplayWidth.of(last) - 2 - 3
        var head = ""
        for hint in hints[..<split.lowerBound].components(separatedBy: "  ") {
            let next = head.isEmpty ? hint : head + "  " + hint
            guard DisplayWidth.of(next) <= room else { break }
            head = next
        }
        return (head.isEmpty ? "" : head + "  ") + "…  " + last
    }

    /// The banner shown when the database is read-only for this user.
    static func renderBanner(into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        let style = context.style(.banner)
        buffer.fill(area, style: style)
        let text = context.readOnlyCause.map { context.text(.readOnlyBecause($0)) } ?? context.text(.readOnlyBanner)
        buffer.write(" " + text, x: area.x, y: area.y, style: style, cutTo: area.width - 1)
    }

    /// What a terminal below the minimum size shows instead of a mangled screen.
    static func renderTooSmall(into buffer: inout Buffer, size: Size, _ context: AppContext) {
        let message = context.text(.tooSmall(width: size.width, height: size.height,
                                             needWidth: App.minimumSize.width, needHeight: App.minimumSize.height))
        let lines = TextLayout.wrap(message, width: max(1, size.width - 2)) + ["", context.text(.quitHint)]
        let startY = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where startY + i < size.height {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: startY + i, style: context.style(i == 0 ? .warning : .muted))
        }
    }
}

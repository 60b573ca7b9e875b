/// One line of a help overlay: the keys and what they do. Empty keys make a section heading.
public struct HelpEntry: Equatable, Sendable {
    public var keys: String
    public var description: String
    public init(_ keys: String, _ description: String) {
        self.keys = keys
        self.description = description
    }
}

/// A centred box listing key bindings, scrollable when they do not fit.
public enum HelpOverlay {
    /// Draws the overlay over whatever is in `area`, starting at entry `offset`. Returns the
    /// number of entries that fit, for paging.
    @discardableResult
    public static func render(into buffer: inout Buffer, area: Rect, title: String, entries: [HelpEntry],
                              offset: Int, theme: ResolvedTheme) -> Int {
        let keyWidth = min(24, entries.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let textWidth = entries.map { DisplayWidth.of($0.description) }.max() ?? 0
        let wanted = max(keyWidth + 3 + textWidth, DisplayWidth.of(title) + 4) + 4
        // A box that almost fills the width fills it: rows behind it must not peek out at the edge.
        let box = area.centered(width: wanted > area.width - 4 ? area.width : wanted, height: min(entries.count + 4, area.height - 2))
        guard box.width >= 6, box.height >= 3 else { return 0 }
        buffer.fill(box, style: theme[.dialog])
        let inner = Box.draw(into: &buffer, area: box, style: theme[.border], title: title, titleStyle: theme[.dialogTitle])
        let content = Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: inner.height - 2)
        let visible = max(0, content.height)
        let first = min(max(0, offset), max(0, entries.count - visible))
        for (line, entry) in entries.dropFirst(first).prefix(visible).enumerated() {
            let y = content.y + line
            if entry.keys.isEmpty {
                buffer.write(TextLayout.truncate(entry.description, toWidth: content.width), x: content.x, y: y, style: theme[.dialogTitle])
                continue
            }
            buffer.write(TextLayout.truncate(entry.keys, toWidth: keyWidth), x: content.x, y: y, style: theme[.helpKey])
            let room = content.width - keyWidth - 2
            if room > 0 {
                buffer.write(TextLayout.truncate(entry.description, toWidth: room), x: content.x + keyWidth + 2, y: y, style: theme[.helpText])
            }
        }
        if first + visible < entries.count {
            buffer.write(" ↓ ", x: box.maxX - 5, y: box.maxY - 1, style: theme[.border])
        }
        if first > 0 {
            buffer.write(" ↑ ", x: box.maxX - 5, y: box.y, style: theme[.border])
        }
        return visible
    }
}

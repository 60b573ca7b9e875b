/// What a key did to a dialog.
public enum DialogResult: Equatable, Sendable {
    /// The user chose a button (by Enter, or its first letter).
    case chosen(Int)
    case cancelled
    /// The key moved the focus between buttons.
    case handled
    case ignored
}

/// A confirm box's state: title, message, buttons and which button has the focus.
public struct DialogState: Equatable, Sendable {
    public var title: String
    public var message: String
    public var buttons: [String]
    public var focused: Int

    public init(title: String, message: String, buttons: [String], focused: Int = 0) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.focused = focused
    }

    /// Left/Right/Tab move the focus, Enter chooses, Esc cancels, a button's first letter
    /// (lower-cased) chooses that button.
    public mutating func handle(_ key: Key) -> DialogResult {
        guard !buttons.isEmpty else { return key == .escape ? .cancelled : .ignored }
        switch key {
        case .left, .backTab: focused = (focused + buttons.count - 1) % buttons.count
        case .right, .tab: focused = (focused + 1) % buttons.count
        case .enter: return .chosen(focused)
        case .escape: return .cancelled
        case .character(let c):
            let letter = c.lowercased()
            if let index = buttons.firstIndex(where: { $0.first.map { $0.lowercased() } == letter }) { return .chosen(index) }
            return .ignored
        default: return .ignored
        }
        return .handled
    }
}

/// Draws a `DialogState` as a centred box.
public enum Dialog {
    public static func render(into buffer: inout Buffer, area: Rect, state: DialogState, theme: ResolvedTheme) {
        let buttonsText = state.buttons.map { "[ \($0) ]" }
        let buttonsWidth = buttonsText.reduce(0) { $0 + DisplayWidth.of($1) + 2 }
        let width = min(area.width - 2, max(40, buttonsWidth + 4, DisplayWidth.of(state.title) + 6))
        let message = TextLayout.wrap(state.message, width: max(1, width - 4))
        // Rows for the buttons (a blank line and the buttons) only when there are any.
        let buttonRows = state.buttons.isEmpty ? 0 : 2
        let height = min(area.height - 2, message.count + 3 + buttonRows)
        let box = area.centered(width: width, height: height)
        guard box.width >= 6, box.height >= 4 else { return }
        buffer.fill(box, style: theme[.dialog])
        let inner = Box.draw(into: &buffer, area: box, style: theme[.border], title: state.title, titleStyle: theme[.dialogTitle])
        for (i, line) in message.prefix(max(0, inner.height - buttonRows)).enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + i, style: theme[.dialog], maxWidth: inner.width - 2)
        }
        var x = inner.x + max(1, (inner.width - buttonsWidth) / 2)
        let y = inner.maxY - 1
        for (i, text) in buttonsText.enumerated() {
            let style = i == state.focused ? theme[.listSelected] : theme[.dialog]
            x += buffer.write(text, x: x, y: y, style: style, maxWidth: max(0, inner.maxX - x)) + 2
        }
    }
}

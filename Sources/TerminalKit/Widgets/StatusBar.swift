/// One row with text on the left (e.g. a message) and on the right (e.g. counters); the
/// right text wins when both do not fit, the left is cut with an ellipsis.
public enum StatusBar {
    public static func render(into buffer: inout Buffer, area: Rect, left: String, right: String = "",
                              style: Style, leftStyle: Style? = nil) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, style: style)
        let rightText = TextLayout.truncate(right, toWidth: max(0, row.width - 2))
        let rightWidth = DisplayWidth.of(rightText)
        let leftRoom = row.width - 2 - (rightWidth > 0 ? rightWidth + 2 : 0)
        if leftRoom > 0 {
            buffer.write(TextLayout.truncate(left, toWidth: leftRoom), x: row.x + 1, y: row.y, style: leftStyle ?? style)
        }
        if rightWidth > 0 {
            buffer.write(rightText, x: row.maxX - 1 - rightWidth, y: row.y, style: style)
        }
    }
}

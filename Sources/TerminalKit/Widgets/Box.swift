/// A border of Unicode box-drawing characters (─│┌┐└┘), which tmux and terminals show as
/// lines, unlike the DEC line-drawing set's letters.
public enum Box {
    /// Draws a border around `area` with an optional title in the top edge and returns the
    /// area inside the border.
    @discardableResult
    public static func draw(into buffer: inout Buffer, area: Rect, style: Style, title: String? = nil, titleStyle: Style? = nil) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let right = area.maxX - 1, bottom = area.maxY - 1
        let horizontal = String(repeating: "─", count: area.width - 2)
        buffer.write("┌" + horizontal + "┐", x: area.x, y: area.y, style: style)
        buffer.write("└" + horizontal + "┘", x: area.x, y: bottom, style: style)
        for y in (area.y + 1)..<bottom {
            buffer.write("│", x: area.x, y: y, style: style)
            buffer.write("│", x: right, y: y, style: style)
        }
        if let title, !title.isEmpty, area.width > 4 {
            let text = " " + TextLayout.truncate(title, toWidth: area.width - 4) + " "
            buffer.write(text, x: area.x + 1, y: area.y, style: titleStyle ?? style)
        }
        return area.inset(1)
    }
}

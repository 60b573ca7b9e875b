/// A horizontal line across a row, optionally carrying a short sign near its right end
/// ("▼ 3 weitere"), so a scrolled area says what lies beyond it without taking a row.
public enum Rule {
    public static func render(into buffer: inout Buffer, area: Rect, sign: String? = nil, style: Style, signStyle: Style? = nil) {
        guard !area.isEmpty else { return }
        buffer.write(String(repeating: "─", count: area.width), x: area.x, y: area.y, style: style)
        guard let sign, !sign.isEmpty else { return }
        let text = " " + TextLayout.truncate(sign, toWidth: max(1, area.width - 6)) + " "
        let width = DisplayWidth.of(text)
        buffer.write(text, x: max(area.x, area.maxX - width - 2), y: area.y, style: signStyle ?? style, maxWidth: area.width)
    }
}

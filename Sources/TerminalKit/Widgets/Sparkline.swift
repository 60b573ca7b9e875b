/// A one-row chart of a series (e.g. comments per day), newest on the right.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The sparkline text for `values`, the last `width` of them.
    public static func text(_ values: [Double], width: Int) -> String {
        let shown = values.suffix(max(0, width))
        guard let low = shown.min(), let high = shown.max() else { return "" }
        let span = high - low
        return String(shown.map { value in
            span > 0 ? levels[min(levels.count - 1, Int((value - low) / span * Double(levels.count - 1) + 0.5))] : levels[0]
        })
    }

    public static func render(into buffer: inout Buffer, area: Rect, values: [Double], style: Style) {
        guard !area.isEmpty else { return }
        buffer.write(text(values, width: area.width), x: area.x, y: area.y, style: style)
    }
}

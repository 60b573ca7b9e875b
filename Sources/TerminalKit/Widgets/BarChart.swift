/// One bar: a label and a value.
public struct Bar: Equatable, Sendable {
    public var label: String
    public var value: Double
    public init(_ label: String, _ value: Double) {
        self.label = label
        self.value = value
    }
}

/// Horizontal bars, one per row: label, bar scaled to the largest value, the value.
public enum BarChart {
    /// Eighth blocks for the fractional end of a bar.
    static let partials: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public static func render(into buffer: inout Buffer, area: Rect, bars: [Bar], barStyle: Style, labelStyle: Style,
                              format: (Double) -> String = { String(Int($0.rounded())) }) {
        guard !area.isEmpty else { return }
        let labelWidth = min(area.width / 3, bars.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let values = bars.map { format($0.value) }
        let valueWidth = values.map { DisplayWidth.of($0) }.max() ?? 0
        let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
        let largest = bars.map(\.value).max() ?? 0
        for (i, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + i
            buffer.write(TextLayout.truncate(bar.label, toWidth: labelWidth), x: area.x, y: y, style: labelStyle)
            let eighths = largest > 0 ? Int((max(0, bar.value) / largest * Double(barWidth * 8)).rounded()) : 0
            var text = String(repeating: "█", count: eighths / 8)
            if eighths % 8 > 0 { text.append(partials[eighths % 8]) }
            buffer.write(text, x: area.x + labelWidth + 1, y: y, style: barStyle)
            buffer.write(values[i], x: area.x + labelWidth + 1 + DisplayWidth.of(text) + 1, y: y, style: labelStyle)
        }
    }
}

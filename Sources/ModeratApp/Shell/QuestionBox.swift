import TerminalKit

/// A question (y/n, or a choice by number) as a box over the screen. The rows the box covers
/// are cleared across the whole width, so no text of the screen runs beside the box and reads
/// as part of it; the box grows (up to the screen's width and height) until the whole
/// question fits, because what it asks about may not be taken back.
enum QuestionBox {
    static func render(title: String, message: String, into buffer: inout Buffer, area: Rect, _ context: AppContext) {
        let widest = area.width - 2
        var width = min(widest, max(40, DisplayWidth.of(title) + 6))
        var lines = TextLayout.wrap(message, width: max(1, width - 4))
        // Wider while the question would not fit in the rows there are.
        while lines.count + 2 > area.height, width < widest {
            width = min(widest, width + 10)
            lines = TextLayout.wrap(message, width: max(1, width - 4))
        }
        let height = min(area.height, lines.count + 3)
        let box = area.centered(width: width, height: height)
        guard box.width >= 6, box.height >= 3 else { return }
        buffer.fill(Rect(x: area.x, y: box.y, width: area.width, height: box.height), style: context.style(.listRow))
        buffer.fill(box, style: context.style(.dialog))
        let inner = Box.draw(into: &buffer, area: box, style: context.style(.border), title: title, titleStyle: context.style(.dialogTitle))
        for (i, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + i, style: context.style(.dialog), maxWidth: inner.width - 2)
        }
    }
}

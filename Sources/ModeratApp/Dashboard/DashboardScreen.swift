import ModeratCore
import ModeratStore
import TerminalKit

/// The evaluation at a glance: comments by state, arrivals per week, rejection reasons.
/// Figures are computed when the screen opens or the database changes, never per frame.
struct DashboardScreen: Screen {
    var figures: DashboardFigures?
    var loadError: String?

    mutating func reload(_ context: AppContext) {
        do {
            figures = try context.store.database.dashboardFigures()
            loadError = nil
        } catch {
            loadError = "\(error)"
        }
    }

    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult { .ignored }

    func helpLines(_ context: AppContext) -> [HelpEntry] { [] }

    func hints(_ context: AppContext) -> String { context.text(.hintsList) }

    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        var rest = area
        let heading: Rect
        (heading, rest) = rest.splitTop(1)
        buffer.fill(heading, style: context.style(.header))
        buffer.write(" " + t(.dashboardHeader), x: heading.x, y: heading.y, style: context.style(.header).adding(.bold))
        guard let figures else {
            buffer.write(" " + (loadError ?? ""), x: rest.x, y: rest.y, style: context.style(.error), maxWidth: rest.width - 1)
            return nil
        }
        let inner = Rect(x: rest.x + 1, y: rest.y + 1, width: rest.width - 2, height: rest.height - 1)
        let (left, right) = inner.splitLeft(inner.width / 2)
        var y = left.y
        func title(_ text: String, _ x: Int, _ y: Int, _ width: Int) {
            buffer.write(text, x: x, y: y, style: context.style(.listHeader).adding(.bold), maxWidth: width)
        }
        title(t(.dashboardTotals), left.x, y, left.width - 1)
        let bars = CommentState.allCases.map { Bar(t(.state($0)), Double(figures.perState[$0] ?? 0)) }
        BarChart.render(into: &buffer, area: Rect(x: left.x, y: y + 1, width: left.width - 2, height: bars.count),
                        bars: bars, barStyle: context.style(.chartBar), labelStyle: context.style(.listRow))
        y += bars.count + 2
        title(t(.dashboardPerWeek), left.x, y, left.width - 1)
        let weekly = figures.perWeek.map { Double($0.count) }
        Sparkline.render(into: &buffer, area: Rect(x: left.x, y: y + 1, width: min(left.width - 2, max(1, weekly.count)), height: 1),
                         values: weekly, style: context.style(.chartBar))
        if let first = figures.perWeek.first, let last = figures.perWeek.last {
            buffer.write("\(first.week) … \(last.week)", x: left.x, y: y + 2, style: context.style(.muted), maxWidth: left.width - 1)
        }
        y += 4
        buffer.write(t(.column(.answered)) + ": \(figures.answered)", x: left.x, y: y, style: context.style(.listRow), maxWidth: left.width - 1)
        buffer.write(t(.dashboardOpenActions(figures.openActionItems)), x: left.x, y: y + 1, style: context.style(.listRow), maxWidth: left.width - 1)

        title(t(.dashboardReasons), right.x, right.y, right.width)
        let reasons = figures.perReason.map { Bar(context.text.language == .de ? $0.labelDE : $0.labelEN, Double($0.count)) }
        BarChart.render(into: &buffer, area: Rect(x: right.x, y: right.y + 1, width: right.width - 1, height: min(reasons.count, right.height - 1)),
                        bars: reasons, barStyle: context.style(.chartBar), labelStyle: context.style(.listRow))
        return nil
    }
}

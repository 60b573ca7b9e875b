import ModeratCore
import ModeratStore
import TerminalKit

/// The evaluation at a glance: comments by state, process and section, decision rates and
/// times, arrivals per week, rejection reasons, open action items. The same figures as
/// `moderat report`, computed when the screen opens or the database changes, never per frame.
struct DashboardScreen: Screen {
    var figures: ReportFigures?
    var loadError: String?

    mutating func reload(_ context: AppContext) {
        do {
            figures = try context.store.database.reportFigures()
            loadError = nil
        } catch {
            loadError = context.text.error(error)
        }
    }

    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult { .ignored }

    func helpLines(_ context: AppContext) -> [HelpEntry] { [] }

    func hints(_ context: AppContext) -> String { context.text(.hintsList) }

    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        let (heading, rest) = area.splitTop(1)
        buffer.fill(heading, style: context.style(.header))
        buffer.write(" " + t(.dashboardHeader), x: heading.x, y: heading.y, style: context.style(.header).adding(.bold))
        guard let figures else {
            buffer.write(" " + (loadError ?? ""), x: rest.x, y: rest.y, style: context.style(.error), maxWidth: rest.width - 1)
            return nil
        }
        let inner = Rect(x: rest.x + 1, y: rest.y + 1, width: rest.width - 2, height: rest.height - 1)
        let (left, right) = inner.splitLeft(inner.width / 2)
        var column = DashboardColumn(area: Rect(x: left.x, y: left.y, width: left.width - 2, height: left.height))
        column.bars(t(.dashboardTotals), CommentState.allCases.map { Bar(t(.state($0)), Double(figures.dashboard.perState[$0] ?? 0)) },
                    into: &buffer, context)
        if let approval = figures.approvalRate, let rejection = figures.rejectionRate {
            for text in t(.dashboardRates(approved: approval, rejected: rejection)).split(separator: "\n") {
                column.line(String(text), into: &buffer, context)
            }
        }
        for text in t(.dashboardDecisionTime(median: figures.medianSeconds, p90: figures.percentile90Seconds)).split(separator: "\n") {
            column.line(String(text), into: &buffer, context)
        }
        column.line(t(.column(.answered)) + ": \(figures.dashboard.answered) · " + t(.dashboardOpenActions(figures.openActionItems.count)),
                    into: &buffer, context)
        column.skip()
        column.sparkline(t(.dashboardPerWeek), WeekSeries.filled(figures.dashboard.perWeek), into: &buffer, context)

        var second = DashboardColumn(area: right)
        second.bars(t(.dashboardPerProcess), figures.perProcess.map { Bar($0.slug, Double($0.comments)) }, into: &buffer, context)
        let reasons = figures.dashboard.perReason.map { Bar(t.language == .de ? $0.labelDE : $0.labelEN, Double($0.count)) }
        // Sections get what the reasons leave, biggest first.
        let sectionRoom = max(0, second.remaining - reasons.count - 4)
        let sections = figures.perSection.sorted { $0.comments > $1.comments }.prefix(sectionRoom)
        let several = figures.perProcess.count > 1
        second.bars(t(.dashboardPerSection), sections.map { Bar(several ? "\($0.process)/\($0.code)" : $0.code, Double($0.comments)) },
                    into: &buffer, context)
        second.bars(t(.dashboardReasons), reasons, into: &buffer, context)
        return nil
    }
}

/// Stacks titled charts and lines down one column of the dashboard.
struct DashboardColumn {
    let area: Rect
    var y: Int

    init(area: Rect) {
        self.area = area
        self.y = area.y
    }

    var remaining: Int { area.maxY - y }

    mutating func skip() { y += 1 }

    mutating func title(_ text: String, into buffer: inout Buffer, _ context: AppContext) {
        guard y < area.maxY else { return }
        buffer.write(text, x: area.x, y: y, style: context.style(.listHeader).adding(.bold), cutTo: area.width)
        y += 1
    }

    mutating func line(_ text: String, into buffer: inout Buffer, _ context: AppContext) {
        guard y < area.maxY else { return }
        buffer.write(TextLayout.truncate(text, toWidth: area.width), x: area.x, y: y, style: context.style(.listRow))
        y += 1
    }

    mutating func bars(_ heading: String, _ bars: [Bar], into buffer: inout Buffer, _ context: AppContext) {
        guard !bars.isEmpty, remaining > 1 else { return }
        title(heading, into: &buffer, context)
        let rows = min(bars.count, remaining)
        BarChart.render(into: &buffer, area: Rect(x: area.x, y: y, width: area.width, height: rows),
                        bars: Array(bars.prefix(rows)), barStyle: context.style(.chartBar), labelStyle: context.style(.listRow))
        y += rows + 1
    }

    mutating func sparkline(_ heading: String, _ weeks: [(week: String, count: Int)], into buffer: inout Buffer, _ context: AppContext) {
        guard !weeks.isEmpty, remaining > 2 else { return }
        title(heading, into: &buffer, context)
        let values = weeks.map { Double($0.count) }
        Sparkline.render(into: &buffer, area: Rect(x: area.x, y: y, width: min(area.width, values.count), height: 1),
                         values: values, style: context.style(.chartBar))
        y += 1
        if let first = weeks.first, let last = weeks.last {
            line("\(first.week) … \(last.week) · max \(weeks.map(\.count).max() ?? 0)", into: &buffer, context)
        }
    }
}

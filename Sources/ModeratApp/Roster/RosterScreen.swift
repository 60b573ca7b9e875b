import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

extension TableScreen {
    /// The advisory board: seats by group, who holds each, vacancies and terms ending soon.
    static func roster() -> TableScreen {
        TableScreen(load: RosterContent.load)
    }
}

/// How the Roster screen fills its table.
enum RosterContent {
    /// Terms ending within this many days are warnings.
    static let warningDays = 60

    static func load(_ context: AppContext) throws -> TableContent {
        let t = context.text
        let today = DayFormat.day(context.now)
        let soon = DayFormat.day(context.now.addingTimeInterval(Double(warningDays) * 86_400))
        guard let board = try context.store.database.boards().first else {
            return TableContent(heading: t(.rosterHeader), columns: [], rows: [])
        }
        let seats = try context.store.database.rosterSeats(boardSlug: board.slug, on: today)
        var warnings: [String] = []
        let rows = seats.map { seat -> TableRow in
            let endsSoon = seat.endsOn.map { $0 <= soon } ?? false
            if endsSoon, let name = seat.memberName, let end = seat.endsOn {
                warnings.append(t(.warningTermEnds(name, DayFormat.german(end))))
            }
            return TableRow(id: seat.seatId,
                            cells: [seat.groupName, seat.seatLabel, seat.memberName ?? t(.vacant), seat.role.map { t(.term($0)) } ?? "",
                                    seat.endsOn.map(DayFormat.german) ?? ""],
                            role: seat.memberName == nil ? .warning : (endsSoon ? .warning : nil),
                            detail: [seat.delegatingBody, seat.startsOn.map { "\(DayFormat.german($0)) – \(seat.endsOn.map(DayFormat.german) ?? "")" }]
                                .compactMap { $0 })
        }
        let vacancies = seats.filter { $0.memberName == nil }.count
        return TableContent(
            heading: "\(board.name) – \(t(.vacancies(vacancies)))",
            summary: warnings,
            columns: [TableColumn(title: "", width: 22), TableColumn(title: t(.column(.seat)), width: 16),
                      TableColumn(title: t(.column(.member)), width: nil), TableColumn(title: t(.column(.role)), width: 10),
                      TableColumn(title: t(.column(.until)), width: 10)],
            rows: rows)
    }
}

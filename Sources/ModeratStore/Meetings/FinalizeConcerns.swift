import Foundation
import ModeratCore

/// Why marking minutes final needs a second thought: the meeting may not have happened yet,
/// or the published minutes would show a gap ("Sitzungsleitung: –", "Beginn: –", an empty
/// TOP heading, a signature line for nobody). Both the workbench's `F` and
/// `moderat minutes finalize` ask with every concern named; open drafts are not a concern,
/// they refuse.
public enum FinalizeConcern: Equatable, Sendable {
    /// The meeting is dated after today.
    case inTheFuture(date: String)
    /// Nobody is recorded as present.
    case nobodyPresent
    /// No Sitzungsleitung: the minutes say "–" and the chair's signature line names no one.
    case noChair
    /// No Protokollführung.
    case noMinuteTaker
    /// No start time ("Beginn: –").
    case noStartTime
    /// No end time ("Ende: –").
    case noEndTime
    /// TOPs with neither prose nor a decision nor an action item: bare headings in the minutes.
    case itemsWithoutText([Item])

    /// A TOP named in a concern.
    public struct Item: Equatable, Sendable {
        public var number: Int
        public var title: String

        public init(number: Int, title: String) {
            self.number = number
            self.title = title
        }
    }
}

extension MeetingRecord {
    /// What to ask about before marking these minutes final, given today's date: the one
    /// rule for what counts as a gap.
    public func finalizeConcerns(today: CalendarDay) -> [FinalizeConcern] {
        var concerns: [FinalizeConcern] = []
        if let day = CalendarDay(date), day > today { concerns.append(.inTheFuture(date: date)) }
        if !attendance.contains(where: { $0.status == .present }) { concerns.append(.nobodyPresent) }
        if Self.isBlank(details.chair) { concerns.append(.noChair) }
        if Self.isBlank(minuteTaker) { concerns.append(.noMinuteTaker) }
        if Self.isBlank(startsAt) { concerns.append(.noStartTime) }
        if Self.isBlank(endsAt) { concerns.append(.noEndTime) }
        let empty = items.filter { item in
            item.minutes.decisions.isEmpty && item.minutes.actions.isEmpty
                && item.minutes.result.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        if !empty.isEmpty { concerns.append(.itemsWithoutText(empty.map { FinalizeConcern.Item(number: $0.number, title: $0.title) })) }
        return concerns
    }

    private static func isBlank(_ text: String?) -> Bool {
        (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}

import ModeratCore

/// One meeting with everything its minutes say: attendance, quorum, agenda items with
/// their results, decisions and action items, the minutes' status and amendments.
public struct MeetingRecord: Equatable, Sendable {
    public var id: Int64
    public var boardName: String
    public var title: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var place: String
    /// UTC timestamps (ISO 8601), shown in Berlin time.
    public var startsAt: String?
    public var endsAt: String?
    public var minuteTaker: String?
    public var nextMeetingOn: String?
    public var attendance: [AttendanceLine]
    public var guests: [Guest]
    public var items: [AgendaItemRecord]
    public var minutes: MinutesRecord
    public var amendments: [Amendment]
    public var quorum: Quorum

    /// The item with this number (TOP n).
    public func item(number: Int) -> AgendaItemRecord? { items.first { $0.number == number } }
}

/// A member at a meeting, from the roster as it stood on the day.
public struct AttendanceLine: Equatable, Sendable {
    public var memberId: Int64
    public var name: String
    public var status: AttendanceStatus
    /// Whom this substitute stood in for.
    public var standingInFor: String?
    /// Held a seat (not as substitute) on the day.
    public var holdsSeat: Bool
}

/// A guest of a meeting.
public struct Guest: Equatable, Sendable {
    public var name: String
    public var affiliation: String
}

/// One agenda item (TOP) and its minutes.
public struct AgendaItemRecord: Equatable, Sendable {
    public var id: Int64
    public var number: Int
    public var title: String
    public var isPublic: Bool
    public var minutes: AgendaMinutes
    /// For optimistic concurrency: saving needs the version the editor started from.
    public var version: Int
    public var updatedAt: String?
    public var updatedBy: String?
    /// Action items with whether they are done (the minutes text holds only who/what/due).
    public var actionStates: [ActionItemState]
}

/// An action item's id and completion, parallel to `AgendaMinutes.actions`.
public struct ActionItemState: Equatable, Sendable {
    public var id: Int64
    public var doneOn: String?
}

/// The status of a meeting's minutes.
public struct MinutesRecord: Equatable, Sendable {
    public var status: MinutesStatus
    public var previousApproved: Bool
    public var quorumNote: String
    /// Never in a public export.
    public var privateNotes: String
    public var version: Int
    public var finalizedAt: String?
    public var finalizedBy: String?

    static let empty = MinutesRecord(status: .draft, previousApproved: false, quorumNote: "", privateNotes: "", version: 0)
}

/// A recorded change to final minutes.
public struct Amendment: Equatable, Sendable {
    public var id: Int64
    /// The TOP it amends (nil: the minutes as a whole).
    public var itemNumber: Int?
    public var text: String
    public var author: String
    public var createdAt: String
}

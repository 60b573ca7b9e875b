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
    /// Details of an Ergebnisprotokoll (see `MeetingDetails`).
    public var details: MeetingDetails
    public var attendance: [AttendanceLine]
    public var guests: [Guest]
    public var items: [AgendaItemRecord]
    public var minutes: MinutesRecord
    public var amendments: [Amendment]
    public var quorum: Quorum
    /// Who held a voting seat on the day (for the voters present at each TOP).
    public var votingHolders: Set<Int64> = []

    /// Voting members present or represented during TOP `number`, counting arrivals and
    /// departures: what a vote at that TOP can add up to at most.
    public func voters(atItem number: Int) -> Int {
        let entries = attendance.map { line in
            AttendanceEntry(memberId: line.memberId, status: line.isPresent(atItem: number) ? .present : .absent,
                            standingInFor: line.standingInForId)
        }
        return QuorumRule.compute(seats: quorum.seats, holders: votingHolders, attendance: entries, fraction: quorum.fraction).represented
    }

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
    public var standingInForId: Int64? = nil
    /// Held a seat (not as substitute) on the day.
    public var holdsSeat: Bool
    /// Came late: present from this TOP on.
    public var arrivedAtItem: Int? = nil
    /// Left early: present up to and including this TOP.
    public var leftAfterItem: Int? = nil

    /// Whether this line is at the meeting during TOP `number` (present, and not before
    /// arriving or after leaving).
    public func isPresent(atItem number: Int) -> Bool {
        status == .present && (arrivedAtItem.map { number >= $0 } ?? true) && (leftAfterItem.map { number <= $0 } ?? true)
    }
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
    public var previousApproved: Bool { previousApproval == .approved || previousApproval == .amended }
    /// What the meeting decided on the previous minutes; nil: not recorded yet.
    public var previousApproval: PreviousMinutesApproval?
    public var quorumNote: String
    /// Never in a public export.
    public var privateNotes: String
    public var version: Int
    public var finalizedAt: String?
    public var finalizedBy: String?

    static let empty = MinutesRecord(status: .draft, previousApproval: nil, quorumNote: "", privateNotes: "", version: 0)
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

/// What a meeting decided on the minutes of the one before.
public enum PreviousMinutesApproval: String, CaseIterable, Sendable {
    case approved
    /// Approved with changes.
    case amended
    case notApproved = "not-approved"
    /// There was no previous meeting (the first one) or nothing to approve.
    case none
}

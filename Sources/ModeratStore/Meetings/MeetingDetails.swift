import ModeratCore

/// What an Ergebnisprotokoll records beyond attendance and TOPs: whether the session was
/// public, who chaired it, the next meeting, the signature block, the distribution list and
/// the attachments. The minute-taker and the private and quorum notes live on the meeting and
/// the minutes but are changed through `MeetingDetailsChange` too.
public struct MeetingDetails: Equatable, Sendable {
    public var isPublic: Bool = true
    /// Sitzungsleitung (signs as Vorsitz).
    public var chair: String?
    /// "HH:MM" (Berlin).
    public var nextMeetingTime: String?
    public var nextMeetingPlace: String?
    /// Where and when the minutes are signed (defaults: the meeting's place, the day they were made final).
    public var signaturePlace: String?
    public var signatureDate: String?
    /// Who receives the minutes, one entry a line.
    public var distribution: [String] = []
    /// Documents attached to the minutes, one a line.
    public var attachments: [String] = []

    public init() {}
}

/// A change to a meeting's details: nil leaves a field as it is; an empty string clears it.
public struct MeetingDetailsChange: Equatable, Sendable {
    /// The meeting's start and end, "HH:MM" Berlin time on its day; "" clears.
    public var startsAt: String?
    public var endsAt: String?
    public var isPublic: Bool?
    public var chair: String?
    public var minuteTaker: String?
    public var previousApproval: PreviousMinutesApproval?
    /// `YYYY-MM-DD` (or `DD.MM.YYYY`); "" clears.
    public var nextMeetingDate: String?
    public var nextMeetingTime: String?
    public var nextMeetingPlace: String?
    public var privateNotes: String?
    public var quorumNote: String?
    public var signaturePlace: String?
    public var signatureDate: String?
    public var distribution: [String]?
    public var attachments: [String]?

    public init() {}

    public var isEmpty: Bool { self == MeetingDetailsChange() }
}

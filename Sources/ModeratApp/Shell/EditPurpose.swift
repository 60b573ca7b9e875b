import ModeratStore

/// What an $EDITOR run is for: the screen that asked knows its text by it when it comes
/// back, and the UI words it (never shows it) when the editor fails.
public enum EditPurpose: Equatable, Sendable {
    case commentAnswer(commentId: Int64)
    case commentNote(commentId: Int64)
    /// A TOP's minutes while they are a draft.
    case minutes(meetingId: Int64, itemNumber: Int)
    /// An amendment to a TOP of final minutes.
    case amendment(meetingId: Int64, itemNumber: Int)
    /// The rationale of a consideration (Abwägung) of a comment, passage or group.
    case rationale(ConsiderationTarget)
}

import ModeratCore
import TerminalKit

/// What a screen asks the shell to do after handling an event.
public enum ScreenResult: Sendable, Equatable {
    /// Consumed; nothing more to do.
    case handled
    /// Not a key of this screen: the shell's global keys get it.
    case ignored
    /// Consumed, with a message for the status line.
    case message(String)
    case error(String)
    /// Consumed, with a yes/no question (the words only: the shell adds the one key hint every
    /// question shares) drawn in full: wrapped over as many lines as it needs,
    /// because what it asks about may not be taken back.
    case question(String)
    /// Open a comment in the comment view.
    case openComment(Int64)
    /// Leave this view (the comment view goes back to the list).
    case close
    /// Show the queue filtered to a section.
    case showQueue(sectionId: Int64)
    /// Leave the comment view for the queue showing the detected group of this comment.
    case showGroup(commentId: Int64)
    /// The comment view moves on to another comment of its list (nil: there is none), with
    /// what to say on the status line.
    case advance(to: Int64?, message: String, isError: Bool)
    /// Show the list of this session's decisions (to undo one).
    case showUndoList
    /// Show a meeting and its minutes on the Meetings tab, at TOP `agendaNumber` when given.
    case showMeeting(id: Int64, agendaNumber: Int?)
    /// Edit a text in $EDITOR; the result comes back through `editorFinished`.
    case editExternally(text: String, purpose: EditPurpose)
}

/// A screen of the workbench: state plus how it reacts to keys and how it draws itself.
protocol Screen {
    /// Loads (or reloads) what the screen shows, keeping the cursor where it can.
    mutating func reload(_ context: AppContext)
    /// One event; returns what the shell should do next.
    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult
    /// Draws into `area`; returns where the terminal cursor belongs (a text field) or nil.
    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)?
    /// The bindings of this screen for the help overlay.
    func helpLines(_ context: AppContext) -> [HelpEntry]
    /// True while a text field or dialog has the focus, so typed letters are text.
    var capturesInput: Bool { get }
    /// Short key hints for the status line.
    func hints(_ context: AppContext) -> String
    /// The text that came back from $EDITOR for a purpose this screen asked for.
    mutating func editorFinished(_ text: String?, purpose: EditPurpose, _ context: AppContext) -> ScreenResult
    /// Called on every idle tick (half a second apart at most): autosave and the like.
    mutating func tick(_ context: AppContext)
    /// Someone else committed: show what changed, but keep acting on what the user saw, so
    /// a decision made on the old picture is refused with who and when, never applied over
    /// the other person's.
    mutating func refreshAfterOthers(_ context: AppContext)
    /// The terminal changed size (`context.bodySize` is the new one).
    mutating func resized(_ context: AppContext)
}

extension Screen {
    mutating func editorFinished(_ text: String?, purpose: EditPurpose, _ context: AppContext) -> ScreenResult { .handled }
    mutating func tick(_ context: AppContext) {}
    mutating func refreshAfterOthers(_ context: AppContext) { reload(context) }
    mutating func resized(_ context: AppContext) {}
    var capturesInput: Bool { false }
}

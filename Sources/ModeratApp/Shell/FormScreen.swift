import TerminalKit

/// A screen that opens one `ScreenForm` at a time (the roster's term form, the meetings'
/// forms) and shows the form's problems under it.
protocol FormScreen {
    associatedtype Form: ScreenForm
    var form: Form? { get set }
    /// What keeps the form from saving, in the user's words; empty when it may save.
    var formProblems: [String] { get set }
    /// Checks the open form again after a change.
    mutating func refreshProblems(_ context: AppContext)
    /// Writes the open form (Enter); on a refusal the form stays open with the reason.
    mutating func saveForm(_ context: AppContext) -> ScreenResult
    /// Reads the screen's content again (after a write).
    mutating func reload(_ context: AppContext)
}

extension FormScreen {
    /// One event for the open form: Esc closes it, Enter saves, anything else is checked
    /// again; `.ignored` when no form is open.
    mutating func handleForm(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        switch form.take(event) {
        case nil: return .ignored
        case .cancel:
            formProblems = []
            return .handled
        case .save:
            return saveForm(context)
        case .continues:
            refreshProblems(context)
            return .handled
        }
    }

    /// A form's write was refused: the form stays open and shows why.
    mutating func keepForm(refusedBy error: Error, _ context: AppContext) -> ScreenResult {
        formProblems = [context.text.error(error)]
        return .handled
    }

    /// A form's write went through: the form closes, the screen reads what it wrote.
    mutating func closeForm(saying message: String, _ context: AppContext) -> ScreenResult {
        form = nil
        formProblems = []
        reload(context)
        return .message(message)
    }
}

import TerminalKit

/// A built-in editor whose text is kept as a draft as it is typed (a comment's answer or
/// note, a TOP's minutes) and may be handed to `$EDITOR`.
protocol DraftEditor {
    var editPurpose: EditPurpose { get }
    var state: TextEditorState { get set }
    mutating func autosave(_ context: AppContext)
}

extension DraftEditor {
    /// The text `$EDITOR` gave back for `purpose` goes into the open editor and its draft;
    /// nil text means the editor failed, which the user is told. Another purpose's text
    /// (the editor was closed meanwhile) changes nothing.
    static func finished(_ editor: inout Self?, text: String?, purpose: EditPurpose, _ context: AppContext) -> ScreenResult {
        guard var open = editor, open.editPurpose == purpose else { return .handled }
        guard let text else { return .error(context.text(.editorFailed(purpose))) }
        // Editors end files with a newline the user did not type.
        open.state = TextEditorState(text: text.hasSuffix("\n") ? String(text.dropLast()) : text)
        open.autosave(context)
        editor = open
        return .handled
    }
}

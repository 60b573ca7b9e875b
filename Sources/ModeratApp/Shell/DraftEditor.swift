import TerminalKit

/// A built-in editor whose text is kept as a draft as it is typed (a comment's answer or
/// note, a TOP's minutes) and may be handed to `$EDITOR`.
protocol DraftEditor {
    var editPurpose: EditPurpose { get }
    var state: TextEditorState { get set }
    mutating func autosave(_ context: AppContext)
}

/// What an event did to an open draft editor; the screen does what it means.
enum DraftEditorStep: Equatable {
    /// Typed, pasted or moved: the editor stays open.
    case continues
    /// Ctrl-S, the draft saved: the screen writes the text where it belongs.
    case save
    /// Esc, the draft saved: the screen closes the editor.
    case leave
}

extension DraftEditor {
    /// The keys every draft editor shares: pasted text and typing go into the text (wrapped at
    /// `wrapWidth`), Ctrl-S and Esc save the draft and say what the screen should do. A screen
    /// takes its own keys (Ctrl-E and the like) before calling this.
    mutating func take(_ event: InputEvent, wrapWidth: Int, _ context: AppContext) -> DraftEditorStep {
        switch event {
        case .paste(let text):
            state.insert(text)
        case .key(.control("s")):
            autosave(context)
            return .save
        case .key(.escape):
            autosave(context)
            return .leave
        case .key(let key):
            _ = state.handle(key, wrapWidth: wrapWidth)
        default:
            break
        }
        return .continues
    }

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

import ModeratStore
import TerminalKit

extension MeetingsScreen {
    /// Keys while the minutes editor is open: typing saves a draft every few seconds,
    /// Ctrl-S writes the TOP, Esc goes back (the draft kept and marked in the TOP list),
    /// Ctrl-E opens $EDITOR, Ctrl-R takes the other version after a conflict, F3 or Ctrl-G
    /// searches; undo and redo are the editor's own (Ctrl-/, Ctrl-Y).
    mutating func handleEditor(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        guard var open = editor else { return .ignored }
        defer { if editor != nil { editor = open } }
        if open.search != nil { return handleSearch(event, &open, context) }
        switch event {
        case .paste(let text):
            open.state.insert(text)
        case .key(.control("s")):
            let (result, done) = open.commit(context)
            if done {
                editor = nil
                reload(context)
            }
            return result
        case .key(.control("r")):
            open.takeTheirs(context)
        case .key(.control("e")):
            open.autosave(context)
            return .editExternally(text: open.state.text, purpose: open.editPurpose)
        case .key(.escape):
            open.autosave(context)
            editor = nil
            reload(context)
            let kept = drafts.contains { $0.itemId == open.itemId && $0.owner == context.store.account }
            return kept && open.purpose == .item ? .message(context.text(.meetings(.work(.leftEditor(open.number))))) : .handled
        case .key(.function(3)), .key(.control("g")):
            open.search = TextFieldState(text: open.lastSearch)
            return .handled
        case .key(let key):
            _ = open.state.handle(key, wrapWidth: MeetingLayout.editorWidth(context))
        default:
            break
        }
        open.autosaveIfDue(context)
        return .handled
    }

    /// The search prompt: Enter finds the next match (and again), Esc closes it.
    func handleSearch(_ event: InputEvent, _ open: inout MinutesEditor, _ context: AppContext) -> ScreenResult {
        switch event {
        case .paste(let text): open.search?.insert(text)
        case .key(.escape):
            open.search = nil
        case .key(.enter), .key(.function(3)):
            let term = open.search?.text ?? ""
            open.lastSearch = term
            if !open.state.find(term) { return .error(context.text(.meetings(.work(.notFound(term))))) }
        case .key(let key): _ = open.search?.handle(key)
        default: break
        }
        return .handled
    }

    mutating func editorFinished(_ text: String?, purpose: EditPurpose, _ context: AppContext) -> ScreenResult {
        guard var open = editor, open.editPurpose == purpose else { return .handled }
        guard let text else { return .error(context.text(.editorFailed(purpose))) }
        // Editors end files with a newline the user did not type.
        open.state = TextEditorState(text: text.hasSuffix("\n") ? String(text.dropLast()) : text)
        open.autosave(context)
        editor = open
        return .handled
    }
}

extension App {
    /// The Meetings screen's editor keeps its draft too when a signal or quitting ends the app.
    func saveMeetingDraft() {
        screens.meetings.editor?.autosave(context)
    }
}

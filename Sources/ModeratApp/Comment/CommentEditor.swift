import Foundation
import ModeratStore
import TerminalKit

/// The built-in editor for a comment's public answer or internal note. What is typed is
/// saved as a draft while you type, so a dropped SSH connection loses nothing; Ctrl-S
/// writes it to the comment, Esc leaves (the draft stays until saved or emptied).
struct CommentEditor: DraftEditor {
    enum Field: String {
        case answer, note
    }

    let field: Field
    let commentId: Int64
    var state: TextEditorState
    var savedText: String

    var draftKey: String { Self.draftKey(commentId: commentId, field: field) }

    /// What an $EDITOR run on this field is for.
    var editPurpose: EditPurpose {
        field == .answer ? .commentAnswer(commentId: commentId) : .commentNote(commentId: commentId)
    }

    /// Where a comment's answer or note waits while it is being written.
    static func draftKey(commentId: Int64, field: Field) -> String { "comment:\(commentId):\(field.rawValue)" }

    /// Opens the editor on the stored text, or on a draft left from an earlier session.
    static func open(_ field: Field, detail: CommentDetail, _ context: AppContext) -> CommentEditor {
        let stored = (field == .answer ? detail.publicAnswer : detail.internalNote) ?? ""
        var editor = CommentEditor(field: field, commentId: detail.id, state: TextEditorState(text: stored), savedText: stored)
        if let draft = try? context.store.loadDraft(editor.draftKey), draft.text != stored {
            editor.state = TextEditorState(text: draft.text)
            editor.savedText = draft.text
        }
        return editor
    }

    /// Saves the draft when the text changed since the last save.
    mutating func autosave(_ context: AppContext) {
        let text = state.text
        guard text != savedText else { return }
        do {
            try context.store.saveDraft(draftKey, text: text)
            savedText = text
        } catch {
            // The next tick tries again; the text is still in the editor.
        }
    }

    /// Writes the text to the comment (guarded by its version) and drops the draft.
    func commit(version: Int, _ context: AppContext) throws {
        let text = state.text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch field {
        case .answer: _ = try context.store.setAnswer(commentId, text.isEmpty ? nil : text, expectedVersion: version)
        case .note: _ = try context.store.setNote(commentId, text.isEmpty ? nil : text, expectedVersion: version)
        }
        try context.store.deleteDraft(draftKey)
    }
}

extension CommentScreen {
    mutating func openEditor(_ field: CommentEditor.Field, _ context: AppContext) -> ScreenResult {
        guard let detail else { return .handled }
        editor = CommentEditor.open(field, detail: detail, context)
        return .handled
    }

    mutating func handleEditor(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        guard var open = editor else { return .ignored }
        if event == .key(.control("e")) {
            open.autosave(context)
            editor = open
            return .editExternally(text: open.state.text, purpose: open.editPurpose)
        }
        let step = open.take(event, wrapWidth: CommentLayout.bodyWidth(for: context.bodySize.width) - 2, context)
        editor = step == .leave ? nil : open
        guard step == .save, let detail else { return .handled }
        do {
            try open.commit(version: detail.version, context)
            editor = nil
            reload(context)
            return .message(context.text(open.field == .answer ? .answerSaved : .noteSaved))
        } catch {
            return DecisionWriter.describe(error, context)
        }
    }

    mutating func editorFinished(_ text: String?, purpose: EditPurpose, _ context: AppContext) -> ScreenResult {
        CommentEditor.finished(&editor, text: text, purpose: purpose, context)
    }
}

import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// The built-in editor for a consideration's public rationale. What is typed is kept as a
/// draft under the same key a conflict uses, so neither a dropped connection nor another
/// moderator's write loses it; Ctrl-S saves, Esc leaves (the draft stays).
struct RationaleEditor: DraftEditor {
    let unit: ConsiderationUnit
    var state: TextEditorState
    var savedText: String

    static func purpose(_ target: ConsiderationTarget) -> EditPurpose { .rationale(target) }

    var editPurpose: EditPurpose { Self.purpose(unit.target) }

    static func open(_ unit: ConsiderationUnit, _ context: AppContext) -> RationaleEditor {
        let stored = unit.consideration?.rationale ?? ""
        var editor = RationaleEditor(unit: unit, state: TextEditorState(text: stored), savedText: stored)
        if let draft = try? context.store.loadDraft(unit.target.draftKey), draft.text != stored {
            editor.state = TextEditorState(text: draft.text)
            editor.savedText = draft.text
        }
        return editor
    }

    /// Saves the draft when the text changed since the last save.
    mutating func autosave(_ context: AppContext) {
        guard state.text != savedText else { return }
        if (try? context.store.saveDraft(unit.target.draftKey, text: state.text)) != nil { savedText = state.text }
    }
}

extension ConsiderationPanel {
    mutating func handleEditor(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        guard var open = editor else { return .ignored }
        let step = open.take(event, wrapWidth: max(20, min(86, context.bodySize.width - 6)), context)
        editor = step == .leave ? nil : open
        guard step == .save, let c = open.unit.consideration else { return .handled }
        editor = nil
        let result = write(open.unit, outcome: c.outcome, rationale: open.state.text, context)
        if case .error = result {
            // Someone else wrote it meanwhile: keep typing on what is stored now.
            let fresh = all.first { $0.target == open.unit.target } ?? open.unit
            editor = RationaleEditor(unit: fresh, state: open.state, savedText: open.savedText)
            return result
        }
        try? context.store.deleteDraft(open.unit.target.draftKey)
        return .message(context.text(.consideration(.rationaleSaved)))
    }
}

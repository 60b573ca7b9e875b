import ModeratCore
import TerminalKit

extension DecisionFlow {
    /// Draws the open step over `area` (a picker box, or a one-line prompt at its foot).
    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        switch step {
        case .reason(let picker), .sections(let picker):
            let box = area.centered(width: min(70, area.width - 4), height: min(max(8, picker.items.count + 4), area.height - 2))
            return Picker.render(into: &buffer, area: box, state: picker, theme: context.theme)
        case .answer(let field):
            return prompt(t(.answerPrompt) + ": ", field: field, into: &buffer, area: area, context)
        case .note(let field):
            return prompt(t(.notePrompt) + ": ", field: field, into: &buffer, area: area, context)
        case .confirm:
            let message: String
            switch intent {
            case .decide(let kind): message = t(.confirmBulk(kind, targets.count))
            case .tag: message = t(clearsSections ? .tagsCleared(targets.count) : .tagsApplied(targets.count)) + "?"
            }
            let dialog = DialogState(title: t(.appName), message: message + "\n" + t(.confirmYesNo), buttons: [])
            Dialog.render(into: &buffer, area: area, state: dialog, theme: context.theme)
            return nil
        }
    }

    /// The status-line hints for the open step.
    func hints(_ context: AppContext) -> String {
        switch step {
        case .reason, .sections: return context.text(.hintsPicker)
        case .answer, .note: return context.text(.hintsField)
        case .confirm: return context.text(.confirmYesNo)
        }
    }

    private func prompt(_ label: String, field: TextFieldState, into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let row = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
        buffer.fill(row, style: context.style(.input))
        let used = buffer.write(label, x: row.x, y: row.y, style: context.style(.input).adding(.bold))
        return TextField.render(into: &buffer, area: Rect(x: row.x + used, y: row.y, width: row.width - used, height: 1),
                                state: field, style: context.style(.input))
    }
}

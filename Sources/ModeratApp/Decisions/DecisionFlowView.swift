import ModeratCore
import TerminalKit

extension DecisionFlow {
    /// Draws the open step over `area` (a box, or a one-line prompt at its foot).
    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        switch step {
        case .reason(let picker):
            ReasonPicker.render(into: &buffer, area: area, state: picker, title: title(context),
                                hint: t(.decision(.reasonPickerHints(picker.numbered))), theme: context.theme)
            return nil
        case .sections(let picker):
            let box = area.centered(width: min(70, area.width - 4), height: min(max(8, picker.items.count + 4), area.height - 2))
            return Picker.render(into: &buffer, area: box, state: picker, theme: context.theme)
        case .answer(let field):
            return prompt(t(.answerPrompt) + ": ", field: field, into: &buffer, area: area, context)
        case .note(let field):
            return prompt(t(.notePrompt) + ": ", field: field, into: &buffer, area: area, context)
        case .question(let message):
            QuestionBox.render(title: title(context), message: message + "\n\n" + t(.decision(.yesNo)), into: &buffer, area: area, context)
            return nil
        case .answerChoice(let old):
            QuestionBox.render(title: title(context), message: t(.decision(.oldAnswer(old))) + "\n\n" + t(.decision(.answerChoice)),
                               into: &buffer, area: area, context)
            return nil
        }
    }

    /// "Ablehnungsgrund – #479 Jannik Stein": whose decision the box is about.
    func title(_ context: AppContext) -> String {
        let t = context.text
        let base: String
        if case .reason = step { base = t(.reasonPickerTitle) } else { base = t(.appName) }
        return base + " – " + (label ?? t(.decision(.comments(targets.count))))
    }

    /// The item rows the reason picker shows in `area` (for moving its highlight).
    func viewport(in area: Rect, _ context: AppContext) -> Int {
        ReasonPicker.viewport(for: area, ReasonPickerState(items: reasons), title: title(context))
    }

    /// The status-line hints for the open step.
    func hints(_ context: AppContext) -> String {
        switch step {
        case .reason(let picker): return context.text(.decision(.reasonPickerHints(picker.numbered)))
        case .sections: return context.text(suggestedIds.isEmpty ? .hintsPicker : .similarity(.pickerHints))
        case .answer, .note: return context.text(.hintsField)
        case .question: return context.text(.decision(.yesNo))
        case .answerChoice: return context.text(.decision(.answerChoice))
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

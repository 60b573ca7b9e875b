import ModeratCore
import ModeratStore
import TerminalKit

/// What a moderator is about to do to one or more comments.
enum DecisionIntent: Equatable {
    case decide(DecisionKind)
    case tag
}

/// The dialog steps between a decision key and the write — reason, answer, note, sections,
/// and for marked comments a confirmation that says how many — shared by the queue and the
/// comment view so both decide the same way.
struct DecisionFlow {
    enum Step {
        case reason(PickerState)
        case answer(TextFieldState)
        case note(TextFieldState)
        case sections(PickerState)
        case confirm
    }

    /// What the flow wants after a key.
    enum Outcome: Equatable {
        case continues
        case cancelled
        case ready
    }

    let intent: DecisionIntent
    let targets: [CommentVersion]
    var step: Step
    var reason: String?
    var answer: String?
    var note: String?
    var sectionIds: Set<Int64> = []

    /// The id a picker uses for "no section".
    static let noSectionId = "none"

    /// Starts the flow; nil when nothing needs asking (approving one comment).
    static func start(_ intent: DecisionIntent, targets: [CommentVersion], currentTags: Set<Int64>,
                      _ context: AppContext) throws -> DecisionFlow? {
        let t = context.text
        switch intent {
        case .decide(.approve):
            return targets.count > 1 ? DecisionFlow(intent: intent, targets: targets, step: .confirm) : nil
        case .decide(.reject):
            let reasons = try Setup.reasons(context.store.database)
            let items = reasons.map { PickerItem(id: $0.code, label: t.language == .de ? $0.labelDE : $0.labelEN) }
            return DecisionFlow(intent: intent, targets: targets,
                                step: .reason(PickerState(title: t(.reasonPickerTitle), items: items, allowsMultiple: false)))
        case .decide(.hold):
            return DecisionFlow(intent: intent, targets: targets, step: .note(TextFieldState()))
        case .tag:
            let sections = try context.store.database.sectionOverview()
            let items = [PickerItem(id: noSectionId, label: t(.noSection))]
                + sections.map { PickerItem(id: String($0.id), label: "\($0.code)  \($0.title)") }
            let chosen = Set(currentTags.map(String.init))
            return DecisionFlow(intent: intent, targets: targets,
                                step: .sections(PickerState(title: t(.sectionPickerTitle), items: items, chosen: chosen)))
        }
    }

    /// Whether the flow ends in a confirmation (several comments at once).
    var isBulk: Bool { targets.count > 1 }

    mutating func handle(_ key: Key, _ context: AppContext) -> Outcome {
        switch step {
        case .reason(var picker):
            switch picker.handle(key) {
            case .applied(let chosen):
                reason = chosen.first
                step = .answer(TextFieldState())
            case .cancelled: return .cancelled
            default: step = .reason(picker)
            }
        case .answer(var field):
            switch field.handle(key) {
            case .submitted:
                answer = field.text.isEmpty ? nil : field.text
                return finishOrConfirm()
            case .cancelled: return .cancelled
            default: step = .answer(field)
            }
        case .note(var field):
            switch field.handle(key) {
            case .submitted:
                note = field.text.isEmpty ? nil : field.text
                return finishOrConfirm()
            case .cancelled: return .cancelled
            default: step = .note(field)
            }
        case .sections(var picker):
            switch picker.handle(key) {
            case .applied(let chosen):
                sectionIds = chosen.contains(DecisionFlow.noSectionId) ? [] : Set(chosen.compactMap { Int64($0) })
                return finishOrConfirm()
            case .cancelled: return .cancelled
            default: step = .sections(picker)
            }
        case .confirm:
            switch key {
            case .character("y"), .character("j"), .character("Y"), .character("J"), .enter: return .ready
            case .character("n"), .character("N"), .escape: return .cancelled
            default: break
            }
        }
        return .continues
    }

    /// Pasted text goes into whichever text field is open.
    mutating func paste(_ text: String) {
        switch step {
        case .answer(var field): field.insert(text); step = .answer(field)
        case .note(var field): field.insert(text); step = .note(field)
        default: break
        }
    }

    private mutating func finishOrConfirm() -> Outcome {
        if isBulk {
            step = .confirm
            return .continues
        }
        return .ready
    }
}

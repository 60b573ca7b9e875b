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
    /// "(kein Abschnitt)" was chosen: the targets lose every tag (for marked comments too).
    var clearsSections = false
    /// Picker item ids (section codes, "slug/code" across processes) to section ids.
    var sectionLookup: [String: Int64] = [:]

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
            // Only the targets' own processes' sections, with the code as the item id, so typing
            // "c1" finds C1 by id as well as by title.
            let choices = try context.store.database.sectionChoices(forComments: targets.map(\.id))
            let acrossProcesses = Set(choices.map(\.processSlug)).count > 1
            var lookup: [String: Int64] = [:]
            var items = [PickerItem(id: noSectionId, label: t(.noSection))]
            for choice in choices {
                let id = acrossProcesses ? "\(choice.processSlug)/\(choice.code)" : choice.code
                lookup[id] = choice.id
                let indent = String(repeating: "  ", count: min(choice.depth, 3))
                items.append(PickerItem(id: id, label: indent + "\(choice.code)  \(choice.title)"
                                        + (acrossProcesses ? "  · \(choice.processSlug)" : "")))
            }
            let chosen = Set(lookup.filter { currentTags.contains($0.value) }.keys)
            var flow = DecisionFlow(intent: intent, targets: targets,
                                    step: .sections(PickerState(title: t(.sectionPickerTitle), items: items, chosen: chosen)))
            flow.sectionLookup = lookup
            return flow
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
                clearsSections = chosen.contains(DecisionFlow.noSectionId)
                sectionIds = clearsSections ? [] : Set(chosen.compactMap { sectionLookup[$0] })
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

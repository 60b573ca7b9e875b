import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// What a moderator is about to do to one or more comments.
enum DecisionIntent: Equatable {
    case decide(DecisionKind)
    case tag

    var kind: DecisionKind? {
        if case .decide(let kind) = self { return kind }
        return nil
    }
}

/// The dialog steps between a decision key and the write, shared by the queue and the comment
/// view so both decide the same way: first the questions (marked comments, someone else's
/// decision or open comment, each default No), then reason, answer, note or sections.
/// Questions come before anything is typed, so a conflict never eats typed text.
struct DecisionFlow {
    enum Step {
        /// A yes/no question: only y says yes; n, Esc and Enter say no.
        case question(String)
        /// The public answer of the old decision: keep, edit or clear it.
        case answerChoice(old: String)
        case reason(ReasonPickerState)
        case answer(TextFieldState)
        case note(TextFieldState)
        case sections(PickerState)
    }

    /// Steps still to come, made into a `Step` when reached.
    enum Stage {
        case question(String)
        case answerChoice(String)
        case reason
        case answer(prefill: String)
        case note
        case sections
    }

    /// What the flow wants after a key.
    enum Outcome: Equatable {
        case continues
        case cancelled
        case ready
    }

    let intent: DecisionIntent
    let targets: [CommentVersion]
    /// "#479 Jannik Stein" for one comment; nil for several.
    let label: String?
    var step: Step
    var stages: [Stage]
    var reasons: [PickerItem] = []
    var reason: String?
    var answer: String?
    var note: String?
    var sectionIds: Set<Int64> = []
    /// "(kein Abschnitt)" was chosen: the targets lose every tag (for marked comments too).
    var clearsSections = false
    /// Picker item ids (section codes, "slug/code" across processes) to section ids.
    var sectionLookup: [String: Int64] = [:]
    var sectionItems: [PickerItem] = []
    var sectionsChosen: Set<String> = []
    /// Picker ids of the suggested sections, best first (one comment only); Tab takes the first.
    var suggestedIds: [String] = []

    /// The id a picker uses for "no section".
    static let noSectionId = "none"

    /// What pressing a decision key leads to.
    enum Begin {
        /// Questions or input first.
        case asking(DecisionFlow)
        /// Nothing to ask (approving one pending comment nobody else has open): write now.
        case writeNow(label: String?)
        /// Refused before anything was typed (someone changed it since it was shown, or it
        /// is in that state already); the screen should re-read what it shows.
        case refused(ScreenResult)
    }

    /// The one place a decision key starts: checks the targets against the database first.
    /// `marked`: the targets are the user's marks; `cursor`: the comment under the cursor.
    static func begin(_ intent: DecisionIntent, targets: [CommentVersion], marked: Bool,
                      cursor: (id: Int64, label: String)?, hidden: Int = 0, _ context: AppContext) -> Begin {
        let t = context.text
        do {
            for target in targets { try context.store.requireUnchanged(target) }
            var stages: [Stage] = []
            if marked {
                let question = t(.decision(.confirmMarked(intent.kind, count: targets.count, cursor: cursor?.label,
                                                          cursorMarked: targets.contains { $0.id == cursor?.id })))
                // Marks survive searches: say when some of them are not on screen.
                let end = question.last.map { ".?!".contains($0) } ?? true ? " " : ". "
                stages.append(.question(hidden > 0 ? question + end + t(.screen(.markedOutOfSight(hidden))) : question))
            }
            var label: String?
            var oldAnswer: String?
            if targets.count == 1, let target = targets.first, let detail = try context.store.comment(target.id) {
                label = CommentLabel.of(detail.id, author: detail.author?.displayName)
                var reverses = false
                if let kind = intent.kind {
                    if detail.state == kind.resultingState {
                        return .refused(.error(t(.decision(.refusal(.alreadyInState(commentId: detail.id, detail.state))))))
                    }
                    if detail.state != .pending, detail.decidedBy != nil || detail.decidedAt != nil {
                        let when = detail.decidedAt.flatMap(Timestamps.date).map { ConflictTime.phrase($0, now: context.now, t.language) }
                        stages.append(.question(t(.decision(.reversal(label ?? "", detail.state, by: detail.decidedBy, when: when, kind)))))
                        reverses = true
                    }
                    oldAnswer = try context.store.answerDropped(by: kind, commentId: detail.id)
                }
                // The reversal question already names who decided; a marked comment still
                // says who has it open after the question about the marks.
                if let claim = detail.claim, claim.account != context.account, !reverses {
                    stages.append(.question(t(.decision(.claimedBy(label ?? "", who: claim.moderatorName, intent.kind)))))
                }
            } else {
                let details = try targets.compactMap { try context.store.comment($0.id) }
                if let kind = intent.kind {
                    let decided = details.filter { $0.state != .pending && $0.state != kind.resultingState }.count
                    if decided > 0 { stages.append(.question(t(.decision(.reversalMany(decided: decided, of: targets.count, kind))))) }
                }
                let claims = details.compactMap(\.claim).filter { $0.account != context.account }
                if !claims.isEmpty {
                    var names: [String] = []
                    for claim in claims where !names.contains(claim.moderatorName) { names.append(claim.moderatorName) }
                    stages.append(.question(t(.decision(.claimedMany(open: claims.count, of: targets.count, who: names, intent.kind)))))
                }
            }
            var flow = DecisionFlow(intent: intent, targets: targets, label: label, step: .question(""), stages: [])
            switch intent {
            case .decide(.approve):
                if let oldAnswer { stages.append(.answerChoice(oldAnswer)) }
            case .decide(.reject):
                flow.reasons = try Setup.reasons(context.store.database).map { reason in
                    PickerItem(id: reason.code, label: t.language == .de ? reason.labelDE : reason.labelEN)
                }
                stages.append(.reason)
                stages.append(oldAnswer.map { .answerChoice($0) } ?? .answer(prefill: ""))
            case .decide(.hold):
                if let oldAnswer { stages.append(.answerChoice(oldAnswer)) }
                stages.append(.note)
            case .tag:
                try flow.prepareSections(currentTags: targets.count == 1 ? currentTags(targets[0].id, context) : [], context)
                stages.append(.sections)
            }
            guard !stages.isEmpty else { return .writeNow(label: label) }
            flow.stages = stages
            _ = flow.advance(context)
            return .asking(flow)
        } catch {
            return .refused(DecisionWriter.describe(error, context))
        }
    }

    private static func currentTags(_ id: Int64, _ context: AppContext) throws -> Set<Int64> {
        Set(try context.store.comment(id)?.tags.map(\.id) ?? [])
    }

    /// Only the targets' own processes' sections, with the code as the item id, so typing
    /// "c1" finds C1 by id as well as by title. For one comment the suggested sections come
    /// first, marked ★ (SuggestedSections).
    private mutating func prepareSections(currentTags: Set<Int64>, _ context: AppContext) throws {
        let t = context.text
        let choices = try context.store.database.sectionChoices(forComments: targets.map(\.id))
        let acrossProcesses = Set(choices.map(\.processSlug)).count > 1
        var items = [PickerItem(id: Self.noSectionId, label: t(.noSection))]
        for choice in choices {
            let id = acrossProcesses ? "\(choice.processSlug)/\(choice.code)" : choice.code
            sectionLookup[id] = choice.id
            let indent = String(repeating: "  ", count: min(choice.depth, 3))
            items.append(PickerItem(id: id, label: indent + "\(choice.code)  \(choice.title)"
                                    + (acrossProcesses ? "  · \(choice.processSlug)" : "")))
        }
        if targets.count == 1, !acrossProcesses, let target = targets.first {
            (items, suggestedIds) = try SuggestedSections.first(items, commentId: target.id, lookup: sectionLookup, context)
        }
        sectionItems = items
        sectionsChosen = Set(sectionLookup.filter { currentTags.contains($0.value) }.keys)
    }

    /// Whether the flow writes to several comments at once.
    var isBulk: Bool { targets.count > 1 }

    /// Goes on to the next stage; `.ready` when none is left.
    private mutating func advance(_ context: AppContext) -> Outcome {
        guard !stages.isEmpty else { return .ready }
        switch stages.removeFirst() {
        case .question(let text): step = .question(text)
        case .answerChoice(let old): step = .answerChoice(old: old)
        case .reason: step = .reason(ReasonPickerState(items: reasons))
        case .answer(let prefill): step = .answer(TextFieldState(text: prefill))
        case .note: step = .note(TextFieldState())
        case .sections:
            step = .sections(PickerState(title: context.text(.sectionPickerTitle), items: sectionItems, chosen: sectionsChosen))
        }
        return .continues
    }

    mutating func handle(_ key: Key, viewport: Int, _ context: AppContext) -> Outcome {
        switch step {
        case .question:
            switch key {
            case .character("y"), .character("Y"): return advance(context)
            case .character("n"), .character("N"), .escape, .enter: return .cancelled
            default: return .continues
            }
        case .answerChoice(let old):
            switch key {
            case .character("1"):
                answer = old
                return advance(context)
            case .character("2"):
                stages.insert(.answer(prefill: old), at: 0)
                return advance(context)
            case .character("3"):
                answer = nil
                return advance(context)
            case .escape: return .cancelled
            default: return .continues
            }
        case .reason(var picker):
            switch picker.handle(key, viewport: viewport) {
            case .chosen(let code):
                reason = code
                return advance(context)
            case .cancelled: return .cancelled
            case .continues: step = .reason(picker)
            }
        case .answer(var field):
            switch field.handle(key) {
            case .submitted:
                answer = field.text.isEmpty ? nil : field.text
                return advance(context)
            case .cancelled: return .cancelled
            default: step = .answer(field)
            }
        case .note(var field):
            switch field.handle(key) {
            case .submitted:
                note = field.text.isEmpty ? nil : field.text
                return advance(context)
            case .cancelled: return .cancelled
            default: step = .note(field)
            }
        case .sections(var picker):
            // One key takes the best suggestion, beside the tags the comment already has.
            if key == .tab, let first = suggestedIds.first {
                sectionIds = Set(picker.chosen.subtracting([Self.noSectionId]).compactMap { sectionLookup[$0] } + [sectionLookup[first]].compactMap { $0 })
                clearsSections = false
                return advance(context)
            }
            switch picker.handle(key) {
            case .applied(let chosen):
                clearsSections = chosen.contains(DecisionFlow.noSectionId)
                sectionIds = clearsSections ? [] : Set(chosen.compactMap { sectionLookup[$0] })
                return advance(context)
            case .cancelled: return .cancelled
            default: step = .sections(picker)
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

    /// The answer being typed right now (kept as a draft if the flow ends without writing it).
    var typedAnswer: String? {
        if case .answer(let field) = step, !field.text.isEmpty { return field.text }
        return nil
    }
}

extension DecisionFlow.Stage {
    var isQuestion: Bool {
        if case .question = self { return true }
        return false
    }
}

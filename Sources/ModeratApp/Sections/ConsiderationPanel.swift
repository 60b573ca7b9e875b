import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// A section's consideration view: its comments and passages with their outcome, the
/// unconsidered first, a progress figure, one key per outcome, the rationale in an editor,
/// filters for outcome and state. Lives inside the Sections screen while open.
struct ConsiderationPanel {
    /// What the outcome filter shows.
    enum OutcomeFilter: Equatable {
        case all, unconsidered
        case outcome(ConsiderationOutcome)

        static let cycle: [OutcomeFilter] = [.all, .unconsidered] + ConsiderationOutcome.allCases.map { .outcome($0) }
    }

    let section: SectionOverviewRow
    /// Every unit of the section (the progress counts them all), and those the filters let through.
    var all: [ConsiderationUnit] = []
    var shown: [ConsiderationUnit] = []
    var list = ListState()
    /// Comment ids marked with Space for a group.
    var marked: [Int64] = []
    var outcomeFilter = OutcomeFilter.all
    var stateFilter: ConsiderationState?
    var editor: RationaleEditor?
    /// The meeting or TOP being chosen for an agreement, or the group member to take out.
    var picker: ConsiderationPicker?
    /// Waiting for y: take this comment out of its group.
    var leaving: LeaveQuestion?
    /// The meetings by id, to name where an agreed consideration was agreed.
    var meetings: [Int64: MeetingOverviewRow] = [:]
    var loadError: String?

    init(section: SectionOverviewRow) {
        self.section = section
    }

    var progress: ConsiderationProgress { ConsiderationProgress(all) }

    var selected: ConsiderationUnit? { shown.indices.contains(list.selected) ? shown[list.selected] : nil }

    /// Reads the section's units again, keeping the selection on the same unit where it can.
    mutating func reload(_ context: AppContext) {
        let keep = selected?.target
        do {
            all = try context.store.considerationUnits(processId: section.processId, sectionId: section.id)
            meetings = Dictionary(try context.store.database.meetingOverview().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            loadError = nil
        } catch {
            loadError = context.text.error(error)
        }
        applyFilters()
        if let keep, let index = shown.firstIndex(where: { $0.target == keep }) { list.selected = index }
        list.selected = min(list.selected, max(0, shown.count - 1))
    }

    /// The unconsidered first, then in the order the comments came.
    mutating func applyFilters() {
        shown = all.filter { unit in
            switch outcomeFilter {
            case .all: break
            case .unconsidered: if unit.consideration != nil { return false }
            case .outcome(let o): if unit.consideration?.outcome != o { return false }
            }
            if let stateFilter, unit.consideration?.state != stateFilter { return false }
            return true
        }
        let open = shown.filter { $0.consideration == nil }
        shown = open + shown.filter { $0.consideration != nil }
    }

    mutating func handle(_ event: InputEvent, _ context: AppContext, page: Int) -> ScreenResult {
        if editor != nil { return handleEditor(event, context) }
        guard case .key(let key) = event else { return .ignored }
        if picker != nil { return handlePicker(key, context) }
        if let question = leaving { return confirmLeave(question, key, context) }
        if let command: ConsiderationCommand = ConsiderationKeys.bindings.command(for: key) {
            return run(command, context)
        }
        if let move: ListCommand = ListKeys.bindings.command(for: key), move != .open {
            list.select(ListKeys.move(move, selected: list.selected, count: shown.count, page: page),
                        rowCount: shown.count, viewportHeight: page)
            return .handled
        }
        return .ignored
    }

    mutating func run(_ command: ConsiderationCommand, _ context: AppContext) -> ScreenResult {
        let reads: Set<ConsiderationCommand> = [.mark, .filterOutcome, .filterState, .back, .minutes]
        if !reads.contains(command), !context.may(.decideComments) {
            return .error(context.text(.consideration(.mayNotWrite)))
        }
        switch command {
        case .outcome(let outcome):
            guard let unit = selected else { return .handled }
            return write(unit, outcome: outcome, rationale: unit.consideration?.rationale ?? "", context)
        case .rationale:
            guard let unit = selected else { return .handled }
            guard unit.consideration != nil else { return .error(context.text(.consideration(.chooseOutcomeFirst))) }
            editor = RationaleEditor.open(unit, context)
            return .handled
        case .rationaleExternal:
            guard let unit = selected, let c = unit.consideration else { return .error(context.text(.consideration(.chooseOutcomeFirst))) }
            return .editExternally(text: c.rationale, purpose: RationaleEditor.purpose(unit.target))
        case .mark:
            guard let unit = selected, case .comment(let id) = unit.target else { return .handled }
            if let index = marked.firstIndex(of: id) { marked.remove(at: index) } else { marked.append(id) }
            return .handled
        case .join:
            return join(context)
        case .split:
            guard let unit = selected, case .comment(let id) = unit.target else { return .error(context.text(.consideration(.notPassage))) }
            let sectionId = section.id
            return attempt(context) {
                let ids = try context.store.splitIntoParagraphs(id)
                // The passages start where the comment was: in this section.
                for passage in ids { try context.store.setPassageSection(passage, sectionId: sectionId) }
                return .message(context.text(.consideration(.split(ids.count))))
            }
        case .nextSection, .previousSection:
            return move(command == .nextSection ? 1 : -1, context)
        case .filterOutcome:
            let index = OutcomeFilter.cycle.firstIndex(of: outcomeFilter) ?? 0
            outcomeFilter = OutcomeFilter.cycle[(index + 1) % OutcomeFilter.cycle.count]
            applyFilters()
            list.selected = 0
            return .handled
        case .filterState:
            let cycle: [ConsiderationState?] = [nil, .draft, .agreed]
            let index = cycle.firstIndex(of: stateFilter) ?? 0
            stateFilter = cycle[(index + 1) % cycle.count]
            applyFilters()
            list.selected = 0
            return .handled
        case .back:
            return .close
        case .agree: return startAgreement(context)
        case .reopen: return reopen(context)
        case .minutes: return openMinutes(context)
        case .leave: return startLeaving(context)
        }
    }

    /// Runs a write; a refusal or conflict is shown and the view reloads to what is stored now.
    mutating func attempt(_ context: AppContext, _ body: () throws -> ScreenResult) -> ScreenResult {
        let result: ScreenResult
        do {
            result = try body()
        } catch {
            result = .error(context.text.error(error))
        }
        reload(context)
        return result
    }

    mutating func write(_ unit: ConsiderationUnit, outcome: ConsiderationOutcome, rationale: String, _ context: AppContext) -> ScreenResult {
        attempt(context) {
            try context.store.consider(unit.target, outcome: outcome, rationale: rationale,
                                       expectedVersion: unit.consideration?.version ?? 0)
            return .message(context.text(.consideration(.written(context.text(.consideration(.outcome(outcome)))))))
        }
    }

    mutating func join(_ context: AppContext) -> ScreenResult {
        guard marked.count >= 2 else { return .error(context.text(.consideration(.markTwo))) }
        let ids = marked
        let result = attempt(context) {
            let group = try context.store.joinGroup(ids)
            return .message(context.text(.consideration(.joined(group, count: ids.count))))
        }
        if case .message = result { marked = [] }
        return result
    }

    /// Gives the selected passage the next or previous section of the guidelines.
    mutating func move(_ step: Int, _ context: AppContext) -> ScreenResult {
        guard let unit = selected, case .passage(let passageId) = unit.target else { return .error(context.text(.consideration(.notPassage))) }
        let current = section
        return attempt(context) {
            let sections = try context.store.database.sectionOverview().filter { $0.processId == current.processId }
            guard let here = sections.firstIndex(where: { $0.id == current.id }), sections.indices.contains(here + step) else {
                return .error(context.text(.consideration(.lastSection)))
            }
            let target = sections[here + step]
            try context.store.setPassageSection(passageId, sectionId: target.id)
            return .message(context.text(.consideration(.moved(number: unit.number, code: target.code))))
        }
    }

    /// The text $EDITOR returned for a rationale.
    mutating func editorFinished(_ text: String?, purpose: EditPurpose, _ context: AppContext) -> ScreenResult {
        guard let text, let unit = all.first(where: { RationaleEditor.purpose($0.target) == purpose }),
              let c = unit.consideration else { return .handled }
        return write(unit, outcome: c.outcome, rationale: text, context)
    }
}

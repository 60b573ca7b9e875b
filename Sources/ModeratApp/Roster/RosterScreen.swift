import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// The advisory board: seats by group, who holds each, vacancies, substitutes, warnings and
/// rule violations; administrators add, edit and end terms in a form that validates as they
/// type, everyone else reads.
struct RosterScreen: Screen, FormScreen {
    /// What a row of the list stands for.
    enum Entry: Equatable {
        case seat(RosterSeat, RosterTerm?)
        case substitute(RosterTerm)

        var term: RosterTerm? {
            switch self {
            case .seat(_, let term): return term
            case .substitute(let term): return term
            }
        }
    }

    var table = TableScreen(load: { _ in TableContent(heading: "", columns: [], rows: []) }, extraHelp: [])
    var record: RosterRecord?
    var entries: [Entry] = []
    var form: RosterForm?
    /// Problems of the open form's draft, refreshed on every key.
    var formProblems: [String] = []

    var capturesInput: Bool { form != nil }

    mutating func reload(_ context: AppContext) {
        let loaded: TableContent
        do {
            let database = context.store.database
            let fresh = try database.roster(boardSlug: try database.rosterBoardSlug(nil))
            record = fresh
            (loaded, entries) = RosterContent.build(fresh, context)
        } catch {
            record = nil
            entries = []
            loaded = TableContent(heading: context.text(.rosterHeader), summary: [context.text.error(error)], columns: [], rows: [])
        }
        var next = TableScreen(load: { _ in loaded }, extraHelp: [])
        next.content = table.content
        next.list = table.list
        next.reload(context)
        table = next
    }

    mutating func handle(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        if form != nil { return handleForm(event, context) }
        if case .key(let key) = event {
            let dispatched: KeyDispatch<RosterCommand> = RosterKeys.bindings.dispatch(key, context)
            if case .command(let command) = dispatched { return open(command, context) }
            if case .refused = dispatched { return dispatched.otherwise }
        }
        return table.handle(event, context)
    }

    var selected: Entry? { entries.indices.contains(table.list.selected) ? entries[table.list.selected] : nil }

    mutating func open(_ command: RosterCommand, _ context: AppContext) -> ScreenResult {
        guard let record, let entry = selected else { return .handled }
        let today = CalendarDay(context.now)
        switch (command, entry) {
        case (.add, .seat(let seat, _)):
            form = RosterForm.add(seat, roster: record.roster, today: today)
        case (.add, .substitute(let term)):
            guard let seat = record.roster.seat(term.seatId) else { return .handled }
            form = RosterForm.add(seat, roster: record.roster, today: today)
        case (.edit, _):
            guard let term = entry.term else { return .error(context.text(.roster(.noTermOnSeat))) }
            form = RosterForm.edit(term)
        case (.end, _):
            guard let term = entry.term else { return .error(context.text(.roster(.noTermOnSeat))) }
            form = RosterForm.end(term, today: today)
        }
        refreshProblems(context)
        return .handled
    }

    mutating func refreshProblems(_ context: AppContext) {
        guard let form, let record else { formProblems = []; return }
        formProblems = form.problems(record.roster, today: CalendarDay(context.now), context.text)
    }

    /// Writes the form's change; on a refusal the form stays open with the reasons.
    mutating func saveForm(_ context: AppContext) -> ScreenResult {
        refreshProblems(context)
        guard let open = form, let record, formProblems.isEmpty else { return .handled }
        let t = context.text
        guard let change = open.draft(record.roster, t).change else { return .handled }
        let slug = record.roster.boardSlug
        let message: String
        do {
            switch change {
            case let .add(term, newMember):
                let draft = newMember.map { member in
                    NewMemberDraft(name: member.name, delegatingBody: RosterContent.delegatingBody(for: term.seatId, record.roster))
                }
                try context.store.addTerm(term, newMember: draft, boardSlug: slug)
                message = t(.roster(.termAdded(newMember?.name ?? record.roster.member(term.memberId)?.name ?? "")))
            case .update(let term):
                try context.store.updateTerm(term, boardSlug: slug)
                message = t(.roster(.termUpdated))
            case let .end(termId, day):
                try context.store.endTerm(termId, on: day, boardSlug: slug)
                message = t(.roster(.termEnded(day.german)))
            }
        } catch let refusal as RosterRefusal {
            formProblems = refusal.issues.map { t(.roster(.issue($0))) }
            return .handled
        } catch {
            return keepForm(refusedBy: error, context)
        }
        return closeForm(saying: message, context)
    }

    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let cursor = table.render(into: &buffer, area: area, context)
        guard let form else { return cursor }
        return RosterFormView.render(form, problems: formProblems, record: record, into: &buffer, area: area, context)
    }

    func helpLines(_ context: AppContext) -> [HelpEntry] {
        let t = context.text
        if form != nil { return RosterKeys.formHelp.map { HelpEntry($0.0, t(.keyHelp($0.1))) } }
        return ListKeys.bindings.filter { $0.command != .open }.helpLines(t) + RosterKeys.bindings.helpLines(context)
    }

    func hints(_ context: AppContext) -> String {
        form != nil ? context.text(.roster(.formHints)) : context.text(.hintsList)
    }
}

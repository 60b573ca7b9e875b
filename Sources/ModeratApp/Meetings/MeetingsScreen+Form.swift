import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// The Meetings screen's forms: a new meeting (`n` on the list), a TOP (`t`) and a guest
/// (`g`) in an open meeting.
extension MeetingsScreen {
    mutating func openNewMeetingForm(_ context: AppContext) -> ScreenResult {
        guard context.may(.writeMinutes) else { return .error(context.text(.meetings(.mayNotWrite))) }
        do {
            let slug = try context.store.database.rosterBoardSlug(nil)
            form = .meeting(boardSlug: slug, today: CalendarDay(context.now))
            formProblems = []
            return .handled
        } catch {
            return .error("\(error)")
        }
    }

    mutating func handleForm(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        guard var open = form else { return .ignored }
        switch event {
        case .paste(let text):
            open.paste(text)
        case .key(let key):
            switch open.handle(key) {
            case .cancel:
                form = nil
                formProblems = []
                return .handled
            case .save:
                form = open
                return saveForm(context)
            case .continues:
                break
            }
        default:
            return .handled
        }
        form = open
        formProblems = open.problems(context.text)
        return .handled
    }

    /// Writes the form; on a refusal the form stays open with the reason.
    mutating func saveForm(_ context: AppContext) -> ScreenResult {
        guard let open = form else { return .handled }
        let t = context.text
        formProblems = open.problems(t)
        guard formProblems.isEmpty else { return .handled }
        let message: String
        do {
            switch open.kind {
            case .meeting(let slug):
                guard let day = CalendarDay(open.trimmed(open.date)) else { return .handled }
                let id = try context.store.createMeeting(NewMeeting(boardSlug: slug, title: open.trimmed(open.title), date: day,
                                                                    place: open.trimmed(open.place)))
                form = nil
                table.reload(context)
                if let index = table.content.rows.firstIndex(where: { $0.id == id }) { table.list.selected = index }
                _ = openMeeting(id, context)
                return .message(t(.meetings(.meetingCreated(open.trimmed(open.title)))))
            case .agendaItem(let meetingId):
                let number = try context.store.addAgendaItem(meetingId: meetingId, title: open.trimmed(open.title), isPublic: open.isPublic)
                message = t(.meetings(.itemAdded(number)))
            case .guest(let meetingId):
                try context.store.addGuest(meetingId: meetingId, name: open.trimmed(open.name), affiliation: open.trimmed(open.affiliation))
                message = t(.meetings(.guestAdded(open.trimmed(open.name))))
            }
        } catch {
            formProblems = ["\(error)"]
            return .handled
        }
        form = nil
        formProblems = []
        reload(context)
        if case .agendaItem = open.kind, let count = meeting?.items.count { items.selected = max(0, count - 1) }
        return .message(message)
    }
}

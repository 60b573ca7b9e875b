import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// The Meetings screen's forms: a new meeting (`n` on the list), a TOP (`t`) and a guest
/// (`g`) in an open meeting.
extension MeetingsScreen: FormScreen {
    mutating func openNewMeetingForm(_ context: AppContext) -> ScreenResult {
        do {
            let slug = try context.store.database.rosterBoardSlug(nil)
            form = .meeting(boardSlug: slug, today: CalendarDay(context.now), minuteTaker: try Self.usualMinuteTaker(boardSlug: slug, context))
            formProblems = []
            return .handled
        } catch {
            return .error(context.text.error(error))
        }
    }

    /// Who takes a new meeting's minutes unless the secretary changes it: whoever took the
    /// board's latest minutes that name someone, else the account creating the meeting.
    static func usualMinuteTaker(boardSlug: String, _ context: AppContext) throws -> String {
        let database = context.store.database
        let board = try database.roster(boardSlug: boardSlug).roster.boardName
        for row in try database.meetingOverview() where row.boardName == board {
            if let taker = try database.meeting(row.id).minuteTaker, !taker.isEmpty { return taker }
        }
        return context.moderator?.displayName ?? context.account
    }

    mutating func refreshProblems(_ context: AppContext) {
        formProblems = form?.problems(context.text) ?? []
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
                let clock = { (field: MeetingsForm.Field) in open.text(field).isEmpty ? nil : MinutesClock.normalised(open.text(field)) }
                let id = try context.store.createMeeting(NewMeeting(boardSlug: slug, title: open.trimmed(open.title), date: day,
                                                                    place: open.trimmed(open.place),
                                                                    startsAt: clock(.startsAt), endsAt: clock(.endsAt),
                                                                    minuteTaker: open.text(.minuteTaker).isEmpty ? nil : open.text(.minuteTaker)))
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
            case .details(let meetingId):
                var change = open.detailsChange
                // An unchanged note is not the user's input now: only a new one is checked.
                if change.quorumNote == meeting?.minutes.quorumNote { change.quorumNote = nil }
                try context.store.updateMeetingDetails(meetingId, change)
                message = t(.meetings(.work(.detailsSaved(meeting?.title ?? "#\(meetingId)"))))
            case .substitute(let meetingId):
                let who = try memberId(open.text(.substitute), context)
                let whom = try memberId(open.text(.absentee), context)
                try context.store.setAttendance(meetingId, memberId: who, status: .present, standingInFor: whom)
                message = t(.meetings(.work(.substituteSaved(open.text(.substitute), open.text(.absentee)))))
            case let .arrival(meetingId, memberId, name):
                try context.store.setArrival(meetingId, memberId: memberId, arrivedAt: Int(open.text(.arrivedAt)),
                                             leftAfter: Int(open.text(.leftAfter)))
                message = t(.meetings(.work(.arrivalSaved(name))))
            }
        } catch {
            return keepForm(refusedBy: error, context)
        }
        let saved = closeForm(saying: message, context)
        if case .agendaItem = open.kind, let count = meeting?.items.count { items.selected = max(0, count - 1) }
        return saved
    }
}

extension MeetingsScreen {
    /// A member named as the roster spells it (one of that name).
    /// A name not found says which members it could mean, from the board's roster.
    func memberId(_ name: String, _ context: AppContext) throws -> Int64 {
        let ids = try context.store.database.memberIds(named: name)
        guard ids.count == 1, let id = ids.first else {
            let said = context.text(.meetings(.work(.noSuchMember(name))))
            let members = (try? context.store.database.rosterBoardSlug(nil)).flatMap { try? context.store.database.roster(boardSlug: $0) }?
                .roster.members.map(\.name) ?? []
            let near = members.filter { $0.localizedCaseInsensitiveContains(name) }.prefix(4)
            throw FormProblem(text: near.isEmpty ? said : said + " " + context.text(.meetings(.layout(.didYouMean(near.joined(separator: ", "))))))
        }
        return id
    }
}

/// A problem a form names in the user's words.
struct FormProblem: Error, CustomStringConvertible {
    let text: String
    var description: String { text }
}

extension MeetingsForm {
    /// The details form as a change: every field, as typed (the store checks them).
    var detailsChange: MeetingDetailsChange {
        var change = MeetingDetailsChange()
        change.startsAt = text(.startsAt)
        change.endsAt = text(.endsAt)
        change.isPublic = isPublic
        change.chair = text(.chair)
        change.minuteTaker = text(.minuteTaker)
        change.previousApproval = previous
        change.nextMeetingDate = text(.nextDate)
        change.nextMeetingTime = text(.nextTime)
        change.nextMeetingPlace = text(.nextPlace)
        change.quorumNote = text(.quorumNote)
        change.privateNotes = text(.notes)
        change.signaturePlace = text(.signaturePlace)
        change.signatureDate = text(.signatureDate)
        change.distribution = text(.distribution).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        change.attachments = text(.attachments).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        return change
    }
}

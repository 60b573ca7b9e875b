import Foundation
import ModeratCore

/// The results minutes (Ergebnisprotokoll) as a sequence of blocks, built once and
/// written as Markdown, HTML or plain text by `MinutesExport`.
struct MinutesDocument {
    enum Block: Equatable {
        case title(String)
        case heading(String)
        case paragraph(String)
        /// "label: value" lines.
        case facts([(String, String)])
        case list([String])

        static func == (lhs: Block, rhs: Block) -> Bool {
            switch (lhs, rhs) {
            case let (.title(a), .title(b)), let (.heading(a), .heading(b)), let (.paragraph(a), .paragraph(b)): return a == b
            case let (.list(a), .list(b)): return a == b
            case let (.facts(a), .facts(b)): return a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
            default: return false
            }
        }
    }

    var blocks: [Block] = []

    /// What DESIGN.md §1 lists: body, date, place, times; attendance, guests, minute-taker;
    /// quorum; each TOP with result, decisions and votes, action items; approval of the
    /// previous minutes; the next meeting. `publicOnly` leaves out the non-public TOPs,
    /// amendments to them and the private notes.
    init(_ m: MeetingRecord, publicOnly: Bool, german g: Bool) {
        let w = MinutesWords(german: g)
        blocks.append(.title("\(w.title): \(m.title)"))
        blocks.append(.paragraph(status(m, w)))
        blocks.append(.facts([
            (w.body, m.boardName), (w.date, day(m.date)), (w.place, m.place),
            (w.start, time(m.startsAt)), (w.end, time(m.endsAt)), (w.minuteTaker, m.minuteTaker ?? "–"),
        ]))
        blocks.append(.heading(w.attendance))
        var attendance: [(String, String)] = []
        for status in AttendanceStatus.allCases {
            let names = m.attendance.filter { $0.status == status }.map { line in
                line.standingInFor.map { "\(line.name) (\(w.standingInFor) \($0))" } ?? line.name
            }
            attendance.append((w.status(status), names.isEmpty ? "–" : names.joined(separator: ", ")))
        }
        attendance.append((w.guests, m.guests.isEmpty ? "–" : m.guests.map { $0.affiliation.isEmpty ? $0.name : "\($0.name) (\($0.affiliation))" }.joined(separator: "; ")))
        blocks.append(.facts(attendance))
        blocks.append(.heading(w.quorum))
        blocks.append(.paragraph(w.quorumLine(m.quorum)))
        if !m.minutes.quorumNote.isEmpty, m.minutes.quorumNote != w.quorumLine(m.quorum) {
            blocks.append(.paragraph(m.minutes.quorumNote))
        }
        blocks.append(.paragraph(m.minutes.previousApproved ? w.previousApproved : w.previousNotApproved))
        let items = m.items.filter { !publicOnly || $0.isPublic }
        blocks.append(.heading(w.agenda))
        blocks.append(.list(items.map { "TOP \($0.number): \($0.title)" + ($0.isPublic ? "" : " (\(w.nonPublic))") }))
        if publicOnly, items.count < m.items.count { blocks.append(.paragraph(w.nonPublicLeftOut)) }
        for item in items { append(item, w) }
        let amendments = m.amendments.filter { a in
            !publicOnly || a.itemNumber.map { n in m.item(number: n)?.isPublic ?? true } ?? true
        }
        if !amendments.isEmpty {
            blocks.append(.heading(w.amendments))
            blocks.append(.list(amendments.map { a in
                let when = Timestamps.date(a.createdAt).map { CalendarDay($0).german } ?? a.createdAt
                return "\(when), \(a.author)" + (a.itemNumber.map { ", \(w.toTop) \($0)" } ?? "") + ": \(a.text)"
            }))
        }
        if !publicOnly, !m.minutes.privateNotes.isEmpty {
            blocks.append(.heading(w.privateNotes))
            blocks.append(.paragraph(m.minutes.privateNotes))
        }
        blocks.append(.heading(w.nextMeeting))
        blocks.append(.paragraph(m.nextMeetingOn.map(day) ?? w.notSet))
    }

    mutating func append(_ item: AgendaItemRecord, _ w: MinutesWords) {
        blocks.append(.heading("TOP \(item.number): \(item.title)" + (item.isPublic ? "" : " (\(w.nonPublic))")))
        for paragraph in item.minutes.result.components(separatedBy: "\n\n") where !paragraph.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            blocks.append(.paragraph(paragraph))
        }
        let decisions = item.minutes.decisions.map { d in
            "\(w.decision): \(d.text)" + (d.votes.map { " (\(w.votes($0)))" } ?? "")
        }
        let actions = zip(item.minutes.actions, item.actionStates + Array(repeating: ActionItemState(id: 0, doneOn: nil), count: max(0, item.minutes.actions.count - item.actionStates.count))).map { a, s in
            "\(w.action): \(a.who) – \(a.what)" + (a.due.map { " (\(w.due) \($0.german))" } ?? "")
                + (s.doneOn.flatMap { CalendarDay($0) }.map { ", \(w.done) \($0.german)" } ?? "")
        }
        if !decisions.isEmpty || !actions.isEmpty { blocks.append(.list(decisions + actions)) }
    }

    func status(_ m: MeetingRecord, _ w: MinutesWords) -> String {
        guard m.minutes.status == .final else { return w.draft }
        let when = m.minutes.finalizedAt.flatMap(Timestamps.date).map { CalendarDay($0).german }
        return w.final + (when.map { " (\($0))" } ?? "")
    }

    func day(_ text: String) -> String { CalendarDay(text)?.german ?? text }

    func time(_ stamp: String?) -> String {
        guard let stamp, let date = Timestamps.date(stamp) else { return "–" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Timestamps.displayZone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }
}

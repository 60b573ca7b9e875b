import Foundation
import ModeratCore

/// The results minutes (Ergebnisprotokoll) as a sequence of blocks, built once and
/// written as Markdown, HTML or plain text by `MinutesExport`.
struct MinutesDocument {
    enum Block: Equatable {
        case title(String)
        case heading(String)
        /// A paragraph; single line breaks in it are kept.
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
    /// Decisions are numbered through the document.
    var decisionNumber = 0

    /// What DESIGN.md §1 lists and a German Ergebnisprotokoll holds: body, public or not,
    /// date, place, times, chair and minute-taker; attendance (arrivals and departures per
    /// TOP), guests; the computed quorum and its note; approval of the previous minutes;
    /// each TOP as written (prose, numbered decisions with outcome and votes, action items,
    /// amendments); the next meeting; distribution list, attachments, signature block.
    /// `publicOnly` leaves out non-public TOPs (all of them for a non-public session), their
    /// amendments and action items, the private notes and the distribution list.
    init(_ m: MeetingRecord, publicOnly: Bool, german g: Bool) {
        let w = MinutesWords(german: g)
        let d = m.details
        blocks.append(.title("\(w.title): \(m.title)"))
        blocks.append(.paragraph(status(m, w)))
        blocks.append(.facts([
            (w.body, m.boardName), (w.session, d.isPublic ? w.publicSession : w.nonPublicSession), (w.date, day(m.date)),
            (w.place, m.place), (w.start, time(m.startsAt)), (w.end, time(m.endsAt)),
            (w.chair, d.chair ?? "–"), (w.minuteTaker, m.minuteTaker ?? "–"),
        ]))
        blocks.append(.heading(w.attendance))
        blocks.append(.facts(attendance(m, w)))
        blocks.append(.heading(w.quorum))
        blocks.append(.paragraph(w.quorumLine(m.quorum)))
        if !m.minutes.quorumNote.isEmpty { blocks.append(.paragraph("\(w.note): \(m.minutes.quorumNote)")) }
        if let approval = m.minutes.previousApproval, let line = w.previous(approval) { blocks.append(.paragraph(line)) }
        let shown = { (item: AgendaItemRecord) in !publicOnly || (item.isPublic && d.isPublic) }
        let items = m.items.filter(shown)
        blocks.append(.heading(w.agenda))
        blocks.append(.list(items.map { "TOP \($0.number): \($0.title)" + ($0.isPublic ? "" : " (\(w.nonPublic))") }))
        if publicOnly, items.count < m.items.count { blocks.append(.paragraph(w.nonPublicLeftOut)) }
        // A decision keeps its number in every version: the public one skips the numbers of
        // the decisions it leaves out, so "Beschluss Nr. 5" names the same decision in both.
        for item in m.items {
            if shown(item) { append(item, m, w) } else { decisionNumber += item.minutes.placedDecisionCount }
        }
        let amendments = m.amendments.filter { a in
            !publicOnly || (d.isPublic && (a.itemNumber.map { n in m.item(number: n)?.isPublic ?? true } ?? true))
        }
        if !amendments.isEmpty {
            blocks.append(.heading(w.amendments))
            blocks.append(.list(amendments.map { a in
                "\(amendmentWhen(a)), \(a.author)" + (a.itemNumber.map { ", \(w.toTop) \($0)" } ?? "") + ": \(a.text)"
            }))
        }
        if !publicOnly, !m.minutes.privateNotes.isEmpty {
            blocks.append(.heading(w.privateNotes))
            blocks.append(.paragraph(m.minutes.privateNotes))
        }
        blocks.append(.heading(w.nextMeeting))
        blocks.append(.paragraph(nextMeeting(m, w)))
        if !d.attachments.isEmpty {
            blocks.append(.heading(w.attachments))
            blocks.append(.list(d.attachments))
        }
        if !publicOnly, !d.distribution.isEmpty {
            blocks.append(.heading(w.distribution))
            blocks.append(.list(d.distribution))
        }
        blocks.append(.heading(w.signatures))
        let signedOn = d.signatureDate.map(day) ?? m.minutes.finalizedAt.flatMap(Timestamps.date).map { CalendarDay($0).german }
        let line = "______________________"
        blocks.append(.facts([
            (w.placeAndDate, [d.signaturePlace, signedOn].compactMap { $0 }.joined(separator: ", ").nonEmpty ?? line),
            (w.signedChair, "\(line) \(d.chair ?? "")".trimmingCharacters(in: .whitespaces)),
            (w.signedMinuteTaker, "\(line) \(m.minuteTaker ?? "")".trimmingCharacters(in: .whitespaces)),
        ]))
        // Minutes for the public are a public output: the one rule for those applies to every block.
        if publicOnly { blocks = PublicOutput(g ? .de : .en).minutes(blocks) }
    }

    /// Present (with arrivals and departures), excused and absent seat holders, guests. A
    /// substitute set back to absent was never expected and is not listed.
    func attendance(_ m: MeetingRecord, _ w: MinutesWords) -> [(String, String)] {
        var rows: [(String, String)] = []
        for status in AttendanceStatus.allCases {
            let names = m.attendance.filter { $0.status == status && (status == .present || $0.holdsSeat) }.map { line in
                var notes: [String] = []
                if let absentee = line.standingInFor { notes.append("\(w.standingInFor) \(absentee)") }
                if let n = line.arrivedAtItem { notes.append("\(w.fromTop) \(n)") }
                if let n = line.leftAfterItem { notes.append("\(w.untilTop) \(n)") }
                return notes.isEmpty ? line.name : "\(line.name) (\(notes.joined(separator: ", ")))"
            }
            rows.append((w.status(status), names.isEmpty ? "–" : names.joined(separator: ", ")))
        }
        rows.append((w.guests, m.guests.isEmpty ? "–" : m.guests.map { $0.affiliation.isEmpty ? $0.name : "\($0.name) (\($0.affiliation))" }.joined(separator: "; ")))
        return rows
    }

    /// A TOP in the order the secretary wrote it: paragraphs, and decisions and action items
    /// where they stand; who came or went at it; its amendments.
    mutating func append(_ item: AgendaItemRecord, _ m: MeetingRecord, _ w: MinutesWords) {
        blocks.append(.heading("TOP \(item.number): \(item.title)" + (item.isPublic ? "" : " (\(w.nonPublic))")))
        let arrived = m.attendance.filter { $0.status == .present && $0.arrivedAtItem == item.number }.map(\.name)
        if !arrived.isEmpty { blocks.append(.paragraph("\(w.arrived): \(arrived.joined(separator: ", "))")) }
        var pending: [String] = []
        func flush() {
            if !pending.isEmpty { blocks.append(.list(pending)) }
            pending = []
        }
        let minutes = item.minutes
        for part in minutes.layout {
            switch part {
            case .text(let paragraph):
                flush()
                blocks.append(.paragraph(paragraph))
            case .decision(let index):
                guard minutes.decisions.indices.contains(index) else { continue }
                decisionNumber += 1
                pending.append(w.decisionLine(minutes.decisions[index], number: decisionNumber))
            case .action(let index):
                guard minutes.actions.indices.contains(index) else { continue }
                let a = minutes.actions[index]
                let state = item.actionStates.indices.contains(index) ? item.actionStates[index] : nil
                pending.append("\(w.action): \(a.who) – \(a.what)" + (a.due.map { " (\(w.due) \($0.german))" } ?? "")
                               + (state?.doneOn.flatMap { CalendarDay($0) }.map { ", \(w.done) \($0.german)" } ?? ""))
            }
        }
        flush()
        let left = m.attendance.filter { $0.status == .present && $0.leftAfterItem == item.number }.map(\.name)
        if !left.isEmpty { blocks.append(.paragraph("\(w.left): \(left.joined(separator: ", "))")) }
        for a in m.amendments where a.itemNumber == item.number {
            blocks.append(.paragraph("\(w.amendmentAt) \(amendmentWhen(a)) (\(a.author)): \(a.text)"))
        }
    }

    func amendmentWhen(_ a: Amendment) -> String { Timestamps.date(a.createdAt).map { CalendarDay($0).german } ?? a.createdAt }

    func nextMeeting(_ m: MeetingRecord, _ w: MinutesWords) -> String {
        guard let date = m.nextMeetingOn else { return w.notSet }
        var text = day(date)
        if let time = m.details.nextMeetingTime { text += ", \(time)" + (w.german ? " Uhr" : "") }
        if let place = m.details.nextMeetingPlace { text += ", \(place)" }
        return text
    }

    func status(_ m: MeetingRecord, _ w: MinutesWords) -> String {
        guard m.minutes.status == .final else { return w.draft }
        let when = m.minutes.finalizedAt.flatMap(Timestamps.date).map { CalendarDay($0).german }
        return w.final + (when.map { " (\($0))" } ?? "")
    }

    func day(_ text: String) -> String { CalendarDay(text)?.german ?? text }

    func time(_ stamp: String?) -> String {
        guard let stamp, let date = Timestamps.date(stamp) else { return "–" }
        return MinutesClock.hhmm(date)
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension AgendaMinutes {
    /// The decisions the layout places (each numbered where it stands; a part naming no
    /// decision is skipped, as `MinutesDocument.append` skips it).
    var placedDecisionCount: Int {
        layout.reduce(0) { count, part in
            if case .decision(let index) = part, decisions.indices.contains(index) { return count + 1 }
            return count
        }
    }
}

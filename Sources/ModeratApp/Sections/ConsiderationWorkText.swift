import ModeratCore
import ModeratStore

/// The words of the consideration's second round: outcomes in the queue and the comment
/// view, agreeing and reopening, leaving a group, passages chosen in the comment view.
/// Reached through `ConsiderationText.work`; German and English below, both exhaustive.
public enum ConsiderationWorkText: Sendable, Equatable {
    /// The queue's outcome column: its heading and a row's label (several outcomes: passages).
    case queueColumn(wide: Bool)
    case queueLabel([ConsiderationOutcome], wide: Bool)
    /// The comment view's line(s) for what became of the comment.
    case commentLabel
    case commentOutcome(CommentOutcome, commentId: Int64)
    /// The same in two parts for a narrow line: what and how, shortened ("28.1 (D2): teilweise"),
    /// and the state with where it was agreed (" · beschlossen (15.11.2026, TOP 3)"), which is kept whole.
    case commentOutcomeShort(CommentOutcome, commentId: Int64)
    case commentOutcomeState(CommentOutcome)
    /// Narrower still: an agreed outcome's date and TOP alone (" · 15.11.2026, TOP 3").
    case commentOutcomeWhen(CommentOutcome)
    case agreedAt(date: String?, title: String?, top: Int?)
    /// The same for a narrow line: "am 15.11.2026, TOP 3".
    case agreedOn(date: String?, top: Int?)
    case minutesLink
    case keyAgree, keyReopen, keyMinutes, keyLeave, keyPassage
    case pickMeeting
    case pickTop(date: String, title: String)
    case noMeeting, noTop
    case agreed(number: String)
    case reopened(number: String)
    case alreadyAgreed(number: String)
    case notAgreed(number: String)
    case noMeetingNamed
    case notInGroup
    case confirmLeave(comment: Int64, group: Int64, others: [Int64])
    case left(comment: Int64, group: Int64, dissolved: Bool)
    case passageTitle(from: Int, to: Int, of: Int)
    case passageHints
    case pickSection(String)
    case noSection
    case wholeText
    case splitOff(number: String, code: String?)
    case onlyApproved

    static func german(_ text: ConsiderationWorkText) -> String {
        switch text {
        case .queueColumn(let wide): return wide ? "Abwägung" : "Abwäg."
        case let .queueLabel(outcomes, wide):
            let distinct = Set(outcomes)
            guard distinct.count == 1, let one = distinct.first else { return wide ? "gemischt" : "versch." }
            switch one {
            case .adopted: return wide ? "übernommen" : "übern."
            case .partly: return wide ? "teilweise" : "teilw."
            case .notAdopted: return wide ? "nicht übern." : "nicht"
            case .covered: return wide ? "bereits ber." : "bereits"
            case .noted: return wide ? "zur Kenntnis" : "Kenntn."
            }
        case .commentLabel: return "Abwägung"
        case let .commentOutcome(o, commentId):
            return germanWhat(o, commentId, short: false) + o.outcome.labelDE + german(.commentOutcomeState(o))
        case let .commentOutcomeShort(o, commentId):
            return germanWhat(o, commentId, short: true) + german(.queueLabel([o.outcome], wide: true))
        case .commentOutcomeWhen(let o):
            guard o.state == .agreed, o.meetingId != nil else { return german(.commentOutcomeState(o)) }
            return " · " + (o.meetingDate.map(DayFormat.german) ?? "?") + (o.agendaNumber.map { ", TOP \($0)" } ?? "")
        case .commentOutcomeState(let o):
            var line = " · " + o.state.labelDE
            if o.state == .agreed, o.meetingId != nil {
                line += " (" + (o.meetingDate.map(DayFormat.german) ?? "?") + (o.agendaNumber.map { ", TOP \($0)" } ?? "") + ")"
            }
            return line
        case let .agreedAt(date, title, top):
            return "in der Sitzung vom \(date.map(DayFormat.german) ?? "?")" + (top.map { ", TOP \($0)" } ?? "") + (title.map { " (\($0))" } ?? "")
        case let .agreedOn(date, top):
            return "am \(date.map(DayFormat.german) ?? "?")" + (top.map { ", TOP \($0)" } ?? "")
        case .minutesLink: return "M Protokoll"
        case .keyAgree: return "beschließen: Sitzung und TOP aus den Sitzungen wählen"
        case .keyReopen: return "Beschluss zurücknehmen (wieder Entwurf)"
        case .keyMinutes: return "Protokoll der Sitzung öffnen, die sie beschlossen hat"
        case .keyLeave: return "Beitrag aus seiner Gruppe nehmen (fragt nach)"
        case .keyPassage: return "Passage wählen (Sätze) und abtrennen"
        case .pickMeeting: return "Beschlossen in welcher Sitzung?"
        case let .pickTop(date, title): return "TOP der Sitzung vom \(DayFormat.german(date)) (\(title))"
        case .noMeeting: return "ohne Sitzung"
        case .noTop: return "ohne TOP"
        case .agreed(let number): return "Nr. \(number) ist beschlossen."
        case .reopened(let number): return "Nr. \(number) ist wieder Entwurf."
        case .alreadyAgreed(let number): return "Nr. \(number) ist schon beschlossen; R nimmt den Beschluss zurück."
        case .notAgreed(let number): return "Nr. \(number) ist nicht beschlossen; B beschließt."
        case .noMeetingNamed: return "Diese Abwägung nennt keine Sitzung."
        case .notInGroup: return "Dieser Beitrag ist in keiner Gruppe."
        case let .confirmLeave(comment, group, others):
            return "Beitrag #\(comment) aus der Gruppe G\(group)" + (others.isEmpty ? "" : " (mit " + others.map { "#\($0)" }.joined(separator: ", ") + ")")
                + " nehmen?"
        case let .left(comment, group, dissolved):
            return "Beitrag #\(comment) ist nicht mehr in Gruppe G\(group)" + (dissolved ? "; die Gruppe ist aufgelöst, ihre Abwägung mit ihr." : ".")
        case let .passageTitle(from, to, total):
            return from == to ? "Passage wählen: Satz \(from) von \(total)" : "Passage wählen: Sätze \(from)–\(to) von \(total)"
        case .passageHints: return "j k Satz · v Anfang setzen · Enter abtrennen · Esc abbrechen"
        case .pickSection(let number): return "Abschnitt der Passage \(number)"
        case .noSection: return "ohne Abschnitt"
        case .wholeText: return "Die Auswahl ist der ganze Beitrag; eine Passage ist ein Teil davon."
        case let .splitOff(number, code): return "Passage \(number)" + (code.map { " (\($0))" } ?? "") + " abgetrennt; der Text des Beitrags bleibt unverändert."
        case .onlyApproved: return "Nur freigegebene Beiträge werden abgewogen und in Passagen geteilt."
        }
    }

    static func english(_ text: ConsiderationWorkText) -> String {
        switch text {
        case .queueColumn: return "Outcome"
        case let .queueLabel(outcomes, wide):
            let distinct = Set(outcomes)
            guard distinct.count == 1, let one = distinct.first else { return "mixed" }
            switch one {
            case .adopted: return "adopted"
            case .partly: return "partly"
            case .notAdopted: return wide ? "not adopted" : "not"
            case .covered: return "covered"
            case .noted: return "noted"
            }
        case .commentLabel: return "Consideration"
        case let .commentOutcome(o, commentId):
            return englishWhat(o, commentId, short: false) + o.outcome.labelEN + english(.commentOutcomeState(o))
        case let .commentOutcomeShort(o, commentId):
            return englishWhat(o, commentId, short: true) + english(.queueLabel([o.outcome], wide: true))
        case .commentOutcomeWhen(let o):
            guard o.state == .agreed, o.meetingId != nil else { return english(.commentOutcomeState(o)) }
            return " · " + (o.meetingDate ?? "?") + (o.agendaNumber.map { ", item \($0)" } ?? "")
        case .commentOutcomeState(let o):
            var line = " · " + o.state.labelEN
            if o.state == .agreed, o.meetingId != nil {
                line += " (" + (o.meetingDate ?? "?") + (o.agendaNumber.map { ", item \($0)" } ?? "") + ")"
            }
            return line
        case let .agreedAt(date, title, top):
            return "at the meeting of \(date ?? "?")" + (top.map { ", item \($0)" } ?? "") + (title.map { " (\($0))" } ?? "")
        case let .agreedOn(date, top):
            return "on \(date ?? "?")" + (top.map { ", item \($0)" } ?? "")
        case .minutesLink: return "M minutes"
        case .keyAgree: return "agree: choose the meeting and item from the meetings"
        case .keyReopen: return "take the agreement back (draft again)"
        case .keyMinutes: return "open the minutes of the meeting that agreed it"
        case .keyLeave: return "take the comment out of its group (asks first)"
        case .keyPassage: return "choose a passage (sentences) and split it off"
        case .pickMeeting: return "Agreed at which meeting?"
        case let .pickTop(date, title): return "Item of the meeting of \(date) (\(title))"
        case .noMeeting: return "no meeting"
        case .noTop: return "no item"
        case .agreed(let number): return "No. \(number) is agreed."
        case .reopened(let number): return "No. \(number) is a draft again."
        case .alreadyAgreed(let number): return "No. \(number) is agreed already; R takes the agreement back."
        case .notAgreed(let number): return "No. \(number) is not agreed; B agrees it."
        case .noMeetingNamed: return "This consideration names no meeting."
        case .notInGroup: return "This comment is in no group."
        case let .confirmLeave(comment, group, others):
            return "Take comment #\(comment) out of group G\(group)" + (others.isEmpty ? "" : " (with " + others.map { "#\($0)" }.joined(separator: ", ") + ")")
                + "?"
        case let .left(comment, group, dissolved):
            return "Comment #\(comment) is no longer in group G\(group)" + (dissolved ? "; the group is dissolved, its consideration with it." : ".")
        case let .passageTitle(from, to, total):
            return from == to ? "Choose a passage: sentence \(from) of \(total)" : "Choose a passage: sentences \(from)–\(to) of \(total)"
        case .passageHints: return "j k sentence · v set start · Enter split off · Esc cancel"
        case .pickSection(let number): return "Section of passage \(number)"
        case .noSection: return "no section"
        case .wholeText: return "The choice is the whole comment; a passage is a part of it."
        case let .splitOff(number, code): return "Passage \(number)" + (code.map { " (\($0))" } ?? "") + " split off; the comment's text stays as it is."
        case .onlyApproved: return "Only approved comments are considered and split into passages."
        }
    }

    /// "Passage 28.1 (D2): " (short: "28.1 (D2): "), "Gruppe G3 mit #5, #12: " (short: "G3 mit …").
    static func germanWhat(_ o: CommentOutcome, _ commentId: Int64, short: Bool) -> String {
        switch o.kind {
        case .whole: return ""
        case let .passage(n, code): return (short ? "" : "Passage ") + "\(commentId).\(n)" + (code.map { " (\($0))" } ?? "") + ": "
        case let .group(id, others):
            return (short ? "" : "Gruppe ") + "G\(id)" + (others.isEmpty ? "" : " mit " + others.map { "#\($0)" }.joined(separator: ", ")) + ": "
        }
    }

    static func englishWhat(_ o: CommentOutcome, _ commentId: Int64, short: Bool) -> String {
        switch o.kind {
        case .whole: return ""
        case let .passage(n, code): return (short ? "" : "passage ") + "\(commentId).\(n)" + (code.map { " (\($0))" } ?? "") + ": "
        case let .group(id, others):
            return (short ? "" : "group ") + "G\(id)" + (others.isEmpty ? "" : " with " + others.map { "#\($0)" }.joined(separator: ", ")) + ": "
        }
    }
}

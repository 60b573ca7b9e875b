import ModeratStore
import TerminalKit

/// The words of the finalise question (one case of `MinutesWorkText` leads here): every
/// concern `MeetingRecord.finalizeConcerns` finds, for the workbench's `F` and for
/// `moderat minutes finalize`. The y/n key hint is not part of it: the shell adds it to every
/// question from one place (`DecisionText.yesNo`).
public enum FinalizeText: Sendable, Equatable {
    /// "Sitzung erst am 10.12.2026; niemand anwesend; Sitzungsleitung fehlt; …", TOP titles in
    /// full (the command line's message).
    case concerns([FinalizeConcern])
    /// The workbench's question about the minutes of `title`, with its concerns first; titles
    /// are cut so that it stays readable at the minimum terminal size.
    case question(title: String, [FinalizeConcern])
    /// The answer was not y: said so, so that nobody believes the minutes were published.
    case keptDraft(title: String)
    /// The answer was y: which minutes are now final.
    case madeFinal(title: String)

    /// TOP titles named in the workbench's question: at most this many, each cut to
    /// `titleWidth` columns; further TOPs by number only; the meeting's title cut to
    /// `meetingTitleWidth`. So the question fits the 7 rows a 60x16 screen gives it with every
    /// concern and up to about 20 TOPs without text.
    static let titledItems = 3
    static let titleWidth = 24
    static let meetingTitleWidth = 40

    static func german(_ text: FinalizeText) -> String {
        switch text {
        case .concerns(let concerns):
            return concerns.map { german($0, brief: false) }.joined(separator: "; ")
        case let .question(title, concerns):
            let title = TextLayout.truncate(title, toWidth: meetingTitleWidth)
            guard !concerns.isEmpty else { return "Protokoll „\(title)“ endgültig machen? Danach nur noch Nachträge." }
            let reasons = concerns.map { german($0, brief: true) }.joined(separator: "; ")
            return capitalized(reasons) + ". Protokoll „\(title)“ trotzdem endgültig machen? Danach nur noch Nachträge."
        case .keptDraft(let title):
            return "Protokoll bleibt Entwurf (nicht endgültig): „\(TextLayout.truncate(title, toWidth: meetingTitleWidth))“"
        case .madeFinal(let title):
            return "Endgültig und gesperrt: Protokoll „\(TextLayout.truncate(title, toWidth: meetingTitleWidth))“"
        }
    }

    static func english(_ text: FinalizeText) -> String {
        switch text {
        case .concerns(let concerns):
            return concerns.map { english($0, brief: false) }.joined(separator: "; ")
        case let .question(title, concerns):
            let title = TextLayout.truncate(title, toWidth: meetingTitleWidth)
            guard !concerns.isEmpty else { return "Mark the minutes of “\(title)” final? Only amendments after that." }
            let reasons = concerns.map { english($0, brief: true) }.joined(separator: "; ")
            return capitalized(reasons) + ". Mark the minutes of “\(title)” final anyway? Only amendments after that."
        case .keptDraft(let title):
            return "Minutes stay a draft (not final): “\(TextLayout.truncate(title, toWidth: meetingTitleWidth))”"
        case .madeFinal(let title):
            return "Final and locked: the minutes of “\(TextLayout.truncate(title, toWidth: meetingTitleWidth))”"
        }
    }

    static func german(_ concern: FinalizeConcern, brief: Bool) -> String {
        switch concern {
        case .inTheFuture(let date): return "Sitzung erst am \(DayFormat.german(date))"
        case .nobodyPresent: return "niemand anwesend"
        case .noChair: return "Sitzungsleitung fehlt"
        case .noMinuteTaker: return "Protokollführung fehlt"
        case .noStartTime: return "Beginn fehlt"
        case .noEndTime: return "Ende fehlt"
        case .itemsWithoutText(let items):
            return itemList(items, brief: brief, quoted: { "„\($0)“" }, and: "und") + " ohne Text"
        }
    }

    static func english(_ concern: FinalizeConcern, brief: Bool) -> String {
        switch concern {
        case .inTheFuture(let date): return "the meeting is only on \(date)"
        case .nobodyPresent: return "no one present"
        case .noChair: return "no chair"
        case .noMinuteTaker: return "no minute-taker"
        case .noStartTime: return "no start time"
        case .noEndTime: return "no end time"
        case .itemsWithoutText(let items):
            return itemList(items, brief: brief, quoted: { "“\($0)”" }, and: "and") + " without any text"
        }
    }

    /// "TOP 1 „Begrüßung“, TOP 2 „Bericht“" — briefly: the first few with titles cut, the
    /// rest by number, runs as ranges ("… und TOP 4–9, 12").
    static func itemList(_ items: [FinalizeConcern.Item], brief: Bool, quoted: (String) -> String, and: String) -> String {
        let titled = brief ? Array(items.prefix(titledItems)) : items
        let named = titled.map { "TOP \($0.number) " + quoted(brief ? TextLayout.truncate($0.title, toWidth: titleWidth) : $0.title) }
        let rest = items.dropFirst(titled.count).map(\.number)
        guard !rest.isEmpty else { return named.joined(separator: ", ") }
        return named.joined(separator: ", ") + " \(and) TOP " + ranges(rest)
    }

    /// [4, 5, 6, 9] as "4–6, 9".
    static func ranges(_ numbers: [Int]) -> String {
        var runs: [ClosedRange<Int>] = []
        for n in numbers {
            if let last = runs.last, last.upperBound + 1 == n { runs[runs.count - 1] = last.lowerBound...n } else { runs.append(n...n) }
        }
        return runs.map { $0.count == 1 ? String($0.lowerBound) : "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", ")
    }

    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

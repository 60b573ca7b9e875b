import Foundation

/// The plain-text form of an agenda item's minutes, so the built-in editor and $EDITOR can
/// hold result, decisions and action items at once:
///
///     Free text: the result.
///     Beschluss 10/2/1: The board recommends …       (yes/no/abstain; "Decision" too)
///     Beschluss: Noted without a vote.
///     Aufgabe: Claudia Weber | publish the call | 2026-12-01   ("Action" too; date optional)
public enum AgendaMinutesText {
    static let decisionWords = ["beschluss", "decision"]
    static let actionWords = ["aufgabe", "action"]

    /// The text for the editor; `german` picks the keywords.
    public static func render(_ minutes: AgendaMinutes, german: Bool) -> String {
        var lines: [String] = []
        let result = minutes.result.trimmingCharacters(in: .whitespacesAndNewlines)
        if !result.isEmpty { lines.append(result) }
        let structured = minutes.decisions.map { decision -> String in
            let word = german ? "Beschluss" : "Decision"
            guard let v = decision.votes else { return "\(word): \(decision.text)" }
            return "\(word) \(v.yes)/\(v.no)/\(v.abstain): \(decision.text)"
        } + minutes.actions.map { action in
            "\(german ? "Aufgabe" : "Action"): \(action.who) | \(action.what)" + (action.due.map { " | \($0)" } ?? "")
        }
        if !structured.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += structured
        }
        return lines.joined(separator: "\n")
    }

    /// Reads the edited text back; lines that start with a keyword but do not parse are
    /// problems (nothing is guessed), everything else is result text.
    public static func parse(_ text: String) -> (minutes: AgendaMinutes, problems: [AgendaMinutesProblem]) {
        var resultLines: [Substring] = []
        var minutes = AgendaMinutes(result: "")
        var problems: [AgendaMinutesProblem] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let (word, rest) = keyword(trimmed) else {
                resultLines.append(line)
                continue
            }
            do {
                if decisionWords.contains(word) {
                    minutes.decisions.append(try decision(rest))
                } else {
                    minutes.actions.append(try action(rest))
                }
            } catch let reason as LineProblem {
                problems.append(AgendaMinutesProblem(line: index + 1, reason: reason.text))
            } catch {
                problems.append(AgendaMinutesProblem(line: index + 1, reason: "\(error)"))
            }
        }
        minutes.result = resultLines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return (minutes, problems)
    }

    struct LineProblem: Error {
        let text: String
    }

    /// ("beschluss", " 10/2/1: text") when the line starts with a keyword followed by a
    /// space, a digit or a colon.
    static func keyword(_ line: String) -> (String, Substring)? {
        let lower = line.lowercased()
        for word in decisionWords + actionWords where lower.hasPrefix(word) {
            let rest = line.dropFirst(word.count)
            guard let next = rest.first, next == ":" || next == " " else { continue }
            guard rest.contains(":") else { continue }
            return (word, rest)
        }
        return nil
    }

    static func decision(_ rest: Substring) throws -> AgendaMinutes.Decision {
        guard let colon = rest.firstIndex(of: ":") else { throw LineProblem(text: "a decision needs a colon before its text") }
        let votesText = rest[..<colon].trimmingCharacters(in: .whitespaces)
        let text = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw LineProblem(text: "the decision has no text") }
        guard !votesText.isEmpty else { return AgendaMinutes.Decision(text: text) }
        let numbers = votesText.split(separator: "/").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 3, let yes = numbers[0], let no = numbers[1], let abstain = numbers[2],
              yes >= 0, no >= 0, abstain >= 0 else {
            throw LineProblem(text: "votes are written yes/no/abstain, e.g. 10/2/1, not '\(votesText)'")
        }
        return AgendaMinutes.Decision(text: text, votes: VoteTally(yes: yes, no: no, abstain: abstain))
    }

    static func action(_ rest: Substring) throws -> AgendaMinutes.ActionItem {
        guard let colon = rest.firstIndex(of: ":"), rest[..<colon].trimmingCharacters(in: .whitespaces).isEmpty else {
            throw LineProblem(text: "an action item is written 'who | what | due date'")
        }
        let parts = rest[rest.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 || parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw LineProblem(text: "an action item is written 'who | what | due date'")
        }
        var due: CalendarDay?
        if parts.count == 3, !parts[2].isEmpty {
            guard let day = dueDay(parts[2]) else {
                throw LineProblem(text: "'\(parts[2])' is not a date (2026-12-01 or 01.12.2026)")
            }
            due = day
        }
        return AgendaMinutes.ActionItem(who: parts[0], what: parts[1], due: due)
    }

    /// "2026-12-01", "01.12.2026" or "1.12.2026", with an optional "bis"/"by" before it.
    static func dueDay(_ text: String) -> CalendarDay? {
        var text = text
        for prefix in ["bis ", "by "] where text.lowercased().hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        if let day = CalendarDay(text) { return day }
        let parts = text.split(separator: ".").map { Int($0) }
        guard parts.count == 3, let d = parts[0], let m = parts[1], let y = parts[2] else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }
}

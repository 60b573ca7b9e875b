import Foundation

/// The plain-text form of an agenda item's minutes, so the built-in editor and $EDITOR can
/// hold prose, decisions and action items at once, in the order they were written:
///
///     Free text: the result (paragraphs separated by blank lines).
///     Beschluss 10/2/1: The board recommends …       (yes/no/abstain; 10:2:1 too)
///     Beschluss 3/10/1: …                             (more no than yes: rejected)
///     Beschluss einstimmig: …    Beschluss abgelehnt: …    Beschluss mit 9:3:2 angenommen: …
///     Beschluss: Noted without a vote.
///     Aufgabe: Claudia Weber | publish the call | 2026-12-01   ("Action" too; date optional)
///     \Beschluss des Stadtrats vom 12.03.2025: …      (a leading \ keeps a line as prose)
///
/// A line that starts with a keyword and a colon follows but does not parse is a problem,
/// never guessed into prose: the backslash is the explicit way to write such a sentence.
public enum AgendaMinutesText {
    static let decisionWords = ["beschluss", "decision"]
    static let actionWords = ["aufgabe", "action"]
    static let escape: Character = "\\"

    /// The text for the editor; `german` picks the keywords. `statingOutcomes` writes each
    /// counted decision's outcome into its line ("Beschluss 3/9/1 abgelehnt: …"), for reading
    /// on screen, where a rejected motion must not look like a decision.
    public static func render(_ minutes: AgendaMinutes, german: Bool, statingOutcomes: Bool = false) -> String {
        var out = ""
        var previous: AgendaMinutes.Part?
        for part in minutes.layout {
            let line: String
            switch part {
            case .text(let paragraph):
                line = paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
            case .decision(let index):
                guard minutes.decisions.indices.contains(index) else { continue }
                line = decisionLine(minutes.decisions[index], german: german, statingOutcome: statingOutcomes)
            case .action(let index):
                guard minutes.actions.indices.contains(index) else { continue }
                let action = minutes.actions[index]
                line = "\(german ? "Aufgabe" : "Action"): \(action.who) | \(action.what)" + (action.due.map { " | \($0)" } ?? "")
            }
            if let previous {
                if case .text = previous, case .text = part { out += "\n\n" } else { out += "\n" }
            }
            out += line
            previous = part
        }
        return out
    }

    static func decisionLine(_ d: AgendaMinutes.Decision, german: Bool, statingOutcome: Bool = false) -> String {
        var head: [String] = []
        if let v = d.votes { head.append("\(v.yes)/\(v.no)/\(v.abstain)") }
        if d.unanimous { head.append(german ? "einstimmig" : "unanimous") }
        if let shown = statingOutcome && !d.unanimous ? d.outcome : d.statedOutcome {
            head.append(shown == .adopted ? (german ? "angenommen" : "adopted") : (german ? "abgelehnt" : "rejected"))
        }
        return (german ? "Beschluss" : "Decision") + (head.isEmpty ? "" : " " + head.joined(separator: " ")) + ": \(d.text)"
    }

    /// A prose line that would read as a keyword line (or starts with the escape) gets a `\`.
    static func escaped(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.first == escape || keyword(trimmed) != nil ? "\\" + line : line
    }

    /// Reads the edited text back; lines that start with a keyword but do not parse are
    /// problems (nothing is guessed), everything else is prose.
    public static func parse(_ text: String) -> (minutes: AgendaMinutes, problems: [AgendaMinutesProblem]) {
        var paragraphs: [String] = []
        var decisions: [AgendaMinutes.Decision] = []
        var actions: [AgendaMinutes.ActionItem] = []
        var layout: [AgendaMinutes.Part] = []
        var problems: [AgendaMinutesProblem] = []
        var current: [String] = []
        func endParagraph() {
            guard !current.isEmpty else { return }
            let paragraph = current.joined(separator: "\n")
            paragraphs.append(paragraph)
            layout.append(.text(paragraph))
            current = []
        }
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                endParagraph()
                continue
            }
            if trimmed.first == escape {
                current.append(String(line.drop { $0 == " " || $0 == "\t" }.dropFirst()))
                continue
            }
            guard let (word, rest) = keyword(trimmed) else {
                current.append(line.replacingOccurrences(of: "\t", with: "    ").trimmingTrailingWhitespace())
                continue
            }
            endParagraph()
            do throws(MinutesLineProblem) {
                if decisionWords.contains(word) {
                    decisions.append(try decision(rest))
                    layout.append(.decision(decisions.count - 1))
                } else {
                    actions.append(try action(rest))
                    layout.append(.action(actions.count - 1))
                }
            } catch {
                problems.append(AgendaMinutesProblem(line: index + 1, error))
            }
        }
        endParagraph()
        let minutes = AgendaMinutes(result: paragraphs.joined(separator: "\n\n"), decisions: decisions, actions: actions, layout: layout)
        return (minutes, problems)
    }


    /// ("beschluss", " 10/2/1: text") when the line starts with a keyword followed by a
    /// space or a colon, and a colon follows somewhere.
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

    static let adoptedWords: Set<String> = ["angenommen", "adopted", "carried"]
    static let rejectedWords: Set<String> = ["abgelehnt", "rejected"]
    static let unanimousWords: Set<String> = ["einstimmig", "unanimous", "unanimously"]
    static let fillerWords: Set<String> = ["mit", "with", "by", "mehrheitlich"]

    static func decision(_ rest: Substring) throws(MinutesLineProblem) -> AgendaMinutes.Decision {
        var scanner = Substring(rest)
        var votes: VoteTally?
        var stated: DecisionOutcome?
        var unanimous = false
        var headWords: [String] = []
        while true {
            scanner = scanner.drop { $0 == " " || $0 == "\t" }
            guard let first = scanner.first else { throw .needsColon }
            if first == ":" {
                scanner = scanner.dropFirst()
                break
            }
            let word = readToken(&scanner)
            headWords.append(String(word))
            if word.first?.isNumber == true {
                guard votes == nil, let tally = count(word) else {
                    throw .votesFormat(String(word))
                }
                votes = tally
                continue
            }
            let lower = word.lowercased()
            if adoptedWords.contains(lower) {
                stated = .adopted
            } else if rejectedWords.contains(lower) {
                stated = .rejected
            } else if unanimousWords.contains(lower) {
                unanimous = true
            } else if !fillerWords.contains(lower) {
                let head = (headWords.joined(separator: " ") + String(scanner.prefix { $0 != ":" })).trimmingCharacters(in: .whitespaces)
                throw .notAVote(head)
            }
        }
        let text = scanner.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw .noText }
        if unanimous, stated == .rejected { throw .unanimousRejected }
        if unanimous, let votes, votes.no > 0 { throw .unanimousWithNo(votes.no) }
        if stated == .adopted, let votes, votes.yes <= votes.no {
            throw .noMajority(yes: votes.yes, no: votes.no)
        }
        return AgendaMinutes.Decision(text: text, votes: votes, outcome: stated, unanimous: unanimous)
    }

    /// Reads one head token: a word, or a vote count whose separators may be colons
    /// ("10:2:1: text": the colon after the count ends the head).
    static func readToken(_ scanner: inout Substring) -> Substring {
        var token: Substring
        if scanner.first?.isNumber == true {
            token = scanner.prefix { $0.isNumber || $0 == "/" || $0 == ":" }
            if token.hasSuffix(":") { token = token.dropLast() }
        } else {
            token = scanner.prefix { $0 != " " && $0 != "\t" && $0 != ":" }
        }
        scanner = scanner.dropFirst(token.count)
        return token
    }

    /// "10/2/1" or "10:2:1".
    static func count(_ token: Substring) -> VoteTally? {
        let numbers = token.split(separator: token.contains("/") ? "/" : ":", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 3, let yes = numbers[0], let no = numbers[1], let abstain = numbers[2],
              yes >= 0, no >= 0, abstain >= 0 else { return nil }
        return VoteTally(yes: yes, no: no, abstain: abstain)
    }

    static func action(_ rest: Substring) throws(MinutesLineProblem) -> AgendaMinutes.ActionItem {
        guard let colon = rest.firstIndex(of: ":"), rest[..<colon].trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .actionFormat
        }
        let parts = rest[rest.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 || parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw .actionFormat
        }
        var due: CalendarDay?
        if parts.count == 3, !parts[2].isEmpty {
            guard let day = dueDay(parts[2]) else {
                throw .notADate(parts[2])
            }
            due = day
        }
        return AgendaMinutes.ActionItem(who: parts[0], what: parts[1], due: due)
    }

    /// "2026-12-01", "01.12.2026" or "1.12.2026", with an optional "bis"/"by" before it.
    public static func dueDay(_ text: String) -> CalendarDay? {
        var text = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["bis ", "by "] where text.lowercased().hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        if let day = CalendarDay(text) { return day }
        let parts = text.split(separator: ".").map { Int($0) }
        guard parts.count == 3, let d = parts[0], let m = parts[1], let y = parts[2] else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}

import ModeratCore

/// A decision or action line the minutes editor cannot read, in the session's language
/// (the English is ModeratCore's own `description`). The secretary's words stay as written.
enum MinutesLineText {
    static func words(_ problem: AgendaMinutesProblem, _ language: Language) -> String {
        guard language == .de else { return problem.description }
        return "Zeile \(problem.line): \(german(problem.problem))"
    }

    static func german(_ problem: MinutesLineProblem) -> String {
        switch problem {
        case .needsColon: return "ein Beschluss braucht einen Doppelpunkt vor seinem Text"
        case .votesFormat(let word): return "Stimmen werden ja/nein/Enthaltung geschrieben, z. B. 10/2/1 oder 10:2:1, nicht „\(word)“"
        case .notAVote(let head):
            return "„\(head)“ ist keine Abstimmung (10/2/1, 9:3:2, einstimmig, angenommen, abgelehnt); "
                + "um die Zeile als Text zu behalten, sie mit \\ beginnen"
        case .noText: return "der Beschluss hat keinen Text"
        case .unanimousRejected: return "ein Beschluss kann nicht einstimmig und abgelehnt sein"
        case .unanimousWithNo(let no): return "einstimmig, aber \(no) \(no == 1 ? "Gegenstimme" : "Gegenstimmen")"
        case let .noMajority(yes, no): return "\(yes) Ja zu \(no) Nein ist keine Mehrheit: der Antrag wurde abgelehnt"
        case .actionFormat: return "eine Aufgabe wird „wer | was | bis wann“ geschrieben"
        case .notADate(let text): return "„\(text)“ ist kein Datum (2026-12-01 oder 01.12.2026)"
        }
    }
}

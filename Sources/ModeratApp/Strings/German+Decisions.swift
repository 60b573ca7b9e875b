import ModeratCore
import ModeratStore

extension DecisionText {
    static func german(_ text: DecisionText) -> String {
        let state = German.stateName
        switch text {
        case let .decided(who, to): return "\(who): \(state(to))"
        case let .decidedMany(ids, to):
            return (ids.count == 1 ? "1 Beitrag: " : "\(ids.count) Beiträge: ") + state(to) + " (" + idList(ids, more: { "und \($0) weitere" }) + ")"
        case .comments(let n): return n == 1 ? "1 Beitrag" : "\(n) Beiträge"
        case .next(let who): return "weiter mit \(who)"
        case .lastInList: return "das war der letzte Beitrag dieser Liste"
        case .firstInList: return "das ist der erste Beitrag dieser Liste"
        case let .undone(who, from, to): return "Rückgängig: \(who): \(state(from)) → \(state(to))"
        case let .undoneMany(ids, to):
            return "Rückgängig: \(ids.count) Beiträge wieder \(state(to)) (" + idList(ids, more: { "und \($0) weitere" }) + ")"
        case .nothingToUndo:
            return "Nichts rückgängig zu machen: in dieser Sitzung haben Sie noch nichts entschieden (frühere Entscheidungen ändert man, indem man neu entscheidet)"
        case .undoListTitle: return "Entscheidungen dieser Sitzung"
        case .undoListEmpty: return "In dieser Sitzung haben Sie noch nichts entschieden."
        case .undoListHints: return "j/k wählen  Enter nimmt die gewählte zurück  Esc schließt"
        case .undoneMark: return "(zurückgenommen)"
        case let .confirmMarked(kind, n, cursor, marked):
            let what = n == 1 ? "den 1 markierten Beitrag" : "die \(n) markierten Beiträge"
            let cursorPart = cursor.map { marked ? " (\($0) unter dem Cursor ist dabei)" : " – \($0) unter dem Cursor ist NICHT dabei" } ?? ""
            return "\(what.prefix(1).uppercased() + what.dropFirst()) \(germanVerb(kind))?\(cursorPart)"
        case .yesNo: return "y = ja   n, Esc, Enter = nein"
        case let .reversal(who, was, by, when, kind):
            let byPart = (by.map { " von \($0)" } ?? "") + (when.map { " \($0)" } ?? "")
            return "\(who) wurde bereits\(byPart) \(state(was)). Jetzt \(germanVerb(kind))?"
        case let .reversalMany(decided, n, kind):
            return "\(decided) der \(n) markierten Beiträge sind bereits entschieden. Alle \(germanVerb(kind))?"
        case let .claimedBy(who, by, kind): return "\(who) ist gerade in Bearbeitung bei \(by). Trotzdem \(germanVerb(kind))?"
        case let .claimedMany(open, n, who, kind):
            let subject = open == 1 ? "1 der \(n) markierten Beiträge ist" : "\(open) der \(n) markierten Beiträge sind"
            return "\(subject) gerade in Bearbeitung bei \(who.joined(separator: ", ")). Trotzdem \(germanVerb(kind))?"
        case .oldAnswer(let answer): return "Bisherige öffentliche Antwort: „\(answer)“"
        case .answerChoice: return "Die Antwort galt der alten Entscheidung:  1 behalten   2 bearbeiten   3 löschen   Esc abbrechen"
        case .draftKept(let id): return "Ihr Text bleibt als Entwurf der Antwort zu #\(id) erhalten (e öffnet ihn)"
        case .refusal(let refusal):
            switch refusal {
            case let .alreadyInState(id, s): return "#\(id) ist bereits \(state(s)); nichts wurde geändert"
            case .reasonRequired: return "Ablehnen braucht einen Grund"
            case .reasonNotAllowed: return "Freigeben nimmt keinen Grund"
            case let .unknownReason(code, _): return "Unbekannter Grund „\(code)“"
            }
        case .reasonPickerHints(let n): return "\(numberKeys(n)) wählt  ↑↓ j k Strg-N/P bewegen  Enter übernimmt die gewählte  Esc abbrechen"
        case .headingDialogs: return "Rückfragen und Ablehnungsgrund"
        case .keyYes: return "ja (nur y bestätigt; j bewegt und bestätigt nie)"
        case .keyNo: return "nein (die Vorgabe)"
        case .keyReasonNumber: return "Ablehnungsgrund mit seiner Nummer wählen"
        case .keyReasonMove: return "im Ablehnungsgrund bewegen (anfangs ist keiner gewählt)"
        case .keyReasonEnter: return "den hervorgehobenen Grund übernehmen"
        case .keyAnswerChoice: return "alte öffentliche Antwort behalten, bearbeiten, löschen"
        case .keyNext: return "nächster Beitrag der Liste (ohne zu entscheiden)"
        case .keyPrevious: return "vorheriger Beitrag der Liste"
        case .keyUndoList: return "Entscheidungen dieser Sitzung (rückgängig machen)"
        case .keyParent: return "den Beitrag öffnen, auf den dieser antwortet"
        case .messageLogTitle: return "Meldungen dieser Sitzung"
        case .keyMessageLog: return "Meldungen dieser Sitzung in voller Länge"
        case .noParent: return "Dieser Beitrag antwortet auf keinen anderen"
        case let .quitQuestion(marks, draft):
            var lost: [String] = []
            if marks > 0 { lost.append("\(marks) Markierung\(marks == 1 ? "" : "en")") }
            if draft { lost.append("ungespeicherter Text (bleibt als Entwurf)") }
            return "Beenden? Verloren gehen: \(lost.joined(separator: ", "))."
        }
    }

    static func germanVerb(_ kind: DecisionKind?) -> String {
        switch kind {
        case .approve: return "freigeben"
        case .reject: return "ablehnen"
        case .hold: return "zurückstellen"
        case nil: return "Abschnitte zuordnen"
        }
    }
}

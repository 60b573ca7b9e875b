import ModeratStore

/// What the database does not hold, in German; the English is the store's own `description`.
extension StoreErrorText {
    static func german(_ missing: StoreMissing) -> String {
        switch missing {
        case .comment(let id): return "Beitrag \(id) gibt es nicht."
        case .passage(let id): return "Passage \(id) gibt es nicht."
        case .notSplit(let id): return "Beitrag \(id) ist nicht in Passagen geteilt."
        case let .passageNumber(id, number, count): return "Beitrag \(id) hat die Passagen 1 bis \(count), nicht \(number)."
        case .group(let id): return "Gruppe \(id) gibt es nicht."
        case .meeting(let id): return "Sitzung \(id) gibt es nicht (siehe `moderat meetings list`)."
        case let .top(meeting, number): return "Sitzung \(meeting) hat keinen TOP \(number)."
        case .agendaItem(let id): return "Tagesordnungspunkt \(id) gibt es nicht."
        case .actionItem(let id): return "Aufgabe \(id) gibt es nicht (siehe `moderat actions list`)."
        case let .board(slug, known):
            return "Das Gremium „\(slug)“ gibt es nicht (Gremien hier: \(known.isEmpty ? "keine" : known.joined(separator: ", ")))."
        case .noBoardYet: return "Diese Datenbank hat noch kein Gremium."
        case let .seat(id, board): return "Sitz #\(id) gibt es in \(board) nicht."
        case let .member(id, board): return "Mitglied #\(id) gibt es in \(board) nicht."
        case .term(let id): return "Amtszeit #\(id) gibt es nicht."
        case .author(let id): return "Person #\(id) gibt es nicht."
        case .authorNamed(let text):
            return "Keine Person „\(text)“ (den Namen so angeben, wie moderat ihn zeigt, oder #ID oder QUELLE:EXTERNE_ID)."
        case .process(let slug): return "Das Verfahren „\(slug)“ gibt es in dieser Datenbank nicht."
        case .noProcessYet: return "Diese Datenbank hat noch kein Beteiligungsverfahren."
        case .project(let slug): return "Das Vorhaben „\(slug)“ gibt es nicht (siehe `moderat projects list`)."
        case .noGuidelinesText(let slug):
            return "Das Verfahren „\(slug)“ hat noch keinen Leitlinientext (einen importieren mit `moderat guidelines import`)."
        case let .guidelinesVersion(slug, version, known):
            return "Das Verfahren „\(slug)“ hat keine Textfassung \(version) (Fassungen: \(known.map(String.init).joined(separator: ", ")))."
        }
    }
}

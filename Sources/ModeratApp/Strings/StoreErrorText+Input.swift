import ModeratCore
import ModeratStore

/// What is wrong with an option or input file, in German; the English is the store's own
/// `description`. Values, option names and commands stay as the person typed them.
extension StoreErrorText {
    static func german(_ problem: InputProblem) -> String {
        switch problem {
        case .nothingToChange: return "nichts zu ändern: bitte mindestens eine Option angeben (siehe --help)"
        case let .notOneOf(value, allowed): return "„\(value)“ ist keins von \(allowed.joined(separator: ", "))"
        case let .notADate(value, germanToo): return "„\(value)“ ist kein Datum (\(germanToo ? "TT.MM.JJJJ oder " : "")JJJJ-MM-TT)"
        case .notATime(let value): return "„\(value)“ ist keine Uhrzeit (HH:MM)"
        case .missing(let missing): return german(missing)
        case .notUTF8: return "kein gültiger UTF-8-Text (die Datei als UTF-8 speichern)"
        case .noHeaderRow: return "leere Datei: eine Kopfzeile wird gebraucht"
        case .notASlug(let slug): return "„\(slug)“ ist kein Kürzel (Kleinbuchstaben, Ziffern und Bindestriche, z. B. radverkehr-2030)"
        case .projectNeedsTitle: return "ein Vorhaben braucht einen Titel"
        case .projectExists(let slug): return "das Vorhaben „\(slug)“ gibt es schon (ändern mit `moderat projects edit \(slug)`)"
        case .notAWebAddress(let link): return "„\(link)“ ist keine http://- oder https://-Adresse"
        case .applicantColumnMissing(let name): return "die Kopfzeile braucht die Spalten name, birth_date und gender (es fehlt: \(name))"
        case .applicantNeedsName: return "name ist leer"
        case .notABirthDate(let value): return "birth_date „\(value)“ ist kein Datum (JJJJ-MM-TT)"
        case .notAGender(let value): return "gender „\(value)“ muss f, m oder d sein"
        case .notAnAccount(let text): return "„\(text)“ ist kein Kontoname (die Anmeldung am System, z. B. amueller)"
        case .notARole(let text): return "„\(text)“ ist keine Rolle (eine von \(Role.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .notADisplayName: return "ein Konto braucht einen Anzeigenamen in einer Zeile (z. B. „Anna Müller“)"
        case .alreadyListed(let account):
            return "„\(account)“ steht schon in der Liste (die Rolle ändern mit `moderat users set-role \(account) ROLLE`)"
        case .notListed(let account): return "„\(account)“ steht nicht in der Liste von moderat (siehe `moderat users list`)"
        case .emptyAuthor: return "leer: bitte einen Namen, #ID oder QUELLE:EXTERNE_ID angeben"
        case let .ambiguousAuthor(text, candidates):
            return "„\(text)“ passt auf \(candidates.count) Personen; bitte die gemeinte mit #ID angeben:\n"
                + candidates.map { "  #\($0.id)  \($0.source):\($0.externalId)  \($0.displayName)  (\($0.comments) \($0.comments == 1 ? "Beitrag" : "Beiträge"))" }
                .joined(separator: "\n")
        case .negativeDays(let days): return "\(days): bitte eine Zahl von Tagen angeben, 0 oder mehr"
        case .noHeadings: return "keine Überschriften (## …) gefunden: nichts zu importieren"
        case .headingWithoutTitle(let text): return "die Überschrift „\(text)“ hat keinen Titel"
        case let .sectionTwice(code, first): return "Abschnitt \(code) kommt zweimal vor (zuerst in Zeile \(first))"
        case .meetingNeedsTitle: return "eine Sitzung braucht einen Titel"
        case .agendaItemNeedsTitle: return "ein Tagesordnungspunkt braucht einen Titel"
        case .guestNeedsName: return "ein Gast braucht einen Namen"
        case .endsBeforeStart: return "die Sitzung kann nicht enden, bevor sie beginnt"
        case .noTop(let number): return "diese Sitzung hat keinen TOP \(number)"
        case .notOnAttendanceList: return "steht nicht auf der Anwesenheitsliste dieser Sitzung"
        case .notPresent(let name): return "\(name) ist nicht anwesend: Ankunft und Weggang gibt es nur für Anwesende"
        case let .leavesBeforeArriving(left, arrived): return "Weggang nach TOP \(left), aber Ankunft erst zu TOP \(arrived)"
        case .doneAfterToday(let day):
            return "\(day.german) liegt nach heute: eine Aufgabe ist erledigt, wenn sie erledigt wurde"
        case let .doneBeforeMeeting(day, meeting):
            return "\(day.german) liegt vor der Sitzung (\(meeting.german)), die die Aufgabe beschlossen hat"
        case .standsInForSelf: return "ein Mitglied kann nicht sich selbst vertreten"
        case .standsInForNoSeat: return "vertreten wird nur ein Mitglied, das am Tag dieser Sitzung einen Sitz hat"
        case .holderPresent(let name): return "\(name) ist anwesend: vertreten wird nur ein abwesendes oder entschuldigtes Mitglied"
        case let .alreadyStoodInFor(substitute, holder): return "\(substitute) vertritt schon \(holder): je Mitglied eine Vertretung"
        case let .substitutePresent(substitute, holder):
            return "\(substitute) vertritt \(holder); bitte zuerst \(substitute) als abwesend eintragen"
        case .quorumStated(let word):
            return "die Anmerkung zum Quorum darf das berechnete Quorum ergänzen, nicht selbst nennen („\(word)“): "
                + "es wird aus der Anwesenheit berechnet"
        case .noMemberNamed(let name): return "kein Mitglied heißt „\(name)“"
        case let .membersNamed(name, count): return "\(count) Mitglieder heißen „\(name)“"
        }
    }
}

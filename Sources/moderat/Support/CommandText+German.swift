import Foundation
import ModeratApp
import ModeratCore
import ModeratStore

extension CommandText {
    var german: String {
        switch self {
        case .storeError(.decisionRefused(let refusal)): return DecideText.refusal(refusal).words(.de)
        case .storeError(let error): return Localizer(.de)(.storeError(error))
        case .decide(let text): return text.words(.de)
        case .config(let error): return error.words(.de)
        case .terminal(let error): return TerminalText.words(error, .de)
        case .guidelines(.ambiguousProcess(let slugs)):
            return "die Datenbank hat mehrere Verfahren (\(slugs.joined(separator: ", "))): bitte eines mit --process SLUG nennen"
        case .guidelines(.removesTaggedSections(let report)):
            let codes = Set(report.untagged.map(\.sectionCode)).sorted()
            return "\(codes.count == 1 ? "Abschnitt" : "Abschnitte") \(codes.joined(separator: ", ")) zu entfernen nähme "
                + "\(report.untagged.count) \(report.untagged.count == 1 ? "Beitrag" : "Beiträgen") die Zuordnung; nichts wurde geändert "
                + "(mit --force wiederholen, um \(codes.count == 1 ? "ihn" : "sie") zu entfernen)"
        case let .configWarning(warning):
            return "\(warning.file):\(warning.line): \(warning.key) ist eine gemeinsame Einstellung; sie wird nur aus der systemweiten Datei "
                + "\(ConfigSources.systemDefault) gelesen und wurde hier übergangen"
        case let .demoBuilt(path, summary, seconds):
            return "Demo-Datenbank \(path): \(summary.comments) Beiträge (\(summary.pendingComments) offen), \(summary.processes) Verfahren, "
                + "\(summary.moderators) Moderierende, \(summary.meetings) Sitzungen in \(String(format: "%.1f", seconds)) s"
        case let .notADemo(path, untouched):
            return "\(path): gibt es schon und ist keine \(untouched ? "unberührte " : "")Demo-Datenbank; moderat ersetzt sie nicht "
                + "(eine andere --db wählen oder die Datei selbst entfernen)"
        case .sampleRefused(let refusal): return refusal.words(.de)
        case let .demoInShared(path, folder): return "\(path): keine Demo in \(folder); bitte eine andere --db wählen"
        case let .lockTimeoutInvalid(raw, max): return "MODERAT_LOCK_TIMEOUT: „\(raw)“ ist keine Zahl von Sekunden zwischen 0 und \(max)"
        case let .sidecarsMissing(path, missing):
            return "\(path): die Datei \(missing.joined(separator: " und ")) fehlt; nichts wurde geöffnet. Bitte die Administration: sudo moderat doctor"
        case let .createSharedRefused(path, folder):
            return "\(path): Datenbanken in \(folder) legt nur die Administration an (sudo moderat init NAME); nichts wurde geändert"
        case let .accountNotListed(path, account):
            return "\(path): das Konto „\(account)“ steht nicht in der Liste von moderat (unknown_accounts: refuse); die Verwaltung kann es eintragen"
        case .isDirectoryNotDatabase(let path):
            return "\(path): ist ein Ordner, keine Datenbankdatei; mit --db den Pfad einer moderat-Datenbank angeben"
        case let .mayNotRead(path, account):
            return "\(path): das Konto „\(account)“ darf diese Datei nicht lesen (Zugriff verweigert); "
                + "wer die Datenbank betreut, kann dem Konto Zugriff geben (die Gruppe der Moderierenden)"
        case .emptyFile(let path):
            return "\(path): die Datei ist leer (0 Byte), keine moderat-Datenbank; moderat hat sie so gelassen (`moderat init --db \(path)` macht eine daraus)"
        case let .importDiskFull(path, file):
            return "\(path): der Datenträger ist voll; nichts wurde geändert (der Import von \(file) wurde zurückgenommen). "
                + "Bitte Platz schaffen und den Import wiederholen."
        case .noSuchFile(let path): return "\(path): diese Datei gibt es nicht"
        case .imported(let report): return ImportSummary.line(report, .de)
        case .importPreview(let report): return ImportSummary.preview(report, .de)
        case let .importSkipped(path, line, problem): return ImportSummary.skipped(path: path, line: line, problem, .de)
        case .importMap(let error): return "--map: " + Localizer(.de).csvMapping(error)
        case .outputIsDirectory(let path): return "\(path): ist ein Ordner; bitte den Namen einer Datei angeben"
        case .unknownDocumentFormat(let format): return "unbekanntes Dokumentformat „\(format)“"
        case .binaryNeedsFile(let format):
            return "eine .\(format)-Datei ist binär; mit -o DATEI schreiben oder die Standardausgabe umleiten"
        case .standardOutput(let reason): return "Standardausgabe: \(reason)"
        case let .cannotCreate(path, reason): return "\(path): kann nicht angelegt werden" + (reason.map { ": \($0)" } ?? "")
        case let .cannotRead(path, reason): return "\(path): kann nicht gelesen werden: \(reason)"
        case let .writeFailed(path, reason): return "\(path ?? "Standardausgabe"): \(reason)"
        case let .sharedFile(path, step, reason):
            let what: String
            switch step {
            case .create: what = "kann nicht angelegt werden"
            case .chown(let group): what = "kann nicht root:\(group) übergeben werden"
            case .chmod: what = "Rechte 0660 können nicht gesetzt werden"
            }
            return "\(path): \(what): \(reason)"
        case .wrote(let path): return "\(path) geschrieben"
        case let .wroteDecisions(path, count): return "\(path) geschrieben (\(count) Entscheidungen)"
        case let .wroteGuidelines(path, sections, published): return "\(path) geschrieben (\(sections) Abschnitte, \(published) veröffentlichte Beiträge)"
        case let .wroteProjects(path, count): return "\(path) geschrieben (\(count) Vorhaben)"
        case let .wroteSynopsis(path, sections, entries, considered):
            return "\(path) geschrieben (\(sections) Abschnitte, \(entries) Beiträge und Passagen, \(considered) abgewogen)"
        case let .wroteAbwaegung(path, rows): return "\(path) geschrieben (\(rows) Zeilen)"
        case let .similarityRebuilt(compared, groups): return "moderat: \(compared) Beiträge verglichen, \(groups) Gruppen"
        case .projectAdded(let slug): return "Vorhaben \(slug) angelegt"
        case let .projectChanged(slug, fields): return "Vorhaben \(slug) geändert: \(fields.joined(separator: ", "))"
        case let .processLinked(process, project): return "Verfahren \(process) mit Vorhaben \(project) verknüpft"
        case .alreadyExists(let path): return "\(path): gibt es schon; nichts wurde geändert"
        case .notADatabaseName(let name): return "„\(name)“ ist kein Datenbankname (nur Buchstaben, Ziffern, - und _)"
        case let .onlyRootCreatesShared(path, name):
            return "\(path): gemeinsame Datenbanken legt nur root an (sudo moderat init \(name)); nichts wurde geändert"
        case .noSharedFolder(let folder):
            return "\(folder): diesen Ordner gibt es nicht; bitte zuerst das Paket moderat installieren (es legt den Ordner und die Gruppe an)"
        case .noGroup(let group): return "es gibt keine Gruppe „\(group)“; bitte zuerst das Paket moderat installieren"
        case .noAccount(let account): return "--admin: auf diesem Rechner gibt es kein Konto „\(account)“"
        case let .created(path, admin): return "\(path) angelegt (Administration: \(admin))"
        case let .backedUp(from, to): return "\(from) gesichert nach \(to)"
        case let .checkFailed(path, damage): return "\(path): Prüfung fehlgeschlagen" + (damage.map { ": " + Localizer(.de).databaseDamage($0) } ?? "")
        case .doctorResult(let problems):
            return problems == 0 ? "Ergebnis: alles in Ordnung" : "Ergebnis: \(problems) Problem\(problems == 1 ? "" : "e") gefunden"
        case .noSuchGuidelineSection(let section): return "--section \(section): diesen Leitlinien-Abschnitt gibt es nicht"
        case .searchRefused(let refusal): return "--search: " + Localizer(.de)(.search(.refused(refusal)))
        case let .noSuchSectionInProcess(option, code, comment, known):
            return "\(option)\(code): diesen Abschnitt gibt es im Verfahren von Beitrag \(comment) nicht"
                + (known.map { " (Abschnitte: \($0.joined(separator: ", ")))" } ?? "")
        case let .tagged(id, sections):
            return "Beitrag \(id): Abschnitte \(sections.isEmpty ? "keine" : sections.joined(separator: ", "))"
        case let .considered(key, outcome, state, version): return "\(key): \(outcome.labelDE), \(state.labelDE) (Version \(version))"
        case let .finalizeConcerns(meeting, concerns):
            return "Sitzung \(meeting): " + Localizer(.de)(.meetings(.work(.finalize(.concerns(concerns)))))
                + ". Mit --yes wird das Protokoll trotzdem abgeschlossen; nichts wurde geändert."
        case .minutesFinal(let meeting): return "Sitzung \(meeting): Protokoll abgeschlossen"
        case .meetingDetailsSet(let meeting): return "Sitzung \(meeting): Angaben gesetzt"
        case let .meetingTop(meeting, number): return "Sitzung \(meeting): TOP \(number)"
        case let .meetingGuest(meeting, guest): return "Sitzung \(meeting): Gast \(guest)"
        case let .attendance(meeting, member, status, standIn):
            let word: String
            switch status {
            case .present: word = "anwesend"
            case .excused: word = "entschuldigt"
            case .absent: word = "abwesend"
            }
            return "Sitzung \(meeting): \(member) \(word)" + (standIn.map { ", in Vertretung für \($0)" } ?? "")
        case let .actionDone(id, day): return "Aufgabe \(id): erledigt" + (day.map { " am \($0)" } ?? "")
        case .actionOpen(let id): return "Aufgabe \(id): offen"
        case .rosterInvalid(let errors): return "die Besetzung ist fehlerhaft (\(errors) Fehler)"
        case let .rosterChecked(board, slug, day, seats, vacant, errors, warnings):
            return "\(board) (\(slug)) am \(day.german): \(seats) Sitze, \(vacant) unbesetzt, \(errors) Fehler, "
                + "\(warnings) \(warnings == 1 ? "Warnung" : "Warnungen")"
        case .rosterVacant(let seat): return "unbesetzt: \(seat)"
        case let .drawHeading(rule, from, to):
            return "Losverfahren: \(rule), Amtszeit " + (to.map { "vom \(from.german) bis \($0.german)" } ?? "ab \(from.german)")
        case .drawSeed(let seed): return "Startwert (seed): \(seed)"
        case let .drawApplicants(count, path, sha): return "Bewerbungen: \(count) in \(path), SHA-256 \(sha)"
        case let .drawEligible(count, minAge, underAge, parity):
            return "wählbar: \(count)" + (minAge.map { ", unter \($0): \(underAge)" } ?? "")
                + (parity ? ", Parität: Frauen und Männer unterscheiden sich um höchstens eins" : "")
        case .drawAlgorithm(let algorithm): return "Algorithmus: \(algorithm)"
        case .drawMembers: return "Mitglieder:"
        case .drawSubstitutes: return "Nachrücker/innen:"
        case let .drawPlaced(number, name, gender, line, seat):
            return "  \(number). \(name) (\(gender), Zeile \(line))" + (seat.map { " – \($0)" } ?? "")
        case .drawDryRun: return "Probelauf: nichts wurde geschrieben."
        case let .drawRecorded(members, audit): return "Eingetragen: \(members) Mitglieder mit Amtszeit; Audit-Ereignis #\(audit)."
        case .drawCheckIt(let command): return "Nachprüfen: \(command)"
        case .rosterIssue(let issue):
            return "\(issue.severity == .error ? "Fehler" : "Warnung"): \(Localizer(.de)(.roster(.issue(issue))))"
        case .roster(let failure): return RosterDrawText.words(failure, .de)
        case let .noSeatGroup(group, board, known): return "--group \(group): diese Sitzgruppe gibt es in \(board) nicht (Gruppen: \(known))"
        case let .groupNotByLot(group, rule): return "--group \(group): \(rule) wird nicht gelost"
        case let .tooFewSeats(seats, rule, has): return "--seats \(seats): \(rule) hat nur \(has) Sitze"
        case let .userAdded(account, role): return "\(account): hinzugefügt als \(Self.germanRole(role))"
        case let .userRestored(account, role): return "\(account): war entfernt, wieder aktiv als \(Self.germanRole(role))"
        case let .userRole(account, from, to):
            return from == to ? "\(account): bereits \(Self.germanRole(to)), nichts geändert"
                : "\(account): \(Self.germanRole(from)) → \(Self.germanRole(to))"
        case .userRemoved(let account): return "\(account): entfernt"
        case .userMarkedRemoved(let account):
            return "\(account): entfernt (bleibt als frühere Person erhalten: ihre Entscheidungen verweisen darauf); ab jetzt nur lesen"
        case let .authorErased(erasure, dryRun):
            if erasure.alreadyErased {
                return "Person #\(erasure.authorId) wurde schon früher gelöscht (jetzt „\(erasure.pseudonym)“); nichts geändert"
            }
            return [
                "Person #\(erasure.authorId) \(dryRun ? "würde gelöscht" : "gelöscht") (\(erasure.ownComments) Beiträge, Entscheidungen bleiben): jetzt „\(erasure.pseudonym)“",
                "  Name, externe Kennung\(erasure.hadContact ? ", Kontakt" : "") \(dryRun ? "würden entfernt" : "entfernt")",
                "  Name ersetzt in \(erasure.bodies) Beitragstexten, \(erasure.answers) öffentlichen Antworten, \(erasure.notes) internen Notizen,",
                "  \(erasure.priors) Rückgängig-Ständen, \(erasure.drafts) Entwürfen, \(erasure.auditDetails) Audit-Angaben, \(erasure.meetingTexts) Sitzungstexten",
                "  davon \(erasure.othersTexts) Texte anderer Personen"
                    + (dryRun && erasure.needsForce ? " (zu viele für diesen Namen: das Löschen braucht --force)" : ""),
            ].joined(separator: "\n")
        case let .purged(result, dryRun):
            return "\(result.comments) vor dem \(result.cutoff) abgelehnte Beiträge \(dryRun ? "würden bereinigt" : "bereinigt") "
                + "(Text jetzt „\(result.marker)“): \(result.answers) öffentliche Antworten, \(result.notes) interne Notizen, "
                + "\(result.priors) Rückgängig-Stände, \(result.drafts) Entwürfe gelöscht"
        case .walNotEmptied(let path):
            return "\(path): die Daten sind gelöscht, aber ein anderes Programm hat die Datenbank offen, daher enthält ihr "
                + "Write-Ahead-Log (\(path)-wal) noch die alten Seiten; bitte den Befehl wiederholen, wenn die anderen sie geschlossen haben"
        case .walEmptied(let path):
            return "  Suchindex zusammengeführt, Datei neu geschrieben, Write-Ahead-Log geleert: keine Spur mehr in \(path)"
        case let .lockWaiting(path, limit): return "\(path) ist von einem anderen Programm gesperrt; warte bis zu \(limit) s…"
        case .benchFailed(let reason): return "Erzeugen fehlgeschlagen: \(reason)"
        }
    }

    /// A role as the workbench names it; a word moderat does not know stays as it is.
    static func germanRole(_ raw: String) -> String {
        Role(rawValue: raw).map(Localizer(.de).role) ?? raw
    }
}

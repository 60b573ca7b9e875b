import ModeratCore

/// The German words of the workbench.
enum German {
    static func text(_ t: UIText) -> String {
        switch t {
        case .appName: return "moderat"
        case .screenTitle(let s):
            switch s {
            case .queue: return "Warteschlange"
            case .sections: return "Abschnitte"
            case .projects: return "Vorhaben"
            case .roster: return "Beirat"
            case .meetings: return "Sitzungen"
            case .actions: return "Aufgaben"
            case .dashboard: return "Auswertung"
            case .audit: return "Audit-Log"
            }
        case .commentTitle: return "Beitrag"
        case let .user(name, role): return role.map { "\(name) (\(roleName($0)))" } ?? "\(name) (nur lesen)"
        case .readOnlyBanner: return "NUR LESEN – Änderungen sind nicht möglich"
        case let .tooSmall(w, h, nw, nh): return "Terminal zu klein: \(w)×\(h), mindestens \(nw)×\(nh) nötig"
        case .helpTitle(let screen): return "Hilfe – \(screen)"
        case .helpFooter: return "Esc oder ? schließt"
        case .commandPrompt: return ":"
        case .unknownCommand(let c): return "Unbekannter Befehl: \(c) (Tab ergänzt, :help listet)"
        case .commandHelp: return "Befehle: "
        case .quitHint: return "q beendet"
        case .hintsQueue: return "Enter öffnen  a frei  r ablehnen  h zurück  t Abschnitt  Leer markieren  / suchen  ? Hilfe"
        case .hintsComment: return "a freigeben  r ablehnen  h zurückstellen  t Abschnitt  e Antwort  i Notiz  Esc zurück  ? Hilfe"
        case .hintsList: return "j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden"
        case .hintsEditor: return "Strg-S speichern  Esc abbrechen  Strg-E externer Editor"
        case .hintsPicker: return "Tippen filtert  Leertaste wählt  Enter übernimmt  Esc abbrechen"
        case .hintsField: return "Enter übernimmt (leer: keine)  Esc bricht ab"
        case .editorFailed(let purpose): return "Editor fehlgeschlagen: " + editPurpose(purpose)
        case .themeWarning(let m): return "Farbschema: \(m)"
        case .databaseChanged: return "Aktualisiert"
        case .databaseWait(let s): return "Warte auf die Datenbank … \(s) s (ein anderes Programm schreibt gerade) · Esc bricht ab"
        case let .databaseStayedLocked(s, gaveUp):
            return gaveUp ? "Warten nach \(s) s abgebrochen; nichts wurde geändert."
                : "Die Datenbank blieb \(s) s von einem anderen Programm gesperrt; nichts wurde geändert."
        case .readOnlyBecause(let cause): return "NUR LESEN – \(readOnlyCause(cause)); Änderungen sind nicht möglich"
        case .readOnlyRefused(let cause): return "Nur lesen: \(readOnlyCause(cause)). Nichts wurde geändert."
        case .keyHelp(let k): return keyHelp(k)
        case .roster(let r): return RosterText.german(r)
        case .permission(let p): return PermissionText.german(p)
        case .meetings(let m): return MeetingsText.german(m)
        case .audit(let a): return AuditText.german(a)
        case .decision(let d): return DecisionText.german(d)
        case .auditAction(let a): return AuditActionText.label(a, .de)
        case .consideration(let c): return ConsiderationText.german(c)
        case .similarity(let s): return SimilarityText.german(s)
        case .walk(let w): return WalkText.german(w)
        case .screen(let s): return ScreenText.german(s)
        case .search(let s): return SearchText.german(s)
        case .storeError(let e): return StoreErrorText.german(e)
        case .term(let word):
            switch word {
        case "chair": return "Vorsitz"
        case "deputy": return "Stellv. Vorsitz"
        case "member": return "Mitglied"
        case "substitute": return "Stellvertretung"
        case "planned": return "geplant"
        case "running": return "läuft"
        case "done": return "abgeschlossen"
        case "none": return "keine"
        case "open": return "offen"
            default: return word
            }
        case let .queueCount(_, total, filter): return "\(filter): " + DecisionText.german(.comments(total))
        case let .queueCountOver(n, filter): return "\(filter): mehr als \(n) Beiträge"
        case .queueEmpty: return "Keine Beiträge für diesen Filter."
        case .column(let c): return column(c)
        case .state(let s): return stateName(s)
        case .stateShort(let s):
            switch s {
            case .pending: return "offen"
            case .approved: return "frei"
            case .rejected: return "abgel."
            case .held: return "zurück"
            }
        case .filterAnswered: return "beantwortet"
        case .filterUnanswered: return "unbeantwortet"
        case let .filterArgument(name, value): return "Filter :\(name): „\(value)“ nicht verstanden (Beispiele: :state offen,zurückgestellt · :section C1 · :from 1.10.2026 · :answered ja · :reset)"
        case .filterAll: return "alle"
        case .filterDescription(let d): return d
        case .orderNewest: return "neueste zuerst"
        case .orderOldest: return "älteste zuerst"
        case let .marked(n, visible): return visible == n ? "\(n) markiert" : "\(n) markiert, \(visible) sichtbar"
        case .handledBy(let who): return "in Bearbeitung: \(who)"
        case .searchPrompt: return "Suche: "
        case .searchNoMatch(let q): return "Keine Treffer für „\(q)“"
        case let .searchMatches(n, q): return "\(n) Treffer für „\(q)“"
        case let .searchMatchesOver(n, q): return "Mehr als \(n) Treffer für „\(q)“"
        case .approved(let n): return n == 1 ? "Freigegeben" : "\(n) Beiträge freigegeben"
        case .rejected(let n): return n == 1 ? "Abgelehnt" : "\(n) Beiträge abgelehnt"
        case .held(let n): return n == 1 ? "Zurückgestellt" : "\(n) Beiträge zurückgestellt"
        case .undone: return "Rückgängig gemacht"
        case .nothingToUndo: return "Nichts rückgängig zu machen"
        case let .confirmBulk(kind, n):
            let verb: String
            switch kind {
            case .approve: verb = "freigeben"
            case .reject: verb = "ablehnen"
            case .hold: verb = "zurückstellen"
            }
            return "\(n) markierte Beiträge \(verb)?"
        case .reasonPickerTitle: return "Ablehnungsgrund"
        case .answerPrompt: return "Öffentliche Antwort (optional)"
        case .notePrompt: return "Interne Notiz"
        case .mayNotModerate(let role):
            return role.map { "Nicht erlaubt: Mit der Rolle „\(roleName($0))“ können Sie keine Beiträge moderieren." }
                ?? "Nicht erlaubt: Ihr Konto steht nicht in der Liste von moderat (nur lesen)."
        case let .commentChanged(id, state, who, when, wasDecision, undoing):
            let by = (who.map { " von \($0)" } ?? "") + (when.map { " \($0)" } ?? "")
            let what = wasDecision ? "Beitrag \(id) wurde bereits\(by) \(stateName(state))" : "Beitrag \(id) wurde inzwischen\(by) geändert (jetzt \(stateName(state)))"
            return (undoing ? "Rückgängig nicht möglich: " : "") + what + ". Nichts wurde überschrieben."
        case .tagsApplied(let n): return n == 1 ? "Abschnitte gesetzt" : "Abschnitte für \(n) Beiträge gesetzt"
        case .tagsCleared(let n): return n == 1 ? "Abschnitte entfernt" : "Abschnitte von \(n) Beiträgen entfernt"
        case .sectionText: return "Text des Abschnitts"
        case .sectionComments(let code, let count): return "Beiträge zu \(code) (\(count))"
        case .sectionNoComments: return "Diesem Abschnitt ist noch kein Beitrag zugeordnet."
        case .sectionPickerTitle: return "Abschnitte zuordnen"
        case .noSection: return "(kein Abschnitt)"
        case .metaAuthor: return "Verfasst von"
        case .metaProcess: return "Verfahren"
        case .metaCreated: return "Eingegangen"
        case .metaState: return "Status"
        case .metaTags: return "Abschnitte"
        case .metaParent: return "Antwort auf"
        case .metaReplies: return "Antworten"
        case .metaHistory: return "Verlauf"
        case .metaAnswer: return "Öffentliche Antwort"
        case .metaNote: return "Interne Notiz"
        case .metaHandled: return "In Bearbeitung"
        case .noAnswer: return "(keine)"
        case .noNote: return "(keine)"
        case .noTags: return "(keine)"
        case .noHistory: return "(noch keine Entscheidung)"
        case .bodyAbove(let n): return n == 1 ? "▲ 1 Zeile darüber" : "▲ \(n) Zeilen darüber"
        case .bodyBelow(let n): return n > 999 ? "▼ mehr als 999 weitere Zeilen" : n == 1 ? "▼ 1 weitere Zeile" : "▼ \(n) weitere Zeilen"
        case .lowerHidden(let n): return n == 1 ? "… 1 weitere Zeile" : "… \(n) weitere Zeilen"
        case .answerSaved: return "Antwort gespeichert"
        case .noteSaved: return "Notiz gespeichert"
        case .sectionsHeader: return "Leitlinien-Abschnitte"
        case .projectsHeader: return "Vorhabenliste"
        case .rosterHeader: return "Beteiligungsbeirat"
        case .meetingsHeader: return "Sitzungen"
        case .actionsHeader: return "Offene Aufgaben"
        case .dashboardHeader: return "Auswertung"
        case .vacant: return "– unbesetzt –"
        case .vacancies(let n): return n == 1 ? "1 Sitz unbesetzt" : "\(n) Sitze unbesetzt"
        case let .warningTermEnds(name, date): return "Amtszeit von \(name) endet am \(date)"
        case .noRows: return "(keine Einträge)"
        case let .counts(p, a, r, h): return "\(p) offen · \(a) freigegeben · \(r) abgelehnt · \(h) zurückgestellt"
        case .dashboardTotals: return "Beiträge nach Status"
        case .dashboardPerWeek: return "Eingänge pro Woche"
        case .dashboardPerProcess: return "Beiträge je Verfahren"
        case .dashboardPerSection: return "Beiträge je Abschnitt"
        case let .dashboardRates(a, r): return "Freigegeben: \(Percent.german(a)) der Entscheidungen\nAbgelehnt: \(Percent.german(r))"
        case let .dashboardDecisionTime(median, p90):
            guard let median, let p90 else { return "Zeit bis zur Entscheidung: noch keine Entscheidungen" }
            return "Bis zur Entscheidung: Median \(Percent.hours(median, comma: true))\n90 % entschieden binnen \(Percent.hours(p90, comma: true))"
        case .dashboardReasons: return "Ablehnungsgründe"
        case .dashboardOpenActions(let n): return "\(n) offene Aufgaben"
        case .dueOn(let d): return "fällig \(d)"
        case .overdue: return "überfällig"
        case .minutesStatus(let s): return s == "final" ? "endgültig" : "Entwurf"
        case .generic(let s): return s
        }
    }

    static func roleName(_ role: Role) -> String {
        switch role {
        case .viewer: return "Lesen"
        case .moderator: return "Moderation"
        case .secretary: return "Schriftführung"
        case .admin: return "Verwaltung"
        }
    }

    static func stateName(_ s: CommentState) -> String {
        switch s {
        case .pending: return "offen"
        case .approved: return "freigegeben"
        case .rejected: return "abgelehnt"
        case .held: return "zurückgestellt"
        }
    }

    static func column(_ c: UIText.Column) -> String {
        switch c {
        case .state: return "Status"
        case .age: return "Alter"
        case .process: return "Verfahren"
        case .sections: return "Abschn."
        case .author: return "Verfasser/in"
        case .text: return "Text"
        case .id: return "Nr."
        case .title: return "Titel"
        case .status: return "Stand"
        case .districts: return "Stadtteile"
        case .updated: return "Aktualisiert"
        case .participation: return "Beteiligung"
        case .seat: return "Sitz"
        case .member: return "Mitglied"
        case .role: return "Rolle"
        case .until: return "bis"
        case .date: return "Datum"
        case .place: return "Ort"
        case .items: return "TOPs"
        case .who: return "Wer"
        case .what: return "Was"
        case .due: return "Fällig"
        case .meeting: return "Sitzung"
        case .count: return "Anzahl"
        case .pending: return "offen"
        case .approved: return "frei"
        case .rejected: return "abgel."
        case .answered: return "beantw."
        }
    }

    static func keyHelp(_ k: UIText.KeyHelp) -> String {
        switch k {
        case .moveDown: return "nach unten"
        case .moveUp: return "nach oben"
        case .halfPageDown: return "halbe Seite weiter"
        case .halfPageUp: return "halbe Seite zurück"
        case .pageDown: return "eine Seite weiter"
        case .pageUp: return "eine Seite zurück"
        case .nextMatch: return "nächster Treffer"
        case .previousMatch: return "vorheriger Treffer"
        case .clear: return "Suche aufheben, dann Markierungen"
        case .save: return "speichern"
        case .cancelEdit: return "schließen (Entwurf bleibt erhalten)"
        case .filterCommands: return "Warteschlange eingrenzen: :state offen,zurückgestellt · :process leitlinien · :section C1 · :author Name (leer: Verfasser/in der Zeile) · :from 1.10.2026 · :to … · :answered ja|nein · :order neueste · :group ID (leer: Gruppe der Zeile) · :reset"
        case .headingScreen: return "Diese Ansicht"
        case .headingGlobal: return "Überall"
        case .headingEditor: return "Im Editor"
        case .top: return "zum Anfang"
        case .bottom: return "zum Ende"
        case .open: return "öffnen"
        case .back: return "zurück"
        case .search: return "suchen (Volltext, „strasse“ findet „Straße“)"
        case .command: return "Befehlszeile (Tab ergänzt)"
        case .help: return "diese Hilfe"
        case .switchScreen: return "Ansicht wechseln"
        case .quit: return "beenden"
        case .mark: return "markieren"
        case .markRange: return "Bereich bis hier markieren"
        case .approve: return "freigeben"
        case .reject: return "ablehnen (mit Grund)"
        case .hold: return "zurückstellen (mit Notiz)"
        case .tag: return "Abschnitte zuordnen"
        case .undo: return "letzte Entscheidung rückgängig"
        case .answer: return "öffentliche Antwort bearbeiten"
        case .note: return "interne Notiz bearbeiten"
        case .editor: return "im externen Editor ($VISUAL/$EDITOR) bearbeiten"
        case .filter: return "Status-Filter wechseln"
        case .order: return "Reihenfolge umkehren"
        case .refresh: return "Bildschirm neu zeichnen"
        case .pickerToggle: return "auswählen / abwählen"
        case .pickerApply: return "übernehmen"
        case .pickerFilter: return "tippen filtert"
        case .roster(let r): return RosterText.german(r)
        case .meetings(let m): return MeetingsText.german(m)
        case .audit(let a): return AuditText.german(a)
        case .decision(let d): return DecisionText.german(d)
        case .consideration(let c): return ConsiderationText.german(c)
        case .similarity(let s): return SimilarityText.german(s)
        case .walk(let w): return WalkText.german(w)
        }
    }
}

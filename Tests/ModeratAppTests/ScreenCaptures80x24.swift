/// The expected 80x24 screens of `MainScreenCaptureTests` (demo database, the harness's
/// fixed clock, account tester). Each is the screen text exactly, row by row.
enum ScreenCaptures80x24 {
    static func expected(_ shot: MainScreenCaptureTests.Shot) -> String {
        switch shot {
        case .dashboard: return dashboard
        case .sections: return sections
        case .projects: return projects
        case .roster: return roster
        case .meetings: return meetings
        case .meeting: return meeting
        case .actions: return actions
        case .audit: return audit
        case .help: return help
        }
    }

    static let dashboard = #"""
 moderat  1  2  3  4  5  6  7 Auswertung  8       demo.db · tester (Verwaltung)
 Auswertung

 Beiträge nach Status                   Beiträge je Verfahren
 offen        ████████████████████ 305  leitlinien  ███████████████████████ 456
 freigegeben  ███████████▏ 170          stiftsplatz ███▏ 62
 abgelehnt    ██ 31
 zurückgeste… ▊ 12                      Beiträge je Abschnitt
                                        leitlinien/B3 ██████████████████████ 49
 Freigegeben: 84,6 % der Entscheidung…  leitlinien/C1 █████████████████████▌ 48
 Abgelehnt: 15,4 %                      leitlinien/E1 ████████████████████▎ 45
 Bis zur Entscheidung: Median 37,8 h    leitlinien/C2 ██████████████▍ 32
 90 % entschieden binnen 68,9 h         leitlinien/D3 ██████████████▍ 32
 beantw.: 34 · 5 offene Aufgaben        leitlinien/A  ███████████▋ 26
                                        leitlinien/G1 ███████████▋ 26
 Eingänge pro Woche
 ▆▆▅█▁▂▂▂                               Ablehnungsgründe
 2026-W40 … 2026-W47 · max 151          Kein Bezug z… ██████████████████████ 11
                                        Beleidigung   ██████████████████ 9
                                        Werbung / Sp… ████████████ 6
                                        Personenbezo… ████████ 4
                                        Doppelter Be… ██ 1

 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let sections = #"""
 moderat  1  2 Abschnitte  3  4  5  6  7  8       demo.db · tester (Verwaltung)
 Leitlinien-Abschnitte
           Titel                                   offen    frei  abgel. beantw.
  A        Präambel                                   14      11       0       2
  B        Gute Beteiligung                            0       0       0       0
    B1     Formen der Beteiligung                     15       5       0       1
    B2     Qualitätskriterien                         17       7       0       3
    B3     Beteiligung für alle                       32      15       0       4
  C        Information und Anregung                    0       0       0       0
    C1     Vorhabenliste                              21      26       0       3
    C2     Anregung von Beteiligung                   21       9       0       1
  D        Planung und Durchführung                    0       0       0       0
    D1     Beteiligungskonzept                         5       6       0       3
─ Text des Abschnitts · A ──────────────────────────────────────────────────────
 Die Stadt lebt vom Engagement ihrer Bürgerinnen und Bürger. Diese Leitlinien
 beschreiben, wie Politik, Verwaltung und Stadtgesellschaft künftig bei
 Vorhaben der Stadt zusammenarbeiten. Sie wurden in einem Arbeitskreis aus
 Bürgerschaft, Verwaltung und Stadtrat gemeinsam erarbeitet. Bürgerbeteiligung…
─ Beiträge zu A (26) ───────────────────────────────────────────────────────────
 offen    27 d   Mia Braun Das sehe ich anders, Ayşe.
 offen    27 d   Birgit Lorenz Der Text ist viel zu lang und kompliziert, das …
 offen    28 d   Ursula F. Meinen Sie damit alle Vorhaben oder nur die großen?
 offen    28 d   Michael Krüger Dass die Entscheidung beim Stadtrat bleibt, mu…
 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let projects = #"""
 moderat  1  2  3 Vorhaben  4  5  6  7  8         demo.db · tester (Verwaltung)
 Vorhabenliste
  Titel                Stand           Stadtteile       Beteiligung   Aktualisi…
  Bürgerhaushalt 2027  Verfahren in V… gesamtes Stadtg… geplant       2026-11-17
  Hitzeaktionsplan un… Standortsuche … gesamtes Stadtg… geplant       2026-11-15
  Umgestaltung Stifts… Wettbewerb abg… Innenstadt       läuft         2026-11-11
  Technische Sanierun… Ausschreibung … Innenstadt-Ost   keine         2026-11-07
  Umnutzung ehemalige… Altlastengutac… Innenstadt-West  geplant       2026-11-02
  Mobilstationen am H… Machbarkeitsst… Innenstadt; Mor… offen         2026-10-28
  Radverkehrskonzept … Bestandsanalys… Innenstadt; Inn… geplant       2026-10-23
  Digitales Bürgerbür… Online-Terminv… gesamtes Stadtg… offen         2026-10-13
  Spielplatzentwicklu… Bestandsaufnah… gesamtes Stadtg… geplant       2026-09-28
  Neubau Grundschule … Entwurfsplanun… Erfenbach        geplant       2026-09-08
  Quartiersentwicklun… Umsetzung der … Grübentälchen    abgeschlossen 2026-08-29
  Lärmaktionsplan, St… Beschlossen, U… Innenstadt; Ein… abgeschlossen 2026-06-30

────────────────────────────────────────────────────────────────────────────────
 Bürgerinnen und Bürger können Vorschläge für den Haushalt einbringen und
 bewerten; 250.000 € stehen für Vorschläge aus den Stadtteilen bereit.
 Regeln für das Bürgerbudget, Start der Vorschlagsphase.
 Koordinierungsstelle Bürgerbeteiligung, Frau Claudia Weber


 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let roster = #"""
 moderat  1  2  3  4 Beirat  5  6  7  8           demo.db · tester (Verwaltung)
 Beteiligungsbeirat – 1 Sitz unbesetzt
 ⚠ 12 Amtszeiten enden in 60 Tagen, zuerst Walter Kessler am 18.12.2026
                  Sitz            Mitglied             Rolle          bis
  Einwohnerinnen… Einwohnersitz 1 Helga Brenner        Vorsitz        11.01.2027
  Einwohnerinnen… Einwohnersitz 2 Tobias Reuter        Stellv. Vorsi… 11.01.2027
  Einwohnerinnen… Einwohnersitz 3 Aylin Demirtaş       Mitglied       11.01.2027
  Einwohnerinnen… Einwohnersitz 4 Konrad Weiß          Mitglied       11.01.2027
  Einwohnerinnen… Einwohnersitz 5 Jana Ostermann       Mitglied       11.01.2027
  Einwohnerinnen… Einwohnersitz 6 Paul Lindner         Mitglied       11.01.2027
  Einwohnerinnen… Einwohnersitz 7 Markus Ebert         Mitglied       11.01.2027
  Einwohnerinnen… Einwohnersitz 8 Gisela Hauck         Mitglied       11.01.2027
  Einwohnerinnen… Nachrücker/in 1 Elif Arslan          Stellvertretu… 11.01.2027
  Einwohnerinnen… Nachrücker/in 2 Robin Sand           Stellvertretu… 11.01.2027
  Einwohnerinnen… Nachrücker/in 3 Hans-Peter Gerlach   Stellvertretu… 11.01.2027
  Verwaltung      Referat Stadte… Dr. Ines Hartmann    Mitglied
  Verwaltung      Referat Umwelt… Jonas Becker         Mitglied
────────────────────────────────────────────────────────────────────────────────
 Helga Brenner · Vorsitz · 12.01.2025 – 11.01.2027
 Kontakt (vertraulich): helga.brenner@example.org; 030 23125 101
 Notizen (vertraulich): Vorsitzende seit der konstituierenden Sitzung.
 Bevorzugt Unterlagen auf Papier.
 Verlauf: Helga Brenner 12.01.2025–11.01.2027
 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let meetings = #"""
 moderat  1  2  3  4  5 Sitzungen  6  7  8        demo.db · tester (Verwaltung)
 Sitzungen
  Datum      Titel                     Ort                      TOPs
  07.11.2026 10. Sitzung des Beteilig… Stadtteilzentrum Grüben… 7     Entwurf
  14.09.2026 9. Sitzung des Beteiligu… Rathaus, Sitzungssaal 2… 6     endgültig











────────────────────────────────────────────────────────────────────────────────
 Beteiligungsbeirat





 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let meeting = #"""
 moderat  1  2  3  4  5 Sitzungen  6  7  8        demo.db · tester (Verwaltung)
 Protokoll: 10. Sitzung des Beteiligungsbeirats · Entwurf
 07.11.2026, 18:30–21:00 Uhr · Stadtteilzentrum Grübentälchen, Mehrzweckraum
 Anwesend (13): Helga Brenner, Tobias Reuter, Aylin Demirtaş, Jana Ostermann,
 Markus Ebert, Gisela Hauck, Dr. Ines Hartmann, Jonas Becker, Lea Schuster,
 Claudia Weber, Mara Feld, Rainer Thoma
 Vertretung: Robin Sand für Paul Lindner · Entschuldigt (2): Paul Lindner,
 Walter Kessler · Abwesend (1): Konrad Weiß
 Gäste: Stefan Albers · Protokoll: Claudia Weber (Koordinierungsstelle) ·
 Nächste Sitzung: 27.12.2026
 Beschlussfähig: 13 von 16 Sitzen (1 vertreten), nötig 9
  TOP   Titel
  1     Begrüßung, Feststellung der Besch…                  0 Beschl. · 0 Aufg.
  2     Genehmigung des Protokolls der 9.…                  1 Beschl. · 0 Aufg.
  3     Auswertung der Online-Kommentieru…                  1 Beschl. · 2 Aufg.
  4     Vorhabenliste: Umgestaltung Stift…                  1 Beschl. · 2 Aufg.
  5     Nachbesetzung des Sitzes des Beir… nicht öffentlich 0 Bes… ▼ 2 weitere
────────────────────────────────────────────────────────────────────────────────
 Die Vorsitzende begrüßt die Anwesenden. Die Beschlussfähigkeit wird
 festgestellt. TOP 6 wird auf Antrag von Herrn Reuter ergänzt.



 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let actions = #"""
 moderat  1  2  3  4  5  6 Aufgaben  7  8         demo.db · tester (Verwaltung)
 Offene Aufgaben: 6, davon 2 überfällig; erledigte darunter
  Fällig                         Wer            Was            Sitzung    TOP
  14.10.2026 überfällig          Dr. Ines Hart… Stellungnahme… 14.09.2026 TOP 4
  21.11.2026 überfällig          Claudia Weber  Zwischenstand… 07.11.2026 TOP 3
  28.11.2026 offen               Helga Brenner  Gespräch mit … 07.11.2026 TOP 5
  02.12.2026 offen               Claudia Weber  Aufruf zur Be… 07.11.2026 TOP 6
  05.12.2026 offen               Rainer Thoma   Termin für de… 07.11.2026 TOP 4
  11.12.2026 offen               Arbeitsgruppe… Auswertung de… 07.11.2026 TOP 3
  21.09.2026 erledigt 19.09.2026 Claudia Weber  Netiquette un… 14.09.2026 TOP 3
  28.09.2026 erledigt 20.09.2026 Claudia Weber  Beirat für Mi… 14.09.2026 TOP 5
  05.10.2026 erledigt 03.10.2026 Tobias Reuter  Infostand auf… 14.09.2026 TOP 3
  17.11.2026 erledigt 15.11.2026 Dr. Ines Hart… Vorentwurf al… 07.11.2026 TOP 4



────────────────────────────────────────────────────────────────────────────────
 Stellungnahme der Wirtschaftsförderung zum Beteiligungskonzept
 Straßenbahndepot einholen
 9. Sitzung des Beteiligungsbeirats (14.09.2026), TOP 4: Vorhabenliste:
 Aufnahme neuer Vorhaben
 überfällig

 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let audit = #"""
 moderat  1  2  3  4  5  6  7  8 Audit-Log        demo.db · tester (Verwaltung)
 Audit-Log, neueste zuerst: alle Einträge
  Zeit             Wer                 Aktion           Objekt        Angaben
  27.11.2026 15:00 tester              Demo-Daten erze… database      comments:…
  27.11.2026 14:59 Bernd Schmidt (bsc… Abschnitte zuge… comment 518   Abschnitt…
  27.11.2026 14:59 Bernd Schmidt (bsc… Abschnitte zuge… comment 513   Abschnitt…
  27.11.2026 14:59 Bernd Schmidt (bsc… Abschnitte zuge… comment 512   Abschnitt…
  27.11.2026 14:59 Anna Müller (amuel… Abschnitte zuge… comment 511   Abschnitt…
  27.11.2026 14:59 Anna Müller (amuel… Abschnitte zuge… comment 506   Abschnitt…
  27.11.2026 14:45 Anna Müller (amuel… abgelehnt        comment 517   offen → a…
  27.11.2026 09:20 Anna Müller (amuel… Abschnitte zuge… comment 508   Abschnitt…
  27.11.2026 08:08 Bernd Schmidt (bsc… Abschnitte zuge… comment 509   Abschnitt…
  27.11.2026 06:50 Anna Müller (amuel… freigegeben      comment 505   offen → f…
  27.11.2026 06:48 Anna Müller (amuel… Abschnitte zuge… comment 505   Abschnitt…
  26.11.2026 23:56 Bernd Schmidt (bsc… Abschnitte zuge… comment 503   Abschnitt…
  26.11.2026 22:49 Anna Müller (amuel… freigegeben      comment 501   offen → f…
  26.11.2026 22:47 Anna Müller (amuel… Abschnitte zuge… comment 501   Abschnitt…
  26.11.2026 19:47 tester              Abschnitte zuge… comment 500   Abschnitt…
  25.11.2026 03:06 Bernd Schmidt (bsc… Abschnitte zuge… comment 498   Abschnitt…
  24.11.2026 09:56 Bernd Schmidt (bsc… freigegeben      comment 495   offen → f…
  24.11.2026 09:55 Bernd Schmidt (bsc… Abschnitte zuge… comment 495   Abschnitt…
  23.11.2026 17:01 Anna Müller (amuel… Abschnitte zuge… comment 496   Abschnitt…
  23.11.2026 12:16 Bernd Schmidt (bsc… Abschnitte zuge… comment 494   Abschnitt…
 Enter Eintrag  :actor/:entity/:since filtern  Esc Filter aufheben  ? Hilfe
"""#

    static let help = #"""
 moderat  1 Warteschlange  2  3  4  5  6  7  8    demo.db · tester (Verwaltung)
 offen · älteste zuerst: 305 Beiträge
┌ Hilfe – Warteschlange ───────────────────────────────────────────────────────┐
│                                                                              │
│ Diese Ansicht                                                                │
│ j ↓              nach unten                                                  │
│ k ↑              nach oben                                                   │
│ g Home           zum Anfang                                                  │
│ G End            zum Ende                                                    │
│ Ctrl-D           halbe Seite weiter                                          │
│ Ctrl-U           halbe Seite zurück                                          │
│ PgDn             eine Seite weiter                                           │
│ PgUp             eine Seite zurück                                           │
│ Enter            öffnen                                                      │
│ a                freigeben (nur Moderation und Administration)               │
│ r                ablehnen (mit Grund) (nur Moderation und Administration)    │
│ h                zurückstellen (mit Notiz) (nur Moderation und               │
│                  Administration)                                             │
│ t                Abschnitte zuordnen (nur Moderation und Administration)     │
│ Space            markieren                                                   │
│                                                                              │
└────────────────────────────────────────────────────────────────────────── ↓ ─┘
  offen   47 d B1      Radlerin_KL   Grundsätzlich finde ich den Entwurf gelung…
 Esc oder ? schließt
"""#
}

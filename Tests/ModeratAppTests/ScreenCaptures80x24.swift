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
  Datum      Titel                                               TOPs
  07.11.2026 10. Sitzung des Beteiligungsbeirats                 7    Entwurf
  14.09.2026 9. Sitzung des Beteiligungsbeirats                  6    endgültig











────────────────────────────────────────────────────────────────────────────────
 10. Sitzung des Beteiligungsbeirats
 Stadtteilzentrum Grübentälchen, Mehrzweckraum
 Beteiligungsbeirat



 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let meeting = #"""
 moderat  1  2  3  4  5 Sitzungen  6  7  8        demo.db · tester (Verwaltung)
 Protokoll: 10. Sitzung des Beteiligungsbeirats · Entwurf
 07.11.2026, 18:30–21:00 Uhr · Stadtteilzentrum Grübentälchen, Mehrzweckraum
 Anwesend 13 (1 Vertretung) · entschuldigt 2 · abwesend 1 · Gäste 1
 beschlussfähig (13/16, nötig 9) · i: alle Namen
  TOP Titel
  1   Begrüßung, Feststellung der Beschlussfähigkeit und der …
  2   Genehmigung des Protokolls der 9. Sitzung
  3   Auswertung der Online-Kommentierung der Leitlinien
  4   Vorhabenliste: Umgestaltung Stiftsplatz – Beteiligungsk…
  5   Nachbesetzung des Sitzes des Beirats für Migration und … nicht öffentlich
  6   Auslosung der Einwohnersitze für die nächste Amtszeit
  7   Verschiedenes

────────────────────────────────────────────────────────────────────────────────
 Die Vorsitzende begrüßt die Anwesenden. Die Beschlussfähigkeit wird
 festgestellt. TOP 6 wird auf Antrag von Herrn Reuter ergänzt.






 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let actions = #"""
 moderat  1  2  3  4  5  6 Aufgaben  7  8         demo.db · tester (Verwaltung)
 Offene Aufgaben: 6, davon 2 überfällig; erledigte darunter
  Fällig                Wer                Was
  14.10.2026 überfällig Dr. Ines Hartmann  Stellungnahme der Wirtschaftsförderu…
  21.11.2026 überfällig Claudia Weber      Zwischenstand der Moderation (offene…
  28.11.2026 offen      Helga Brenner      Gespräch mit dem Vorstand des Beirat…
  02.12.2026 offen      Claudia Weber      Aufruf zur Bewerbung für die Auslosu…
  05.12.2026 offen      Rainer Thoma       Termin für den Platzspaziergang mit …
  11.12.2026 offen      Arbeitsgruppe Aus… Auswertung der Beiträge nach Abschni…
  21.09.2026 erledigt   Claudia Weber      Netiquette und Moderationsregeln auf…
  28.09.2026 erledigt   Claudia Weber      Beirat für Migration und Integration…
  05.10.2026 erledigt   Tobias Reuter      Infostand auf dem Wochenmarkt währen…
  17.11.2026 erledigt   Dr. Ines Hartmann  Vorentwurf als Plakat am Stiftsplatz…



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
│ j ↓                 nach unten                                               │
│ k ↑                 nach oben                                                │
│ g Pos1              zum Anfang                                               │
│ G Ende              zum Ende                                                 │
│ Strg-D              halbe Seite weiter                                       │
│ Strg-U              halbe Seite zurück                                       │
│ Bild↓               eine Seite weiter                                        │
│ Bild↑               eine Seite zurück                                        │
│ Enter               öffnen                                                   │
│ a                   freigeben (nur Moderation und Administration)            │
│ r                   ablehnen (mit Grund) (nur Moderation und                 │
│                     Administration)                                          │
│ h                   zurückstellen (mit Notiz) (nur Moderation und            │
│                     Administration)                                          │
│ t                   Abschnitte zuordnen (nur Moderation und                  │
│                                                                              │
└────────────────────────────────────────────────────────────────────────── ↓ ─┘
  offen   47 d B1      Radlerin_KL   Grundsätzlich finde ich den Entwurf gelung…
 Esc oder ? schließt
"""#
}

/// The expected 60x16 screens of `MainScreenCaptureTests` (demo database, the harness's
/// fixed clock, account tester). Each is the screen text exactly, row by row.
enum ScreenCaptures60x16 {
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
 moderat  1  2  3  4  5  6  7 Auswertung  8
 Auswertung

 Beiträge nach Status         Beiträge je Verfahren
 offen     █████████████ 305  leitlini… ███████████████ 456
 freigege… ███████▎ 170       stiftspl… ██ 62
 abgelehnt █▍ 31
 zurückge… ▌ 12               Ablehnungsgründe
                              Kein Bez… ████████████████ 11
 Freigegeben: 84,6 % der En…  Beleidig… █████████████▏ 9
 Abgelehnt: 15,4 %            Werbung … ████████▊ 6
 Bis zur Entscheidung: Medi…  Personen… █████▉ 4
 90 % entschieden binnen 68…  Doppelte… █▌ 1
 beantw.: 34 · 5 offene Auf…

 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let sections = #"""
 moderat  1  2 Abschnitte  3  4  5  6  7  8
 Leitlinien-Abschnitte
           Titel               offen    frei  abgel. beantw.
  A        Präambel               14      11       0       2
  B        Gute Beteiligung        0       0       0       0
    B1     Formen der Betei…      15       5       0       1
    B2     Qualitätskriteri…      17       7       0       3
    B3     Beteiligung für …      32      15       0       4
  C        Information und …       0       0       0       0
─ Text des Abschnitts · A ──────────────────────────────────
 Die Stadt lebt vom Engagement ihrer Bürgerinnen und
 Bürger. Diese Leitlinien beschreiben, wie Politik, …
─ Beiträge zu A (26) ───────────────────────────────────────
 offen    27 d   Mia Braun Das sehe ich anders, Ayşe.
 offen    27 d   Birgit Lorenz Der Text ist viel zu lang u…
 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let projects = #"""
 moderat  1  2  3 Vorhaben  4  5  6  7  8
 Vorhabenliste
  Titel                      Stand      Stadtteile Beteilig…
  Bürgerhaushalt 2027        Verfahren… gesamtes … geplant
  Hitzeaktionsplan und 1.00… Standorts… gesamtes … geplant
  Umgestaltung Stiftsplatz   Wettbewer… Innenstadt läuft
  Technische Sanierung Stad… Ausschrei… Innenstad… keine
  Umnutzung ehemaliges Stra… Altlasten… Innenstad… geplant
  Mobilstationen am Hauptba… Machbarke… Innenstad… offen
  Radverkehrskonzept Innens… Bestandsa… Innenstad… geplant
  Digitales Bürgerbüro und … Online-Te… gesamtes … offen
────────────────────────────────────────────────────────────
 Bürgerinnen und Bürger können Vorschläge für den Haushalt
 einbringen und bewerten; 250.000 € stehen für Vorschläge
 aus den Stadtteilen bereit. …
 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let roster = #"""
 moderat  1  2  3  4 Beirat  5  6  7  8
 Beteiligungsbeirat – 1 Sitz unbesetzt
 ⚠ 12 Amtszeiten enden in 60 Tagen, zuerst Walter Kessler …
             Sitz            Mitglied               Rolle
  Einwohner… Einwohnersitz 1 Helga Brenner          Vorsitz
  Einwohner… Einwohnersitz 2 Tobias Reuter          Stellv.…
  Einwohner… Einwohnersitz 3 Aylin Demirtaş         Mitglied
  Einwohner… Einwohnersitz 4 Konrad Weiß            Mitglied
  Einwohner… Einwohnersitz 5 Jana Ostermann         Mitglied
  Einwohner… Einwohnersitz 6 Paul Lindner           Mitglied
  Einwohner… Einwohnersitz 7 Markus Ebert           Mitglied
────────────────────────────────────────────────────────────
 Helga Brenner · Vorsitz · 12.01.2025 – 11.01.2027
 Kontakt (vertraulich): helga.brenner@example.org; 030
 23125 101 …
 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let meetings = #"""
 moderat  1  2  3  4  5 Sitzungen  6  7  8
 Sitzungen
  Datum      Titel                           TOPs
  07.11.2026 10. Sitzung des Beteiligungsbe… 7    Entwurf
  14.09.2026 9. Sitzung des Beteiligungsbei… 6    endgültig






────────────────────────────────────────────────────────────
 10. Sitzung des Beteiligungsbeirats
 Stadtteilzentrum Grübentälchen, Mehrzweckraum
 Beteiligungsbeirat
 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let meeting = #"""
 moderat  1  2  3  4  5 Sitzungen  6  7  8
 Protokoll: 10. Sitzung des Beteiligungsbeirats · Entwurf
 07.11.2026, 18:30–21:00 Uhr · Stadtteilzentrum Grübentälc…
 Anwesend 13 (1 Vertretung) · entschuldigt 2 · abwesend 1
 beschlussfähig (13/16, nötig 9) · Gäste 1 · i: alle Namen
  TOP Titel
  1   Begrüßung, Feststellung der Beschlussfähigkeit…
  2   Genehmigung des Protokolls der 9. Sitzung
  3   Auswertung der Online-Kommentierung der Leitli…
  4   Vorhabenliste: Umgestaltung Stiftsplatz – Bete…
───────────────────────────────────────────── ▼ 3 weitere ──
 Die Vorsitzende begrüßt die Anwesenden. Die
 Beschlussfähigkeit wird festgestellt. TOP 6 wird auf
 Antrag von Herrn Reuter ergänzt.

 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let actions = #"""
 moderat  1  2  3  4  5  6 Aufgaben  7  8
 Offene Aufgaben: 6, davon 2 überfällig; erledigte darunter
  Fällig                Wer                Was
  14.10.2026 überfällig Dr. Ines Hartmann  Stellungnahme de…
  21.11.2026 überfällig Claudia Weber      Zwischenstand de…
  28.11.2026 offen      Helga Brenner      Gespräch mit dem…
  02.12.2026 offen      Claudia Weber      Aufruf zur Bewer…
  05.12.2026 offen      Rainer Thoma       Termin für den P…
  11.12.2026 offen      Arbeitsgruppe Aus… Auswertung der B…
  21.09.2026 erledigt   Claudia Weber      Netiquette und M…
  28.09.2026 erledigt   Claudia Weber      Beirat für Migra…
────────────────────────────────────────────────────────────
 Stellungnahme der Wirtschaftsförderung zum
 Beteiligungskonzept Straßenbahndepot einholen
 9. Sitzung des Beteiligungsbeirats (14.09.2026), TOP 4: …
 j/k bewegen  Tab/1–8 Ansicht  : Befehl  ? Hilfe  q beenden
"""#

    static let audit = #"""
 moderat  1  2  3  4  5  6  7  8 Audit-Log
 Audit-Log, neueste zuerst: alle Einträge
  Zeit             Wer            Aktion       Angaben
  27.11.2026 15:00 tester         Demo-Daten … comments: 51…
  27.11.2026 14:59 Bernd Schmidt… Abschnitte … Abschnitte: …
  27.11.2026 14:59 Bernd Schmidt… Abschnitte … Abschnitte: 3
  27.11.2026 14:59 Bernd Schmidt… Abschnitte … Abschnitte: 3
  27.11.2026 14:59 Anna Müller (… Abschnitte … Abschnitte: 1
  27.11.2026 14:59 Anna Müller (… Abschnitte … Abschnitte: 4
  27.11.2026 14:45 Anna Müller (… abgelehnt    offen → abge…
  27.11.2026 09:20 Anna Müller (… Abschnitte … Abschnitte: 1
  27.11.2026 08:08 Bernd Schmidt… Abschnitte … Abschnitte: …
  27.11.2026 06:50 Anna Müller (… freigegeben  offen → frei…
  27.11.2026 06:48 Anna Müller (… Abschnitte … Abschnitte: 3
  26.11.2026 23:56 Bernd Schmidt… Abschnitte … Abschnitte: …
 Enter Eintrag  :actor/:entity/:since filtern  …  ? Hilfe
"""#

    static let help = #"""
 moderat  1 Warteschlange  2  3  4  5  6  7  8
 offen · älteste zuerst: 305 Beiträge
┌ Hilfe – Warteschlange ───────────────────────────────────┐
│                                                          │
│ Diese Ansicht                                            │
│ j ↓                 nach unten                           │
│ k ↑                 nach oben                            │
│ g Pos1              zum Anfang                           │
│ G Ende              zum Ende                             │
│ Strg-D              halbe Seite weiter                   │
│ Strg-U              halbe Seite zurück                   │
│ Bild↓               eine Seite weiter                    │
│                                                          │
└────────────────────────────────────────────────────── ↓ ─┘
  offen   48 d         Noah Kowa… ↳ Soweit ich weiß, steht …
 Esc oder ? schließt
"""#
}

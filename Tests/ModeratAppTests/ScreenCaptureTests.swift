import Foundation
import Testing
@testable import ModeratApp

/// The queue and the comment view as whole screens at 80x24 and at the README's minimum
/// (60x16), compared cell row by cell row with the captures below (issue 15): the text column
/// takes the remaining width, "Verfahren" goes when one process is shown, cut text ends in
/// "…", the footer keeps "? Hilfe", and the body wraps and stays put when it fits.
/// After a deliberate layout change, replace a capture with what the failing test prints.
@Suite("Whole-screen captures")
struct ScreenCaptureTests {
    static let queue80x24 = #"""
 moderat  1 Warteschlange  2  3  4  5  6  7  8    demo.db · tester (Verwaltung)
 offen · älteste zuerst: 305 Beiträge
  Status Alter Abschn. Verfasser/in  Text
▶ offen   49 d D3      Jannik Stein  Online-Beteiligung ist für mich im Schicht…
  offen   49 d C2      Ahmet Keller  [2×] Drei Monate bis zur Entscheidung sind…
  offen   49 d E2      Felix Stein   Zu Abschnitt E2 habe ich zwei Punkte. Der …
  offen   49 d B3      Fatima Lorenz Eine Telefonnummer, unter der man Beiträge…
  offen   48 d G1      Jürgen H.     Dass der Beirat öffentlich tagt, ist selbs…
  offen   48 d C2      Stefan Möller Vielen Dank für die Möglichkeit, den Entwu…
  offen   48 d C1      Petra Zimmer… Zu Abschnitt C1 habe ich zwei Punkte. Wer …
  offen   48 d C1      Mehmet Winkl… Das Radverkehrskonzept wäre ein gutes erst…
  offen   48 d E1      Petra Winter  Ich habe nach der letzten Beteiligung nie …
  offen   48 d G1      Lehrerin_i.R. Acht ausgeloste Bürgerinnen und Bürger im …
  offen   48 d D3      Mehmet Vogel  Die Plattform funktioniert auf dem Handy n…
  offen   48 d         Noah Kowalski ↳ Soweit ich weiß, steht das in der Geschä…
  offen   48 d D3      Felix Keller  Kommentare sollten innerhalb von zwei Werk…
  offen   48 d B1      mama_von_drei Stadtteilspaziergänge haben sich bei uns i…
  offen   48 d B2      Tomasz Engel  Kurze Anmerkung zu Abschnitt B2: Die Krite…
  offen   48 d E1      Michael Arno… Acht Wochen für die Dokumentation sind rea…
  offen   47 d         Felix Klein   Über die Sperrung der Brücke in Erfenbach …
  offen   47 d         Michael Beck… ↳ Das ist zu kurz gedacht. Die Verwaltung …
  offen   47 d D3      Stefan Möller [2×] Als Elternteil von zwei Kindern möcht…
  offen   47 d B1      Radlerin_KL   Grundsätzlich finde ich den Entwurf gelung…
 Enter öffnen  a frei  r ablehnen  h zurück  t Abschnitt  …  ? Hilfe
"""#

    static let comment80x24 = #"""
 moderat  1 Warteschlange  2  3  4  5  6  7  8    demo.db · tester (Verwaltung)
 #1  offen                                                     09.10.2026 00:44
 Verfasst von: Jannik Stein
 Verfahren: Leitlinien für Bürgerbeteiligung – Online-Kommentierung (leitlinie…
 Abschnitte: D3 Online-Beteiligung
 Status: offen
────────────────────────────────────────────────────────────────────────────────
 Online-Beteiligung ist für mich im Schichtdienst oft die einzige Möglichkeit,
 mitzumachen. 🙂







────────────────────────────────────────────────────────────────────────────────
 Öffentliche Antwort  (keine)
 Interne Notiz        (keine)
 Verlauf              10.10.2026 19:23 tester: Abschnitte zugeordnet



 a freigeben  r ablehnen  h zurückstellen  t Abschnitt  e Antwort  …  ? Hilfe
"""#

    static let queue60x16 = #"""
 moderat  1 Warteschlange  2  3  4  5  6  7  8
 offen · älteste zuerst: 305 Beiträge
  Status Alter Abschn. Verfasser… Text
▶ offen   49 d D3      Jannik St… Online-Beteiligung ist fü…
  offen   49 d C2      Ahmet Kel… [2×] Drei Monate bis zur …
  offen   49 d E2      Felix Ste… Zu Abschnitt E2 habe ich …
  offen   49 d B3      Fatima Lo… Eine Telefonnummer, unter…
  offen   48 d G1      Jürgen H.  Dass der Beirat öffentlic…
  offen   48 d C2      Stefan Mö… Vielen Dank für die Mögli…
  offen   48 d C1      Petra Zim… Zu Abschnitt C1 habe ich …
  offen   48 d C1      Mehmet Wi… Das Radverkehrskonzept wä…
  offen   48 d E1      Petra Win… Ich habe nach der letzten…
  offen   48 d G1      Lehrerin_… Acht ausgeloste Bürgerinn…
  offen   48 d D3      Mehmet Vo… Die Plattform funktionier…
  offen   48 d         Noah Kowa… ↳ Soweit ich weiß, steht …
 Enter öffnen  a frei  r ablehnen  h zurück  …  ? Hilfe
"""#

    static let comment60x16 = #"""
 moderat  1 Warteschlange  2  3  4  5  6  7  8
 #1  offen                                 09.10.2026 00:44
 Verfasst von: Jannik Stein
 Verfahren: Leitlinien für Bürgerbeteiligung – Online-Komm…
 Abschnitte: D3 Online-Beteiligung
 Status: offen
────────────────────────────────────────────────────────────
 Online-Beteiligung ist für mich im Schichtdienst oft die
 einzige Möglichkeit, mitzumachen. 🙂


────────────────────────────────────────────────────────────
 Öffentliche Antwort  (keine)
 Interne Notiz        (keine)
 Verlauf              10.10.2026 19:23 tester: Abschnitte …
 a freigeben  r ablehnen  h zurückstellen  …  ? Hilfe
"""#

    func capture(width: Int, height: Int, open: Bool) throws -> String {
        let h = try ScreenHarness(width: width, height: height)
        if open {
            h.press(.enter)
            h.press(.character("j"))   // a body that fits does not scroll
        }
        return h.screen
    }

    @Test("the queue at 80x24") func queue80() throws {
        let screen = try capture(width: 80, height: 24, open: false)
        #expect(screen == Self.queue80x24, "\n\(screen)")
    }

    @Test("the comment view at 80x24") func comment80() throws {
        let screen = try capture(width: 80, height: 24, open: true)
        #expect(screen == Self.comment80x24, "\n\(screen)")
    }

    @Test("the queue at the minimum size, 60x16") func queue60() throws {
        let screen = try capture(width: 60, height: 16, open: false)
        #expect(screen == Self.queue60x16, "\n\(screen)")
    }

    @Test("the comment view at the minimum size, 60x16") func comment60() throws {
        let screen = try capture(width: 60, height: 16, open: true)
        #expect(screen == Self.comment60x16, "\n\(screen)")
    }
}

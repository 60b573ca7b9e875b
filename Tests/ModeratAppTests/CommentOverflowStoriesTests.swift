import Foundation
import Testing
@testable import ModeratApp

/// Nothing in the comment view is buried at the minimum size: a body longer than its area
/// says on its rules how many lines lie below and above, and when the lower block cannot show
/// every line, the public answer and the note stay in sight and a last line counts the rest.
@Suite("The comment view never hides text silently")
struct CommentOverflowStoriesTests {
    static let longBody60x16 = #"""
 moderat  1 Warteschlange  2  3  4  5  6  7  8
 #7  offen                                 09.10.2026 08:39
 Verfasst von: Felix Stein
 Verfahren: Leitlinien für Bürgerbeteiligung – Online-Komm…
 Abschnitte: E2 Berücksichtigung in Entscheidungen
 Status: offen
────────────────────────────────────────────────────────────
 Zu Abschnitt E2 habe ich zwei Punkte. Der Satz, dass der
 Stadtrat Abweichungen begründet, ist ein echter
 Fortschritt. Außerdem: In jeder Beschlussvorlage sollte
 ein eigener Abschnitt „Ergebnisse der Bürgerbeteiligung“
─────────────────────────────────────── ▼ 1 weitere Zeile ──
 Öffentliche Antwort  (keine)
 Interne Notiz        (keine)
 Verlauf              11.10.2026 08:24 Bernd Schmidt: Absc…
 a freigeben  r ablehnen  h zurückstellen  …  ? Hilfe
"""#

    static let longBodyScrolled60x16 = #"""
 moderat  1 Warteschlange  2  3  4  5  6  7  8
 #7  offen                                 09.10.2026 08:39
 Verfasst von: Felix Stein
 Verfahren: Leitlinien für Bürgerbeteiligung – Online-Komm…
 Abschnitte: E2 Berücksichtigung in Entscheidungen
 Status: offen
─────────────────────────────────────── ▲ 1 Zeile darüber ──
 Stadtrat Abweichungen begründet, ist ein echter
 Fortschritt. Außerdem: In jeder Beschlussvorlage sollte
 ein eigener Abschnitt „Ergebnisse der Bürgerbeteiligung“
 stehen.
────────────────────────────────────────────────────────────
 Öffentliche Antwort  (keine)
 Interne Notiz        (keine)
 Verlauf              11.10.2026 08:24 Bernd Schmidt: Absc…
 a freigeben  r ablehnen  h zurückstellen  …  ? Hilfe
"""#

    static let crowdedLower60x16 = #"""
 moderat  1 Warteschlange  2  3  4  5  6  7  8
 #304  offen                               25.10.2026 21:06
 Verfasst von: Leonie Schulz
 Verfahren: Leitlinien für Bürgerbeteiligung – Online-Komm…
 Abschnitte: D3 Online-Beteiligung
 Status: offen
────────────────────────────────────────────────────────────
 Mir ist wichtig, dass meine Daten nicht länger als nötig
 gespeichert werden. Kommentare sollten innerhalb von zwei
 Werktagen geprüft werden.

─────────────────────────────────────── ▼ 1 weitere Zeile ──
 Öffentliche Antwort  (keine)
 Interne Notiz        (keine)
 … 4 weitere Zeilen
 a freigeben  r ablehnen  h zurückstellen  …  ? Hilfe
"""#

    @Test("a body longer than the view says how many lines are below, then above")
    func longBody() throws {
        let h = try ScreenHarness(width: 60, height: 16)
        h.press(.character("j"), .character("j"), .enter)   // #7, five lines at this width
        #expect(h.screen == Self.longBody60x16, "\n\(h.screen)")
        h.press(.character("j"))
        #expect(h.screen == Self.longBodyScrolled60x16, "\n\(h.screen)")
    }

    @Test("with replies, the answer and the note stay in sight and the rest is counted")
    func crowdedLower() throws {
        let h = try ScreenHarness(width: 60, height: 16)
        let withReplies = try #require(try h.ids("""
            SELECT r.parent_id FROM comment r JOIN comment p ON p.id = r.parent_id
            WHERE p.state = 'pending' GROUP BY r.parent_id HAVING count(*) >= 2 ORDER BY p.created_at LIMIT 1
            """).first)
        h.select(comment: withReplies)
        h.press(.enter)
        #expect(h.screen == Self.crowdedLower60x16, "\n\(h.screen)")
    }
}

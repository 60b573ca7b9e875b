import ModeratCore
import Testing

@Suite("Minutes text: outcomes of votes, prose that starts like a keyword, written order")
struct MinutesOutcomeTests {
    func decision(_ line: String) -> (AgendaMinutes.Decision?, [AgendaMinutesProblem]) {
        let parsed = AgendaMinutesText.parse(line)
        return (parsed.minutes.decisions.first, parsed.problems)
    }

    @Test("more no than yes is a rejected motion, not a decision taken")
    func rejectedByVotes() {
        let (d, problems) = decision("Beschluss 3/10/1: Die Sitzungen finden künftig im Rathaus statt.")
        #expect(problems.isEmpty)
        #expect(d?.votes == VoteTally(yes: 3, no: 10, abstain: 1))
        #expect(d?.outcome == .rejected)
        #expect(decision("Beschluss 10/2/1: Angenommen.").0?.outcome == .adopted)
        #expect(decision("Beschluss 5/5/0: Patt.").0?.outcome == .rejected)
    }

    @Test("einstimmig, angenommen, abgelehnt and 9:3:2 are ways of writing the outcome")
    func outcomeWords() {
        let unanimous = decision("Beschluss einstimmig: Der Beirat empfiehlt A.").0
        #expect(unanimous?.unanimous == true)
        #expect(unanimous?.outcome == .adopted)
        #expect(unanimous?.votes == nil)
        let colon = decision("Beschluss mit 9:3:2 angenommen: Der Beirat empfiehlt B.").0
        #expect(colon?.votes == VoteTally(yes: 9, no: 3, abstain: 2))
        #expect(colon?.outcome == .adopted)
        #expect(colon?.text == "Der Beirat empfiehlt B.")
        #expect(decision("Beschluss 9:3:2: C.").0?.votes == VoteTally(yes: 9, no: 3, abstain: 2))
        #expect(decision("Beschluss abgelehnt: D.").0?.outcome == .rejected)
        // A qualified majority missed: rejected although more said yes.
        #expect(decision("Beschluss 6/4/0 abgelehnt: E.").0?.outcome == .rejected)
        #expect(decision("Decision unanimous 12/0/1: F.").0?.unanimous == true)
    }

    @Test("an outcome that contradicts the votes is a problem with its line")
    func contradictions() {
        #expect(decision("Beschluss 4/6/0 angenommen: X.").1.first?.reason == "4 yes to 6 no is no majority: the motion was abgelehnt")
        #expect(decision("Beschluss einstimmig 10/1/0: X.").1.first?.reason == "einstimmig, but 1 votes against")
        #expect(decision("Beschluss einstimmig abgelehnt: X.").1.first?.reason == "a decision cannot be einstimmig and abgelehnt")
        #expect(decision("Beschluss 10/2: X.").1.first?.reason == "votes are written yes/no/abstain, e.g. 10/2/1 or 10:2:1, not '10/2'")
    }

    @Test("prose beginning 'Beschluss des Stadtrats vom …' is refused with the way to write it, and written with a backslash")
    func proseThatLooksLikeAKeyword() {
        let refused = AgendaMinutesText.parse("Beschluss des Stadtrats vom 12.03.2025: Der Rat beschließt die Leitlinien.")
        #expect(refused.problems == [AgendaMinutesProblem(line: 1, .notAVote("des Stadtrats vom 12.03.2025"))])
        #expect(refused.problems.first?.reason == "'des Stadtrats vom 12.03.2025' is not a vote "
            + "(10/2/1, 9:3:2, einstimmig, angenommen, abgelehnt); to keep this line as text, start it with \\")
        let text = "\\Beschluss des Stadtrats vom 12.03.2025: Der Rat beschließt die Leitlinien."
        let parsed = AgendaMinutesText.parse(text)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.minutes.decisions.isEmpty)
        #expect(parsed.minutes.result == "Beschluss des Stadtrats vom 12.03.2025: Der Rat beschließt die Leitlinien.")
        // Back in the editor it keeps its backslash, so saving again changes nothing.
        #expect(AgendaMinutesText.render(parsed.minutes, german: true) == text)
    }

    @Test("prose, decisions and action items keep the order and line breaks they were written in")
    func writtenOrder() {
        let text = """
            Frau Hartmann berichtet.
            Zweite Zeile desselben Absatzes.
            Beschluss 3/10/1: Die Sitzungen finden im Rathaus statt.
            Danach wird weiter beraten.

            Ein zweiter Absatz.
            Beschluss einstimmig: Der Beirat tagt digital.
            Aufgabe: Claudia Weber | Raum buchen | 2026-12-01
            """
        let parsed = AgendaMinutesText.parse(text)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.minutes.layout == [.text("Frau Hartmann berichtet.\nZweite Zeile desselben Absatzes."), .decision(0),
                                          .text("Danach wird weiter beraten."), .text("Ein zweiter Absatz."), .decision(1), .action(0)])
        #expect(AgendaMinutesText.render(parsed.minutes, german: true) == text)
        #expect(AgendaMinutesText.parse(AgendaMinutesText.render(parsed.minutes, german: false)).minutes == parsed.minutes)
    }

    @Test("an action item keeps its identity when its wording or its person changes")
    func actionIdentity() {
        let old = [("Claudia Weber", "Raum buchen"), ("Rainer Thoma", "Termin abstimmen"), ("Mara Feld", "Plakat")]
        #expect(ActionIdentity.match(old: old, new: [("Rainer Thoma", "Termin mit dem Amt abstimmen"), ("Claudia Weber", "Raum buchen")])
                == [1, 0])
        #expect(ActionIdentity.match(old: old, new: [("Jana Ostermann", "Plakat"), ("Neu", "Etwas Neues")]) == [2, nil])
    }

    @Test("the quorum note may add to the computed figure, never state one")
    func quorumNote() {
        #expect(QuorumNote.statedQuorum("Frau Feld verlässt die Sitzung um 19 Uhr.") == nil)
        #expect(QuorumNote.statedQuorum("Nicht beschlussfähig ab 19 Uhr") == "beschlussfähig")
    }
}

import Foundation
import GRDB
import ModeratCore
@testable import ModeratStore
import Testing

/// Minutes a city can publish: outcomes, the details of an Ergebnisprotokoll, the written
/// order, action items that keep their identity, substitutes, drafts and what is public.
@Suite("Minutes for publication: outcomes, details, order, actions, substitutes, drafts, public outputs")
struct MinutesPublishTests {
    func save(_ f: MeetingFixture, item: Int, _ text: String) throws {
        let parsed = AgendaMinutesText.parse(text)
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        let version = try #require(try f.secretary.meeting(f.meetingId).items.first { $0.id == f.items[item] }?.version)
        try f.secretary.saveAgendaMinutes(f.items[item], parsed.minutes, expectedVersion: version)
    }

    func export(_ f: MeetingFixture, _ format: MinutesExport.Format, publicOnly: Bool = false) throws -> String {
        MinutesExport.render(try f.secretary.meeting(f.meetingId), format: format, publicOnly: publicOnly)
    }

    @Test("a rejected motion is published as rejected; unanimous and counted decisions are numbered with their outcome")
    func outcomesInTheExport() throws {
        let f = try MeetingFixture()
        try save(f, item: 2, """
            Beschluss 1/3/1: Die Sitzungen finden künftig im Rathaus statt.
            Beschluss einstimmig: Der Beirat empfiehlt einen Platzspaziergang.
            Beschluss mit 3:1:1 angenommen: Der Beirat tagt im Januar digital.
            """)
        let md = try export(f, .md)
        #expect(md.contains("Beschluss Nr. 1: Die Sitzungen finden künftig im Rathaus statt. – mit 1:3:1 abgelehnt (Ja 1, Nein 3, Enthaltung 1)"))
        #expect(md.contains("Beschluss Nr. 2: Der Beirat empfiehlt einen Platzspaziergang. – einstimmig angenommen"))
        #expect(md.contains("Beschluss Nr. 3: Der Beirat tagt im Januar digital. – mit 3:1:1 angenommen (Ja 3, Nein 1, Enthaltung 1)"))
        let stored = try f.fixture.database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT outcome, unanimous FROM agenda_decision ORDER BY id").map { [$0["outcome"] as String?, String($0["unanimous"] as Int)] }
        }
        #expect(stored == [[nil, "0"], [nil, "1"], ["adopted", "0"]])
    }

    @Test("the export keeps the order and single line breaks the secretary wrote, in md, html and txt")
    func writtenOrderInTheExport() throws {
        let f = try MeetingFixture()
        try save(f, item: 2, """
            Frau Dr. Hartmann stellt den Vorentwurf vor.
            Fragen werden beantwortet.
            Beschluss 4/0/1: Empfehlung eines Platzspaziergangs.
            Im Anschluss wird der Termin besprochen.
            Aufgabe: Rainer Thoma | Termin abstimmen | 2026-12-18
            """)
        let md = try export(f, .md)
        let first = try #require(md.range(of: "Frau Dr. Hartmann stellt den Vorentwurf vor.  \nFragen werden beantwortet."))
        let decision = try #require(md.range(of: "Beschluss Nr. 1: Empfehlung"))
        let after = try #require(md.range(of: "Im Anschluss wird der Termin besprochen."))
        let action = try #require(md.range(of: "Aufgabe: Rainer Thoma – Termin abstimmen"))
        #expect(first.upperBound < decision.lowerBound && decision.upperBound < after.lowerBound && after.upperBound < action.lowerBound)
        #expect(try export(f, .html).contains("<p>Frau Dr. Hartmann stellt den Vorentwurf vor.<br>\nFragen werden beantwortet.</p>"))
        #expect(try export(f, .txt).contains("Frau Dr. Hartmann stellt den Vorentwurf vor.\nFragen werden beantwortet.\n\n- Beschluss Nr. 1"))
    }

    @Test("amendments are marked at the TOP they change as well as in the list at the end")
    func amendmentsAtTheirTop() throws {
        let f = try MeetingFixture()
        try save(f, item: 0, "Begrüßt.")
        try f.secretary.finalizeMinutes(f.meetingId)
        try f.secretary.amendMinutes(f.meetingId, itemNumber: 1, text: "Auch Herr Albers wurde begrüßt.")
        let md = try export(f, .md)
        let top1 = try #require(md.range(of: "## TOP 1: Begrüßung"))
        let top2 = try #require(md.range(of: "## TOP 2:"))
        let marked = try #require(md.range(of: "Nachtrag vom 27.11.2026 (Claudia Weber): Auch Herr Albers wurde begrüßt."))
        #expect(top1.upperBound < marked.lowerBound && marked.upperBound < top2.lowerBound)
        #expect(md.contains("## Änderungen"))
    }

    @Test("every detail of an Ergebnisprotokoll is set by command and exported; nothing defaults to 'nicht genehmigt'")
    func details() throws {
        let f = try MeetingFixture()
        #expect(!(try export(f, .md)).contains("genehmigt"))
        var change = MeetingDetailsChange()
        change.isPublic = false
        change.chair = "Helga Brenner"
        change.minuteTaker = "Ines Hartmann"
        change.previousApproval = .amended
        change.nextMeetingDate = "15.01.2027"
        change.nextMeetingTime = "17:30"
        change.nextMeetingPlace = "Stadtbibliothek, Saal 1"
        change.privateNotes = "Raumschlüssel bei der Pforte"
        change.quorumNote = "Frau Ostermann verlässt die Sitzung nach TOP 2."
        change.signaturePlace = "Kaiserslautern"
        change.signatureDate = "2026-11-23"
        change.distribution = ["Mitglieder des Beirats", "Koordinierungsstelle"]
        change.attachments = ["Präsentation Stiftsplatz (PDF)"]
        try f.secretary.updateMeetingDetails(f.meetingId, change)
        let md = try export(f, .md)
        for expected in ["**Sitzung:** nicht öffentlich", "**Sitzungsleitung:** Helga Brenner", "**Protokollführung:** Ines Hartmann",
                         "Das Protokoll der vorigen Sitzung wurde mit Änderungen genehmigt.",
                         "15.01.2027, 17:30 Uhr, Stadtbibliothek, Saal 1", "Raumschlüssel bei der Pforte",
                         "Anmerkung: Frau Ostermann verlässt die Sitzung nach TOP 2.", "**Ort, Datum:** Kaiserslautern, 23.11.2026",
                         "**Vorsitz:** \\_\\_\\_", "Helga Brenner", "## Verteiler", "- Koordinierungsstelle", "## Anlagen",
                         "- Präsentation Stiftsplatz (PDF)"] {
            #expect(md.contains(expected), "missing: \(expected)")
        }
        // One quorum figure: the computed one; the note adds and never states a second.
        #expect(md.components(separatedBy: "Beschlussfähig:").count == 2)
        var contradicting = MeetingDetailsChange()
        contradicting.quorumNote = "Beschlussfähig: 6 von 6"
        #expect(throws: StoreError.invalid("quorum-note", line: 0, .quorumStated(word: "beschlussfähig"))) {
            try f.secretary.updateMeetingDetails(f.meetingId, contradicting)
        }
        var badTime = MeetingDetailsChange()
        badTime.nextMeetingTime = "25:00"
        #expect(throws: StoreError.invalid("next-time", line: 0, .notATime("25:00"))) {
            try f.secretary.updateMeetingDetails(f.meetingId, badTime)
        }
    }

    @Test("a done action item stays done (same id) when its wording is edited; it can be reopened and done on a given day")
    func actionIdentity() throws {
        let f = try MeetingFixture()
        try save(f, item: 2, "Aufgabe: Rainer Thoma | Termin abstimmen | 2026-12-18")
        let id = try #require(try f.fixture.database.openActionItems().first?.id)
        try f.secretary.setActionDone(id, done: true, on: CalendarDay("2026-11-25"))
        try save(f, item: 2, "Aufgabe: Rainer Thoma | Termin mit dem Tiefbauamt abstimmen | 2026-12-18")
        let all = try f.fixture.database.allActionItems()
        #expect(all.map(\.id) == [id])
        #expect(all.first?.what == "Termin mit dem Tiefbauamt abstimmen")
        #expect(all.first?.doneOn == "2026-11-25")
        #expect(all.first?.itemNumber == 3)
        try f.secretary.setActionDone(id, done: false)
        #expect(try f.fixture.database.openActionItems().map(\.id) == [id])
        #expect(throws: StoreError.invalid("on", line: 0, .doneAfterToday(CalendarDay(year: 2026, month: 12, day: 1)!))) {
            try f.secretary.setActionDone(id, done: true, on: CalendarDay("2026-12-01"))
        }
        #expect(throws: StoreError.invalid("on", line: 0, .doneBeforeMeeting(CalendarDay(year: 2026, month: 11, day: 1)!,
                                                                       meeting: CalendarDay(year: 2026, month: 11, day: 20)!))) {
            try f.secretary.setActionDone(id, done: true, on: CalendarDay("2026-11-01"))
        }
    }

    @Test("a substitute stands in only for an absent member, one each; one set back to absent is not listed as absent")
    func substitutes() throws {
        let f = try MeetingFixture()
        let store = f.secretary
        let elif = try #require(f.members["Elif Arslan"])
        let extra = try f.fixture.insert("INSERT INTO member(name, group_id) VALUES ('Ole Brand', 1)")
        #expect(throws: StoreError.invalid("standing-in-for", line: 0, .holderPresent("Helga Brenner"))) {
            try store.setAttendance(f.meetingId, memberId: extra, status: .present, standingInFor: f.members["Helga Brenner"])
        }
        #expect(throws: StoreError.invalid("standing-in-for", line: 0, .alreadyStoodInFor(substitute: "Elif Arslan", holder: "Mara Feld"))) {
            try store.setAttendance(f.meetingId, memberId: extra, status: .present, standingInFor: f.members["Mara Feld"])
        }
        #expect(throws: StoreError.invalid("status", line: 0, .substitutePresent(substitute: "Elif Arslan", holder: "Mara Feld"))) {
            try store.setAttendance(f.meetingId, memberId: try #require(f.members["Mara Feld"]), status: .present)
        }
        try store.setAttendance(f.meetingId, memberId: elif, status: .absent)
        let md = try export(f, .md)
        #expect(md.contains("**Abwesend:** Konrad Weiß\n"))
        #expect(!md.contains("Elif Arslan"))
    }

    @Test("votes at a TOP are checked against the voting members there: advisory seats and early leavers do not vote")
    func votersPerTop() throws {
        let f = try MeetingFixture()
        try f.secretary.setArrival(f.meetingId, memberId: try #require(f.members["Helga Brenner"]), arrivedAt: nil, leftAfter: 1)
        // At TOP 3 four of five are left: five votes are one too many.
        #expect(throws: StoreError.refusal(.votes(top: 3, .moreThanPresent(total: 5, voters: 4)))) {
            try f.secretary.saveAgendaMinutes(f.items[2], AgendaMinutesText.parse("Beschluss 4/1/0: X.").minutes, expectedVersion: 1)
        }
        try f.secretary.saveAgendaMinutes(f.items[0], AgendaMinutesText.parse("Beschluss 4/1/0: X.").minutes, expectedVersion: 1)
        #expect(try export(f, .md).contains("Helga Brenner (bis TOP 1)"))
        // Seat 6 becomes an advisory seat: five voting seats, its holder does not count.
        let group = try f.fixture.insert("INSERT INTO seat_group(board_id, slug, name, seats, advisory) VALUES (1, 'advisory', 'Beratend', 1, 1)")
        try f.fixture.database.pool.write { db in
            try db.execute(sql: "UPDATE seat SET group_id = ?, ordinal = 1 WHERE ordinal = 6", arguments: [group])
        }
        let meeting = try f.secretary.meeting(f.meetingId)
        #expect(meeting.quorum.seats == 5)
    }

    @Test("finalising is refused while a TOP has a draft, listing it; discarding is explicit; concerns name their reason")
    func draftsBlockFinalising() throws {
        let f = try MeetingFixture()
        try f.fixture.store("ihartmann").saveDraft(OpenDraft.key(itemId: f.items[2]), text: "halb geschrieben")
        let refused = #expect(throws: StoreError.self) { try f.secretary.finalizeMinutes(f.meetingId) }
        guard case .refusal(.openDrafts(let drafts))? = refused else { Issue.record("\(String(describing: refused))"); return }
        #expect(drafts.map(\.number) == [3] && drafts.map(\.ownerName) == ["Ines Hartmann"])
        #expect(refused?.description == "Open drafts: TOP 3 (Ines Hartmann, 15:00). Save or discard each before marking the minutes final; nothing was changed.")
        #expect(try f.secretary.discardDrafts(itemId: f.items[2]) == 1)
        try f.secretary.finalizeMinutes(f.meetingId)
        #expect(try f.secretary.meeting(f.meetingId).minutes.status == .final)

        // The fixture's meeting names no chair and its TOPs hold no text: gaps the published minutes would show.
        let meeting = try f.secretary.meeting(f.meetingId)
        let gaps: [FinalizeConcern] = [.noChair, .itemsWithoutText([.init(number: 1, title: "Begrüßung"),
                                                                   .init(number: 2, title: "Personalangelegenheit"),
                                                                   .init(number: 3, title: "Stiftsplatz")])]
        #expect(meeting.finalizeConcerns(today: CalendarDay(Fixture.now)) == gaps)
        #expect(meeting.finalizeConcerns(today: try #require(CalendarDay("2026-11-19"))) == [.inTheFuture(date: "2026-11-20")] + gaps)
    }

    @Test("a decision keeps its number in the public version when a non-public TOP's decision before it is left out")
    func decisionNumbersAcrossVersions() throws {
        let f = try MeetingFixture()
        try save(f, item: 1, "Beschluss einstimmig: Geheimer Beschluss.")
        try save(f, item: 2, "Beschluss mit 4:1:0 angenommen: Der Beirat empfiehlt einen Platzspaziergang.")
        let line = "Beschluss Nr. 2: Der Beirat empfiehlt einen Platzspaziergang. – mit 4:1:0 angenommen"
        let full = try export(f, .md)
        let published = try export(f, .md, publicOnly: true)
        #expect(full.contains("Beschluss Nr. 1: Geheimer Beschluss."))
        #expect(full.contains(line))
        #expect(published.contains(line), "\(published)")
        #expect(!published.contains("Beschluss Nr. 1"))
    }

    @Test("nothing of a non-public TOP reaches any public output: minutes md/html/txt, report text/json/html, public action list")
    func everyPublicOutput() throws {
        let f = try MeetingFixture()
        try save(f, item: 1, """
            Vertraulicher Personalvorgang.
            Beschluss einstimmig: Geheimer Beschluss.
            Aufgabe: Mara Feld | Geheime Personalakte prüfen | 2026-12-01
            """)
        try save(f, item: 2, "Aufgabe: Rainer Thoma | Termin abstimmen | 2026-12-18")
        try f.fixture.database.pool.write { db in try db.execute(sql: "UPDATE minutes SET private_notes = 'Nur intern'") }
        let meeting = try f.secretary.meeting(f.meetingId)
        let figures = try f.fixture.database.reportFigures()
        var outputs: [String: String] = [:]
        for format in MinutesExport.Format.allCases {
            outputs["minutes \(format) --public"] = MinutesExport.render(meeting, format: format, publicOnly: true)
        }
        for format in [ReportDocument.Format.text, .json, .html] {
            outputs["report \(format)"] = try ReportDocument.render(figures, format: format, language: .de, asOf: Fixture.now)
        }
        outputs["actions list --public"] = try f.fixture.database.allActionItems(publicOnly: true).map { "\($0.who) \($0.what)" }.joined()
        outputs["actions list --open --public"] = try f.fixture.database.openActionItems(publicOnly: true).map { "\($0.who) \($0.what)" }.joined()
        #expect(outputs.count == 8)
        for (name, text) in outputs {
            for secret in ["Personalangelegenheit", "Vertraulicher", "Geheime", "Geheimer", "Nur intern"] {
                #expect(!text.contains(secret), "\(name) holds '\(secret)'")
            }
        }
        #expect(outputs["report text"]?.contains("Termin abstimmen") == true)
        #expect(outputs["actions list --public"]?.contains("Termin abstimmen") == true)
        // The internal list still has it.
        #expect(try f.fixture.database.allActionItems().contains { $0.what == "Geheime Personalakte prüfen" })
        // A non-public session publishes none of its TOPs.
        var closed = MeetingDetailsChange()
        closed.isPublic = false
        try f.secretary.updateMeetingDetails(f.meetingId, closed)
        let closedExport = MinutesExport.render(try f.secretary.meeting(f.meetingId), format: .md, publicOnly: true)
        #expect(!closedExport.contains("Stiftsplatz"))
        #expect(closedExport.contains("nicht öffentliche Teil ist in dieser Fassung nicht enthalten"))
    }
}

@Suite("Minutes as ODT")
struct MinutesODTTests {
    @Test("the ODT of the minutes holds the outcomes, the written lines and, published, nothing non-public")
    func odt() throws {
        let f = try MeetingFixture()
        try f.secretary.saveAgendaMinutes(f.items[1], AgendaMinutesText.parse("Vertraulicher Personalvorgang.").minutes, expectedVersion: 1)
        try f.secretary.saveAgendaMinutes(f.items[2], AgendaMinutesText.parse("""
            Erste Zeile.
            Zweite Zeile.
            Beschluss 1/3/1: Die Sitzungen finden im Rathaus statt.
            """).minutes, expectedVersion: 1)
        let meeting = try f.secretary.meeting(f.meetingId)
        let parts = try OfficeParts(try ODTWriter.write(MinutesExport.office(meeting, publicOnly: false), date: Fixture.now))
        let content = try XMLCollector.parse(try parts.text("content.xml")).text
        for expected in ["Ergebnisprotokoll: 11. Sitzung des Beteiligungsbeirats", "Erste Zeile.", "Zweite Zeile.",
                         "Beschluss Nr. 1: Die Sitzungen finden im Rathaus statt. – mit 1:3:1 abgelehnt", "Vertraulicher Personalvorgang."] {
            #expect(content.contains(expected), "content.xml lacks \(expected)")
        }
        #expect(try parts.text("content.xml").contains("<text:line-break/>"))
        let published = try OfficeParts(try ODTWriter.write(MinutesExport.office(meeting, publicOnly: true), date: Fixture.now))
        #expect(!(try parts.text("content.xml").isEmpty))
        #expect(!(try XMLCollector.parse(try published.text("content.xml")).text.contains("Vertraulicher")))
    }
}

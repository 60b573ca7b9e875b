import Foundation
import GRDB
import ModeratCore
import ModeratStore

/// Two past meetings of the Beteiligungsbeirat with attendance from the roster, a guest,
/// agenda items (one not public) with results, decisions with votes, action items (some
/// still open) and the minutes: the first final, the second a draft.
enum DemoMeetings {
    struct Decision {
        let text: String
        let votes: (yes: Int, no: Int, abstain: Int)
    }

    struct Task {
        let who: String
        let what: String
        /// Days after the meeting it is due; done this many days after the meeting, or open.
        let dueAfter: Int
        let doneAfter: Int?
    }

    struct Item {
        let title: String
        let isPublic: Bool
        let result: String
        let decisions: [Decision]
        let tasks: [Task]
    }

    struct Meeting {
        let number: Int
        let daysAgo: Int
        let place: String
        let start: (hour: Int, minute: Int)
        let end: (hour: Int, minute: Int)
        let guest: (name: String, affiliation: String)
        /// Who was excused or absent, and which substitute stood in for whom.
        let excused: [String]
        let absent: [String]
        let standIns: [(substitute: String, for: String)]
        let items: [Item]
    }

    static func meetings(residentTermEnds: String) -> [Meeting] {
        [
            Meeting(number: 9, daysAgo: 74, place: "Rathaus, Sitzungssaal 2 (Erdgeschoss, barrierefrei)",
                    start: (18, 0), end: (20, 10),
                    guest: ("Dr. Friederike Lang", "Büro für Moderation und Beteiligung (zu TOP 3)"),
                    excused: ["Jana Ostermann", "Mara Feld"], absent: [],
                    standIns: [("Elif Arslan", "Jana Ostermann")],
                    items: [
                        Item(title: "Begrüßung, Feststellung der Beschlussfähigkeit und der Tagesordnung", isPublic: true,
                             result: "Die Vorsitzende begrüßt die Anwesenden und den Gast. Die Beschlussfähigkeit wird festgestellt. Die Tagesordnung wird ohne Änderungen angenommen.",
                             decisions: [], tasks: []),
                        Item(title: "Genehmigung des Protokolls der 8. Sitzung", isPublic: true,
                             result: "Das Protokoll wird ohne Änderungen genehmigt.",
                             decisions: [Decision(text: "Das Protokoll der 8. Sitzung wird genehmigt.", votes: (13, 0, 2))], tasks: []),
                        Item(title: "Start der Online-Kommentierung der Leitlinien für Bürgerbeteiligung", isPublic: true,
                             result: "Frau Dr. Lang stellt den Ablauf der dreiwöchigen Online-Kommentierung, die Netiquette und die Moderationsregeln vor. Der Beirat diskutiert, wie auch Menschen ohne Internetzugang erreicht werden können; vorgeschlagen werden ausgedruckte Fassungen in den Stadtteilbüchereien und ein Infostand auf dem Wochenmarkt.",
                             decisions: [Decision(text: "Der Beirat empfiehlt, die Kommentierung drei Wochen lang durchzuführen und die Netiquette wie vorgelegt zu veröffentlichen.", votes: (14, 0, 1))],
                             tasks: [Task(who: "Claudia Weber", what: "Netiquette und Moderationsregeln auf der Plattform veröffentlichen", dueAfter: 7, doneAfter: 5),
                                     Task(who: "Tobias Reuter", what: "Infostand auf dem Wochenmarkt während der Kommentierung organisieren", dueAfter: 21, doneAfter: 19)]),
                        Item(title: "Vorhabenliste: Aufnahme neuer Vorhaben", isPublic: true,
                             result: "Die Koordinierungsstelle stellt zwei neue Vorhaben vor. Der Beirat begrüßt, dass bei beiden eine Beteiligung vorgesehen ist, und bittet bei der Umnutzung des Straßenbahndepots um eine frühe Ideenwerkstatt.",
                             decisions: [Decision(text: "Der Beirat empfiehlt die Aufnahme der Vorhaben „Bürgerhaushalt 2027“ und „Umnutzung ehemaliges Straßenbahndepot“ in die Vorhabenliste.", votes: (15, 0, 0))],
                             tasks: [Task(who: "Dr. Ines Hartmann", what: "Stellungnahme der Wirtschaftsförderung zum Beteiligungskonzept Straßenbahndepot einholen", dueAfter: 30, doneAfter: nil)]),
                        Item(title: "Personalangelegenheit: Nachbesetzung eines delegierten Sitzes", isPublic: false,
                             result: "Frau Haddad kündigt ihr Ausscheiden aus dem Beirat an. Die Koordinierungsstelle bittet den Beirat für Migration und Integration um eine neue Benennung.",
                             decisions: [],
                             tasks: [Task(who: "Claudia Weber", what: "Beirat für Migration und Integration schriftlich um Benennung einer Nachfolge bitten", dueAfter: 14, doneAfter: 6)]),
                        Item(title: "Verschiedenes", isPublic: true,
                             result: "Die nächste Sitzung findet im Stadtteilzentrum Grübentälchen statt.",
                             decisions: [], tasks: []),
                    ]),
            Meeting(number: 10, daysAgo: 20, place: "Stadtteilzentrum Grübentälchen, Mehrzweckraum",
                    start: (18, 30), end: (21, 0),
                    guest: ("Stefan Albers", "Bürgerinitiative Lebendiger Stiftsplatz, zu TOP 4"),
                    excused: ["Paul Lindner", "Walter Kessler"], absent: ["Konrad Weiß"],
                    standIns: [("Robin Sand", "Paul Lindner")],
                    items: [
                        Item(title: "Begrüßung, Feststellung der Beschlussfähigkeit und der Tagesordnung", isPublic: true,
                             result: "Die Vorsitzende begrüßt die Anwesenden. Die Beschlussfähigkeit wird festgestellt. TOP 6 wird auf Antrag von Herrn Reuter ergänzt.",
                             decisions: [], tasks: []),
                        Item(title: "Genehmigung des Protokolls der 9. Sitzung", isPublic: true,
                             result: "Das Protokoll wird mit einer Ergänzung zu TOP 3 genehmigt.",
                             decisions: [Decision(text: "Das Protokoll der 9. Sitzung wird mit der Ergänzung zu TOP 3 genehmigt.", votes: (11, 0, 2))], tasks: []),
                        Item(title: "Auswertung der Online-Kommentierung der Leitlinien", isPublic: true,
                             result: "Die Koordinierungsstelle berichtet über mehr als 450 Beiträge in drei Wochen. Schwerpunkte sind die Vorhabenliste (C1), der Beteiligungsbeirat (G1) und die Barrierefreiheit (B3). Ein großer Teil der Beiträge ist noch nicht moderiert; Werbung und Beleidigungen waren selten.",
                             decisions: [Decision(text: "Der Beirat bildet eine Arbeitsgruppe aus fünf Mitgliedern, die die Auswertung nach Abschnitten begleitet.", votes: (12, 1, 0))],
                             tasks: [Task(who: "Arbeitsgruppe Auswertung (Reuter, Demirtaş, Thoma, Feld, Weber)", what: "Auswertung der Beiträge nach Abschnitten für die nächste Sitzung vorbereiten", dueAfter: 34, doneAfter: nil),
                                     Task(who: "Claudia Weber", what: "Zwischenstand der Moderation (offene, freigegebene, abgelehnte Beiträge) an den Beirat senden", dueAfter: 14, doneAfter: nil)]),
                        Item(title: "Vorhabenliste: Umgestaltung Stiftsplatz – Beteiligungskonzept", isPublic: true,
                             result: "Frau Dr. Hartmann stellt den Vorentwurf und das Beteiligungskonzept vor. Herr Albers berichtet von den Anliegen der Anwohnerinnen und Anwohner zum Parken. Der Beirat regt an, einen Platzspaziergang gemeinsam mit dem Inklusionsbeirat anzubieten.",
                             decisions: [Decision(text: "Der Beirat nimmt das Beteiligungskonzept zustimmend zur Kenntnis und empfiehlt einen zusätzlichen barrierefreien Platzspaziergang.", votes: (13, 0, 0))],
                             tasks: [Task(who: "Rainer Thoma", what: "Termin für den Platzspaziergang mit dem Inklusionsbeirat abstimmen", dueAfter: 28, doneAfter: nil),
                                     Task(who: "Dr. Ines Hartmann", what: "Vorentwurf als Plakat am Stiftsplatz aushängen", dueAfter: 10, doneAfter: 8)]),
                        Item(title: "Nachbesetzung des Sitzes des Beirats für Migration und Integration", isPublic: false,
                             result: "Eine Benennung liegt noch nicht vor. Der Sitz bleibt bis dahin unbesetzt; die Vorsitzende wird das Gespräch mit dem Vorstand des Beirats suchen.",
                             decisions: [],
                             tasks: [Task(who: "Helga Brenner", what: "Gespräch mit dem Vorstand des Beirats für Migration und Integration führen", dueAfter: 21, doneAfter: nil)]),
                        Item(title: "Auslosung der Einwohnersitze für die nächste Amtszeit", isPublic: true,
                             result: "Die Amtszeit der ausgelosten Mitglieder endet am \(residentTermEnds). Die Koordinierungsstelle bereitet die Auslosung aus dem Melderegister vor; Bewerbungen sind ab 14 Jahren möglich.",
                             decisions: [Decision(text: "Der Beirat empfiehlt, bei der Auslosung auf Geschlechterparität und eine angemessene Beteiligung junger Menschen zu achten.", votes: (10, 2, 1))],
                             tasks: [Task(who: "Claudia Weber", what: "Aufruf zur Bewerbung für die Auslosung veröffentlichen", dueAfter: 25, doneAfter: nil)]),
                        Item(title: "Verschiedenes", isPublic: true,
                             result: "Keine Wortmeldungen.",
                             decisions: [], tasks: []),
                    ]),
        ]
    }

    static func insert(_ context: DemoContext, roster: DemoRoster.Inserted, staff: DemoStaff) throws {
        let residentEnd = try String.fetchOne(context.db, sql: """
            SELECT MAX(t.ends_on) FROM term t JOIN seat s ON s.id = t.seat_id JOIN seat_group g ON g.id = s.group_id
            WHERE g.slug = 'residents' AND g.board_id = ?
            """, arguments: [roster.boardID]) ?? ""
        let plans = meetings(residentTermEnds: germanDate(residentEnd))
        let nextMeeting = context.local(context.days(30), hour: 18)
        var meetingIDs: [Int64] = []
        for (index, meeting) in plans.enumerated() {
            let day = context.days(-meeting.daysAgo)
            let next = index + 1 < plans.count ? context.days(-plans[index + 1].daysAgo) : nextMeeting
            let meetingID = try context.insert("""
                INSERT INTO meeting(board_id, title, date, place, starts_at, ends_at, minute_taker, next_meeting_on, chair)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [roster.boardID, "\(meeting.number). Sitzung des Beteiligungsbeirats", context.day(day), meeting.place,
                      context.stamp(context.local(day, hour: meeting.start.hour, minute: meeting.start.minute)),
                      context.stamp(context.local(day, hour: meeting.end.hour, minute: meeting.end.minute)),
                      "Claudia Weber (Koordinierungsstelle)", context.day(next), DemoRoster.chair])
            meetingIDs.append(meetingID)
            context.summary.meetings += 1
            try insertAttendance(context, meeting: meeting, meetingID: meetingID, day: day, roster: roster)
            try context.db.execute(sql: "INSERT INTO meeting_guest(meeting_id, name, affiliation) VALUES (?, ?, ?)",
                                   arguments: [meetingID, meeting.guest.name, meeting.guest.affiliation])
            try insertItems(context, meeting: meeting, meetingID: meetingID, day: day, staff: staff)
        }
        try insertMinutes(context, plans: plans, meetingIDs: meetingIDs, staff: staff)
    }

    /// Everyone holding a seat (not as substitute) on the day, with their status, plus the
    /// substitutes who stood in.
    static func insertAttendance(_ context: DemoContext, meeting: Meeting, meetingID: Int64, day: Date,
                                 roster: DemoRoster.Inserted) throws {
        let date = context.day(day)
        let holders = try Row.fetchAll(context.db, sql: """
            SELECT m.id, m.name FROM term t JOIN member m ON m.id = t.member_id
            JOIN seat s ON s.id = t.seat_id JOIN seat_group g ON g.id = s.group_id
            WHERE g.board_id = ? AND t.role != 'substitute' AND t.starts_on <= ? AND (t.ends_on IS NULL OR t.ends_on >= ?)
            ORDER BY g.ordinal, s.ordinal
            """, arguments: [roster.boardID, date, date])
        let statement = try context.db.makeStatement(sql: """
            INSERT INTO attendance(meeting_id, member_id, status, standing_in_for) VALUES (?, ?, ?, ?)
            """)
        for row in holders {
            let name: String = row["name"]
            let status = meeting.excused.contains(name) ? "excused" : meeting.absent.contains(name) ? "absent" : "present"
            try statement.execute(arguments: [meetingID, row["id"] as Int64, status, nil as Int64?])
        }
        for standIn in meeting.standIns {
            guard let substitute = roster.members[standIn.substitute], let absentee = roster.members[standIn.for] else { continue }
            try statement.execute(arguments: [meetingID, substitute, "present", absentee])
        }
    }

    static func insertItems(_ context: DemoContext, meeting: Meeting, meetingID: Int64, day: Date, staff: DemoStaff) throws {
        let edited = context.stamp(context.local(context.days(1, from: day), hour: 10))
        for (number, item) in meeting.items.enumerated() {
            let itemID = try context.insert("""
                INSERT INTO agenda_item(meeting_id, number, title, is_public, result, version, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, 2, ?, ?)
                """, [meetingID, number + 1, item.title, item.isPublic ? 1 : 0, item.result, edited, staff.secretary.account])
            context.summary.agendaItems += 1
            for decision in item.decisions {
                try context.db.execute(sql: """
                    INSERT INTO agenda_decision(agenda_item_id, text, votes_yes, votes_no, votes_abstain) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [itemID, decision.text, decision.votes.yes, decision.votes.no, decision.votes.abstain])
                context.summary.decisions += 1
            }
            for task in item.tasks {
                let done = task.doneAfter.map { context.days($0, from: day) }.flatMap { $0 < context.now ? $0 : nil }
                try context.db.execute(sql: """
                    INSERT INTO action_item(meeting_id, agenda_item_id, who, what, due_on, done_on) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [meetingID, itemID, task.who, task.what, context.day(context.days(task.dueAfter, from: day)),
                                     done.map(context.day)])
                context.summary.actionItems += 1
            }
        }
    }

    /// The first meeting's minutes were approved at the second and finalised; the second's are a draft.
    static func insertMinutes(_ context: DemoContext, plans: [Meeting], meetingIDs: [Int64], staff: DemoStaff) throws {
        guard meetingIDs.count == 2 else { return }
        let secretary = staff.secretary.account
        let approvedAt = context.local(context.days(-plans[1].daysAgo), hour: 21, minute: 30)
        try context.db.execute(sql: """
            INSERT INTO minutes(meeting_id, status, previous_approved, quorum_note, private_notes, version, finalized_at, finalized_by)
            VALUES (?, 'final', 1, ?, '', 4, ?, ?)
            """, arguments: [meetingIDs[0], "",
                             context.stamp(approvedAt), secretary])
        try context.db.execute(sql: """
            INSERT INTO minutes_amendment(meeting_id, agenda_item_id, text, author, created_at)
            VALUES (?, (SELECT id FROM agenda_item WHERE meeting_id = ? AND number = 3), ?, ?, ?)
            """, arguments: [meetingIDs[0], meetingIDs[0],
                             "Ergänzung auf Antrag von Herrn Reuter: Auch die Stadtteilbüchereien legen die Leitlinien aus.",
                             secretary, context.stamp(approvedAt.addingTimeInterval(-1800))])
        try context.audit(at: approvedAt, actor: secretary, action: .minutesFinalize, entity: "meeting",
                          entityID: meetingIDs[0], detail: ["version": "4"])
        try context.db.execute(sql: """
            INSERT INTO minutes(meeting_id, status, previous_approved, quorum_note, private_notes, version)
            VALUES (?, 'draft', 1, ?, ?, 2)
            """, arguments: [meetingIDs[1], "Herr Thoma verlässt die Sitzung nach TOP 5.",
                             "TOP 5 vor Veröffentlichung mit der Vorsitzenden abstimmen."])
    }

    /// "2026-05-31" → "31.05.2026".
    static func germanDate(_ day: String) -> String {
        let parts = day.split(separator: "-")
        guard parts.count == 3 else { return day }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }
}

import GRDB
import ModeratCore

extension ModeratDatabase {
    /// One meeting in full, or `StoreError.notFound`.
    public func meeting(_ id: Int64) throws -> MeetingRecord {
        do {
            return try pool.read { db in try db.loadMeeting(id) }
        } catch let error as DatabaseError {
            throw StoreError.io(path: path, reason: error.message ?? "\(error)")
        }
    }
}

extension Store {
    /// One meeting in full (see `ModeratDatabase.meeting`).
    public func meeting(_ id: Int64) throws -> MeetingRecord { try database.meeting(id) }
}

extension Database {
    func loadMeeting(_ id: Int64) throws -> MeetingRecord {
        guard let row = try Row.fetchOne(self, sql: """
            SELECT m.*, b.name AS board_name, b.slug AS board_slug, b.quorum_fraction
            FROM meeting m JOIN board b ON b.id = m.board_id WHERE m.id = ?
            """, arguments: [id]) else {
            throw StoreError.notFound(.meeting(id))
        }
        let attendance = try Row.fetchAll(self, sql: """
            SELECT a.member_id, m.name, a.status, s.name AS for_name, a.standing_in_for, a.arrived_at_item, a.left_after_item
            FROM attendance a JOIN member m ON m.id = a.member_id LEFT JOIN member s ON s.id = a.standing_in_for
            WHERE a.meeting_id = ? ORDER BY a.standing_in_for IS NOT NULL, a.rowid
            """, arguments: [id])
        let day = CalendarDay(row["date"] as String)
        let record = try loadRoster(boardSlug: row["board_slug"])
        // Advisory seats (beratende Mitglieder) speak but do not vote: they count neither for
        // the quorum nor as voters.
        let advisory = Set(try Int64.fetchAll(self, sql: """
            SELECT s.id FROM seat s JOIN seat_group g ON g.id = s.group_id WHERE g.board_id = ? AND g.advisory = 1
            """, arguments: [record.boardId]))
        let votingSeats = record.roster.seats.filter { !advisory.contains($0.id) }
        let allHolders = Set(day.map { day in record.roster.seats.compactMap { record.roster.holder(ofSeat: $0.id, on: day)?.memberId } } ?? [])
        let holders = Set(day.map { day in votingSeats.compactMap { record.roster.holder(ofSeat: $0.id, on: day)?.memberId } } ?? [])
        let lines = try attendance.map { a in
            AttendanceLine(memberId: a["member_id"], name: a["name"], status: try a.stored("status", in: "attendance"),
                           standingInFor: a["for_name"], standingInForId: a["standing_in_for"], holdsSeat: allHolders.contains(a["member_id"]),
                           arrivedAtItem: a["arrived_at_item"], leftAfterItem: a["left_after_item"])
        }
        let entries = try attendance.map { a in
            AttendanceEntry(memberId: a["member_id"], status: try a.stored("status", in: "attendance"),
                            standingInFor: a["standing_in_for"])
        }
        let quorum = QuorumRule.compute(seats: votingSeats.count, holders: holders, attendance: entries,
                                        fraction: row["quorum_fraction"])
        return MeetingRecord(
            id: id, boardName: row["board_name"], title: row["title"], date: row["date"], place: row["place"],
            startsAt: row["starts_at"], endsAt: row["ends_at"], minuteTaker: row["minute_taker"], nextMeetingOn: row["next_meeting_on"],
            details: Self.details(row),
            attendance: lines,
            guests: try Row.fetchAll(self, sql: "SELECT name, affiliation FROM meeting_guest WHERE meeting_id = ? ORDER BY id",
                                     arguments: [id]).map { Guest(name: $0["name"], affiliation: $0["affiliation"]) },
            items: try loadAgendaItems(meetingId: id),
            minutes: try loadMinutes(meetingId: id),
            amendments: try Row.fetchAll(self, sql: """
                SELECT x.id, a.number, x.text, COALESCE(mo.display_name, x.author) AS author, x.created_at FROM minutes_amendment x
                LEFT JOIN agenda_item a ON a.id = x.agenda_item_id LEFT JOIN moderator mo ON mo.account = x.author WHERE x.meeting_id = ? ORDER BY x.created_at, x.id
                """, arguments: [id]).map {
                Amendment(id: $0["id"], itemNumber: $0["number"], text: $0["text"], author: $0["author"], createdAt: $0["created_at"])
            },
            quorum: quorum, votingHolders: holders)
    }

    static func details(_ row: Row) -> MeetingDetails {
        var d = MeetingDetails()
        d.isPublic = row["is_public"]
        d.chair = row["chair"]
        d.nextMeetingTime = row["next_meeting_time"]
        d.nextMeetingPlace = row["next_meeting_place"]
        d.signaturePlace = row["signature_place"]
        d.signatureDate = row["signature_date"]
        d.distribution = MeetingDetailsLines.split(row["distribution"])
        d.attachments = MeetingDetailsLines.split(row["attachments"])
        return d
    }

    func loadAgendaItems(meetingId: Int64) throws -> [AgendaItemRecord] {
        try Row.fetchAll(self, sql: "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY number", arguments: [meetingId])
            .map { try loadAgendaItem(row: $0) }
    }

    func loadAgendaItem(row: Row) throws -> AgendaItemRecord {
        let itemId: Int64 = row["id"]
        let decisions = try Row.fetchAll(self, sql: """
            SELECT text, votes_yes, votes_no, votes_abstain, outcome, unanimous FROM agenda_decision WHERE agenda_item_id = ? ORDER BY id
            """, arguments: [itemId]).map { d -> AgendaMinutes.Decision in
            let yes: Int? = d["votes_yes"], no: Int? = d["votes_no"], abstain: Int? = d["votes_abstain"]
            let votes = yes == nil && no == nil && abstain == nil ? nil : VoteTally(yes: yes ?? 0, no: no ?? 0, abstain: abstain ?? 0)
            return AgendaMinutes.Decision(text: d["text"], votes: votes, outcome: (d["outcome"] as String?).flatMap(DecisionOutcome.init),
                                          unanimous: d["unanimous"])
        }
        let actionRows = try Row.fetchAll(self, sql: """
            SELECT id, who, what, due_on, done_on FROM action_item WHERE agenda_item_id = ? ORDER BY position, id
            """, arguments: [itemId])
        let actions = actionRows.map { a in
            AgendaMinutes.ActionItem(who: a["who"], what: a["what"], due: (a["due_on"] as String?).flatMap { CalendarDay($0) })
        }
        // The text as written keeps the order of prose, decisions and action items; rows
        // saved before it was kept come in the old order.
        var minutes = AgendaMinutes(result: row["result"], decisions: decisions, actions: actions)
        if let written: String = row["minutes_text"] {
            let parsed = AgendaMinutesText.parse(written).minutes
            if parsed.decisions.count == decisions.count, parsed.actions.count == actions.count { minutes = parsed }
        }
        return AgendaItemRecord(id: itemId, number: row["number"], title: row["title"], isPublic: row["is_public"],
                                minutes: minutes,
                                version: row["version"], updatedAt: row["updated_at"], updatedBy: row["updated_by"],
                                actionStates: actionRows.map { ActionItemState(id: $0["id"], doneOn: $0["done_on"]) })
    }

    func loadMinutes(meetingId: Int64) throws -> MinutesRecord {
        guard let m = try Row.fetchOne(self, sql: "SELECT * FROM minutes WHERE meeting_id = ?", arguments: [meetingId]) else {
            return .empty
        }
        let approval = (m["previous_approval"] as String?).flatMap(PreviousMinutesApproval.init)
            ?? ((m["previous_approved"] as Bool) ? .approved : nil)
        return MinutesRecord(status: try m.stored("status", in: "minutes"), previousApproval: approval,
                             quorumNote: m["quorum_note"], privateNotes: m["private_notes"], version: m["version"],
                             finalizedAt: m["finalized_at"], finalizedBy: m["finalized_by"])
    }
}

extension ModeratDatabase {
    /// Every action item, open ones first (soonest due first), then done ones; `publicOnly`
    /// leaves out those of non-public TOPs.
    public func allActionItems(publicOnly: Bool = false) throws -> [ActionItemRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: ActionItemRow.selectSQL + """
                \(publicOnly ? " WHERE COALESCE(i.is_public, 1) = 1" : "")
                ORDER BY a.done_on IS NOT NULL, a.due_on IS NULL, a.due_on, a.id
                """).map(ActionItemRow.init)
        }
    }
}
/// Distribution list and attachments are stored one entry a line.
enum MeetingDetailsLines {
    static func split(_ text: String?) -> [String] {
        (text ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func join(_ lines: [String]) -> String {
        lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

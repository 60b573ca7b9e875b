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
            throw StoreError.notFound("no meeting \(id) (see `moderat meetings list`)")
        }
        let attendance = try Row.fetchAll(self, sql: """
            SELECT a.member_id, m.name, a.status, s.name AS for_name, a.standing_in_for
            FROM attendance a JOIN member m ON m.id = a.member_id LEFT JOIN member s ON s.id = a.standing_in_for
            WHERE a.meeting_id = ? ORDER BY a.standing_in_for IS NOT NULL, a.rowid
            """, arguments: [id])
        let day = CalendarDay(row["date"] as String)
        let record = try loadRoster(boardSlug: row["board_slug"])
        let holders = Set(day.map { day in record.roster.seats.compactMap { record.roster.holder(ofSeat: $0.id, on: day)?.memberId } } ?? [])
        let lines = try attendance.map { a in
            AttendanceLine(memberId: a["member_id"], name: a["name"], status: try a.stored("status", in: "attendance"),
                           standingInFor: a["for_name"], holdsSeat: holders.contains(a["member_id"]))
        }
        let entries = try attendance.map { a in
            AttendanceEntry(memberId: a["member_id"], status: try a.stored("status", in: "attendance"),
                            standingInFor: a["standing_in_for"])
        }
        let quorum = QuorumRule.compute(seats: record.roster.seats.count, holders: holders, attendance: entries,
                                        fraction: row["quorum_fraction"])
        return MeetingRecord(
            id: id, boardName: row["board_name"], title: row["title"], date: row["date"], place: row["place"],
            startsAt: row["starts_at"], endsAt: row["ends_at"], minuteTaker: row["minute_taker"], nextMeetingOn: row["next_meeting_on"],
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
            quorum: quorum)
    }

    func loadAgendaItems(meetingId: Int64) throws -> [AgendaItemRecord] {
        try Row.fetchAll(self, sql: "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY number", arguments: [meetingId])
            .map { try loadAgendaItem(row: $0) }
    }

    func loadAgendaItem(row: Row) throws -> AgendaItemRecord {
        let itemId: Int64 = row["id"]
        let decisions = try Row.fetchAll(self, sql: """
            SELECT text, votes_yes, votes_no, votes_abstain FROM agenda_decision WHERE agenda_item_id = ? ORDER BY id
            """, arguments: [itemId]).map { d -> AgendaMinutes.Decision in
            let yes: Int? = d["votes_yes"], no: Int? = d["votes_no"], abstain: Int? = d["votes_abstain"]
            let votes = yes == nil && no == nil && abstain == nil ? nil : VoteTally(yes: yes ?? 0, no: no ?? 0, abstain: abstain ?? 0)
            return AgendaMinutes.Decision(text: d["text"], votes: votes)
        }
        let actionRows = try Row.fetchAll(self, sql: """
            SELECT id, who, what, due_on, done_on FROM action_item WHERE agenda_item_id = ? ORDER BY id
            """, arguments: [itemId])
        let actions = actionRows.map { a in
            AgendaMinutes.ActionItem(who: a["who"], what: a["what"], due: (a["due_on"] as String?).flatMap { CalendarDay($0) })
        }
        return AgendaItemRecord(id: itemId, number: row["number"], title: row["title"], isPublic: row["is_public"],
                                minutes: AgendaMinutes(result: row["result"], decisions: decisions, actions: actions),
                                version: row["version"], updatedAt: row["updated_at"], updatedBy: row["updated_by"],
                                actionStates: actionRows.map { ActionItemState(id: $0["id"], doneOn: $0["done_on"]) })
    }

    func loadMinutes(meetingId: Int64) throws -> MinutesRecord {
        guard let m = try Row.fetchOne(self, sql: "SELECT * FROM minutes WHERE meeting_id = ?", arguments: [meetingId]) else {
            return .empty
        }
        return MinutesRecord(status: try m.stored("status", in: "minutes"), previousApproved: m["previous_approved"],
                             quorumNote: m["quorum_note"], privateNotes: m["private_notes"], version: m["version"],
                             finalizedAt: m["finalized_at"], finalizedBy: m["finalized_by"])
    }
}

extension ModeratDatabase {
    /// Every action item, open ones first (soonest due first), then done ones.
    public func allActionItems() throws -> [ActionItemRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, m.title, m.date, a.who, a.what, a.due_on, a.done_on
                FROM action_item a JOIN meeting m ON m.id = a.meeting_id
                ORDER BY a.done_on IS NOT NULL, a.due_on IS NULL, a.due_on, a.id
                """).map { row in
                ActionItemRow(id: row["id"], meetingTitle: row["title"], meetingDate: row["date"], who: row["who"],
                              what: row["what"], dueOn: row["due_on"], doneOn: row["done_on"])
            }
        }
    }
}

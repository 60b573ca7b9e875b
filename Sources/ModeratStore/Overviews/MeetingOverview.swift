import GRDB

/// One meeting in the Meetings list.
public struct MeetingOverviewRow: Equatable, Sendable {
    public var id: Int64
    public var boardName: String
    public var title: String
    public var date: String
    public var place: String
    public var agendaItems: Int
    public var minutesStatus: String?
}

/// One action item with the meeting it came from.
public struct ActionItemRow: Equatable, Sendable {
    public var id: Int64
    public var meetingTitle: String
    public var meetingDate: String
    public var who: String
    public var what: String
    public var dueOn: String?
    public var doneOn: String?
}

extension ModeratDatabase {
    /// Every meeting, newest first.
    public func meetingOverview() throws -> [MeetingOverviewRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.id, b.name AS board_name, m.title, m.date, m.place,
                       (SELECT COUNT(*) FROM agenda_item a WHERE a.meeting_id = m.id) AS items,
                       mi.status
                FROM meeting m JOIN board b ON b.id = m.board_id
                LEFT JOIN minutes mi ON mi.meeting_id = m.id
                ORDER BY m.date DESC, m.id DESC
                """).map { row in
                MeetingOverviewRow(id: row["id"], boardName: row["board_name"], title: row["title"], date: row["date"],
                                   place: row["place"], agendaItems: row["items"], minutesStatus: row["status"])
            }
        }
    }

    /// Action items not done yet, soonest due first (undated last).
    public func openActionItems() throws -> [ActionItemRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, m.title, m.date, a.who, a.what, a.due_on, a.done_on
                FROM action_item a JOIN meeting m ON m.id = a.meeting_id
                WHERE a.done_on IS NULL
                ORDER BY a.due_on IS NULL, a.due_on, a.id
                """).map { row in
                ActionItemRow(id: row["id"], meetingTitle: row["title"], meetingDate: row["date"], who: row["who"],
                              what: row["what"], dueOn: row["due_on"], doneOn: row["done_on"])
            }
        }
    }
}

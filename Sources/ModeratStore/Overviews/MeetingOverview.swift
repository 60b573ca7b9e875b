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

/// One action item with the meeting and TOP it came from.
public struct ActionItemRow: Equatable, Sendable {
    public var id: Int64
    public var meetingId: Int64 = 0
    public var meetingTitle: String
    public var meetingDate: String
    /// The TOP it was agreed under (nil when that TOP was removed).
    public var itemNumber: Int? = nil
    public var itemTitle: String? = nil
    /// False when it belongs to a non-public TOP (never in a public output).
    public var isPublic: Bool = true
    public var who: String
    public var what: String
    public var dueOn: String?
    public var doneOn: String?

    /// Open and due before `today` (both `YYYY-MM-DD`).
    public func isOverdue(today: String) -> Bool { doneOn == nil && (dueOn.map { $0 < today } ?? false) }
}

extension ActionItemRow {
    static let selectSQL = """
        SELECT a.id, a.meeting_id, m.title, m.date, a.who, a.what, a.due_on, a.done_on, i.number, i.title AS item_title,
               COALESCE(i.is_public, 1) AS item_public
        FROM action_item a JOIN meeting m ON m.id = a.meeting_id LEFT JOIN agenda_item i ON i.id = a.agenda_item_id
        """

    init(_ row: Row) {
        self.init(id: row["id"], meetingId: row["meeting_id"], meetingTitle: row["title"], meetingDate: row["date"],
                  itemNumber: row["number"], itemTitle: row["item_title"], isPublic: row["item_public"], who: row["who"],
                  what: row["what"], dueOn: row["due_on"], doneOn: row["done_on"])
    }
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

    /// Action items not done yet, soonest due first (undated last); `publicOnly` leaves out
    /// those of non-public TOPs, for anything published.
    public func openActionItems(publicOnly: Bool = false) throws -> [ActionItemRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: ActionItemRow.selectSQL + """
                 WHERE a.done_on IS NULL\(publicOnly ? " AND COALESCE(i.is_public, 1) = 1" : "")
                ORDER BY a.due_on IS NULL, a.due_on, a.id
                """).map(ActionItemRow.init)
        }
    }
}

import GRDB

/// One seat of a board and who holds it on a given day, for the Roster screen.
public struct RosterSeatRow: Equatable, Sendable {
    public var seatId: Int64
    public var groupSlug: String
    public var groupName: String
    public var seatLabel: String
    public var memberName: String?
    public var role: String?
    public var startsOn: String?
    public var endsOn: String?
    public var delegatingBody: String?
}

extension ModeratDatabase {
    /// Seats of a board (by slug) in group order, each with the term current on `day`
    /// (YYYY-MM-DD); substitutes are listed after the seat holders of their group.
    public func rosterSeats(boardSlug: String, on day: String) throws -> [RosterSeatRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.id AS seat_id, g.slug, g.name AS group_name, s.label,
                       m.name AS member_name, t.role, t.starts_on, t.ends_on, m.delegating_body
                FROM seat s
                JOIN seat_group g ON g.id = s.group_id
                JOIN board b ON b.id = g.board_id
                LEFT JOIN term t ON t.seat_id = s.id AND t.role <> 'substitute'
                     AND t.starts_on <= :day AND (t.ends_on IS NULL OR t.ends_on >= :day)
                LEFT JOIN member m ON m.id = t.member_id
                WHERE b.slug = :board
                ORDER BY g.ordinal, g.id, s.ordinal
                """, arguments: ["day": day, "board": boardSlug]).map { row in
                RosterSeatRow(seatId: row["seat_id"], groupSlug: row["slug"], groupName: row["group_name"],
                              seatLabel: row["label"], memberName: row["member_name"], role: row["role"],
                              startsOn: row["starts_on"], endsOn: row["ends_on"], delegatingBody: row["delegating_body"])
            }
        }
    }

    /// The slugs and names of all boards.
    public func boards() throws -> [(slug: String, name: String)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT slug, name FROM board ORDER BY id").map { ($0["slug"], $0["name"]) }
        }
    }
}

import GRDB
import ModeratCore

/// A member's details the rules do not need and the public must not see.
public struct MemberDetails: Equatable, Sendable {
    public var delegatingBody: String?
    /// Private: never in a public export, never in the audit log.
    public var contact: String?
    /// Private notes.
    public var notes: String?
}

/// A board's roster as loaded for the screen, the check and the exports.
public struct RosterRecord: Sendable {
    public var boardId: Int64
    public var roster: Roster
    public var details: [Int64: MemberDetails]
}

extension ModeratDatabase {
    /// The slug of the board to work on: the one asked for, or the only (first) one.
    public func rosterBoardSlug(_ asked: String?) throws -> String {
        let slugs = try pool.read { db in try String.fetchAll(db, sql: "SELECT slug FROM board ORDER BY id") }
        if let asked {
            guard slugs.contains(asked) else {
                throw StoreError.notFound(.board(asked, known: slugs))
            }
            return asked
        }
        guard let first = slugs.first else { throw StoreError.notFound(.noBoardYet) }
        return first
    }

    /// Everything about one board's roster: rules, seats, members of its groups or with a
    /// term on its seats, and every term (the history).
    public func roster(boardSlug: String) throws -> RosterRecord {
        try pool.read { db in try db.loadRoster(boardSlug: boardSlug) }
    }
}

extension Database {
    func loadRoster(boardSlug: String) throws -> RosterRecord {
        guard let board = try Row.fetchOne(self, sql: "SELECT id, name FROM board WHERE slug = ?", arguments: [boardSlug]) else {
            throw StoreError.notFound(.board(boardSlug, known: try String.fetchAll(self, sql: "SELECT slug FROM board ORDER BY id")))
        }
        let boardId: Int64 = board["id"]
        let groups = try Row.fetchAll(self, sql: """
            SELECT id, slug, name, seats, term_months, drawn_by_lot, parity, min_age FROM seat_group
            WHERE board_id = ? ORDER BY ordinal, id
            """, arguments: [boardId]).map { row in
            SeatGroupRule(id: row["id"], slug: row["slug"], name: row["name"], seats: row["seats"], termMonths: row["term_months"],
                          drawnByLot: row["drawn_by_lot"], parity: row["parity"], minAge: row["min_age"])
        }
        let seats = try Row.fetchAll(self, sql: """
            SELECT s.id, s.group_id, s.ordinal, s.label FROM seat s JOIN seat_group g ON g.id = s.group_id
            WHERE g.board_id = ? ORDER BY g.ordinal, s.ordinal
            """, arguments: [boardId]).map { RosterSeat(id: $0["id"], groupId: $0["group_id"], ordinal: $0["ordinal"], label: $0["label"]) }
        let terms = try Row.fetchAll(self, sql: """
            SELECT t.id, t.seat_id, t.member_id, t.role, t.starts_on, t.ends_on, t.substitute_rank
            FROM term t JOIN seat s ON s.id = t.seat_id JOIN seat_group g ON g.id = s.group_id
            WHERE g.board_id = ? ORDER BY t.starts_on, t.id
            """, arguments: [boardId]).compactMap { row -> RosterTerm? in
            // Rows that do not parse (a hand-edited date) would make every rule guess; the
            // schema's CHECKs keep role valid, and `moderat check` reports the rest.
            guard let role = TermRole(rawValue: row["role"]), let start = CalendarDay(row["starts_on"] as String) else { return nil }
            return RosterTerm(id: row["id"], seatId: row["seat_id"], memberId: row["member_id"], role: role, startsOn: start,
                              endsOn: (row["ends_on"] as String?).flatMap { CalendarDay($0) }, substituteRank: row["substitute_rank"])
        }
        var members: [RosterMember] = []
        var details: [Int64: MemberDetails] = [:]
        for row in try Row.fetchAll(self, sql: """
            SELECT m.id, m.name, m.group_id, m.birth_date, m.gender, m.delegating_body, m.contact, m.notes FROM member m
            WHERE m.group_id IN (SELECT id FROM seat_group WHERE board_id = :board)
               OR m.id IN (SELECT t.member_id FROM term t JOIN seat s ON s.id = t.seat_id
                           JOIN seat_group g ON g.id = s.group_id WHERE g.board_id = :board)
            ORDER BY m.id
            """, arguments: ["board": boardId]) {
            let id: Int64 = row["id"]
            members.append(RosterMember(id: id, name: row["name"], groupId: row["group_id"],
                                        birthDate: (row["birth_date"] as String?).flatMap { CalendarDay($0) },
                                        gender: (row["gender"] as String?).flatMap { Gender(rawValue: $0) }))
            details[id] = MemberDetails(delegatingBody: row["delegating_body"], contact: row["contact"], notes: row["notes"])
        }
        let roster = Roster(boardSlug: boardSlug, boardName: board["name"], groups: groups, seats: seats, members: members, terms: terms)
        return RosterRecord(boardId: boardId, roster: roster, details: details)
    }
}

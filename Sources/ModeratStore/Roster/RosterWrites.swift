import Foundation
import GRDB
import ModeratCore

/// A person to put on the roster with a new term (contact and notes are private).
public struct NewMemberDraft: Equatable, Sendable {
    public var name: String
    public var birthDate: CalendarDay?
    public var gender: Gender?
    public var delegatingBody: String?
    public var contact: String?
    public var notes: String?

    public init(name: String, birthDate: CalendarDay? = nil, gender: Gender? = nil, delegatingBody: String? = nil,
                contact: String? = nil, notes: String? = nil) {
        self.name = name
        self.birthDate = birthDate
        self.gender = gender
        self.delegatingBody = delegatingBody
        self.contact = contact
        self.notes = notes
    }
}

/// A roster change the store refused because of the rules: the errors it would bring.
public struct RosterRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public var issues: [RosterIssue]
    public var description: String {
        "nothing was changed: " + issues.map(\.description).joined(separator: "; ")
    }
}

extension Store {
    /// Today in Berlin by the store's clock: the day the rules are checked on.
    public var today: CalendarDay { CalendarDay(clock()) }

    /// Adds a term (and the person, when new). Admins only; refused with `RosterRefusal`
    /// when it would break a rule that holds now. Returns the new term's id.
    @discardableResult
    public func addTerm(_ term: RosterTerm, newMember: NewMemberDraft? = nil, boardSlug: String) throws -> Int64 {
        try write(may: .editRoster) { db, me, now in
            let record = try db.loadRoster(boardSlug: boardSlug)
            guard let seat = record.roster.seat(term.seatId) else { throw StoreError.notFound(.seat(term.seatId, board: boardSlug)) }
            let draftMember = newMember.map { RosterMember(id: RosterChange.draftId, name: $0.name, groupId: seat.groupId,
                                                           birthDate: $0.birthDate, gender: $0.gender) }
            if draftMember == nil, record.roster.member(term.memberId) == nil {
                throw StoreError.notFound(.member(term.memberId, board: boardSlug))
            }
            try Self.refuseNewErrors(.add(term, newMember: draftMember), record.roster, day: CalendarDay(now))
            var memberId = term.memberId
            if let newMember {
                memberId = try db.insertMember(newMember, groupId: seat.groupId)
                try db.appendAudit(actor: me.account, action: .rosterMemberAdd, entity: "member", entityId: String(memberId),
                                   detail: ["group": String(seat.groupId)], at: now)
            }
            try db.execute(sql: """
                INSERT INTO term(seat_id, member_id, role, starts_on, ends_on, substitute_rank) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [term.seatId, memberId, term.role.rawValue, term.startsOn.description, term.endsOn?.description,
                                 term.substituteRank])
            let termId = db.lastInsertedRowID
            try db.appendAudit(actor: me.account, action: .rosterTermAdd, entity: "term", entityId: String(termId),
                               detail: Self.auditDetail(term, memberId: memberId), at: now)
            return termId
        }
    }

    /// Changes role, days and rank of a term (seat and person stay). Admins only.
    public func updateTerm(_ term: RosterTerm, boardSlug: String) throws {
        try write(may: .editRoster) { db, me, now in
            let record = try db.loadRoster(boardSlug: boardSlug)
            guard let old = record.roster.terms.first(where: { $0.id == term.id }) else { throw StoreError.notFound(.term(term.id)) }
            var term = term
            term.seatId = old.seatId
            term.memberId = old.memberId
            try Self.refuseNewErrors(.update(term), record.roster, day: CalendarDay(now))
            try db.execute(sql: "UPDATE term SET role = ?, starts_on = ?, ends_on = ?, substitute_rank = ? WHERE id = ?",
                           arguments: [term.role.rawValue, term.startsOn.description, term.endsOn?.description, term.substituteRank, term.id])
            try db.appendAudit(actor: me.account, action: .rosterTermEdit, entity: "term", entityId: String(term.id),
                               detail: Self.auditDetail(term, memberId: term.memberId), at: now)
        }
    }

    /// Ends a term on `day` (its last day). Admins only.
    public func endTerm(_ termId: Int64, on day: CalendarDay, boardSlug: String) throws {
        try write(may: .editRoster) { db, me, now in
            let record = try db.loadRoster(boardSlug: boardSlug)
            guard let term = record.roster.terms.first(where: { $0.id == termId }) else { throw StoreError.notFound(.term(termId)) }
            guard day >= term.startsOn else {
                throw StoreError.refusal(.termEndsBeforeStart(ends: day, starts: term.startsOn))
            }
            try Self.refuseNewErrors(.end(termId: termId, on: day), record.roster, day: CalendarDay(now))
            try db.execute(sql: "UPDATE term SET ends_on = ? WHERE id = ?", arguments: [day.description, termId])
            try db.appendAudit(actor: me.account, action: .rosterTermEnd, entity: "term", entityId: String(termId),
                               detail: ["ends_on": day.description], at: now)
        }
    }

    static func refuseNewErrors(_ change: RosterChange, _ roster: Roster, day: CalendarDay) throws {
        if case let .add(term, _) = change, let end = term.endsOn, end < term.startsOn {
            throw StoreError.refusal(.termEndsBeforeStart(ends: end, starts: term.startsOn))
        }
        if case let .update(term) = change, let end = term.endsOn, end < term.startsOn {
            throw StoreError.refusal(.termEndsBeforeStart(ends: end, starts: term.startsOn))
        }
        let added = RosterValidation.newErrors(change, in: roster, on: day)
        if !added.isEmpty { throw RosterRefusal(issues: added) }
    }

    /// Ids, role and days only: the audit log never holds names or contact data.
    static func auditDetail(_ term: RosterTerm, memberId: Int64) -> [String: String] {
        var detail = ["member": String(memberId), "role": term.role.rawValue, "seat": String(term.seatId),
                      "starts_on": term.startsOn.description]
        detail["ends_on"] = term.endsOn?.description
        detail["rank"] = term.substituteRank.map(String.init)
        return detail
    }
}

extension Database {
    func insertMember(_ member: NewMemberDraft, groupId: Int64) throws -> Int64 {
        try execute(sql: """
            INSERT INTO member(name, group_id, delegating_body, birth_date, gender, contact, notes) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [member.name, groupId, member.delegatingBody, member.birthDate?.description, member.gender?.rawValue,
                             member.contact, member.notes])
        return lastInsertedRowID
    }
}

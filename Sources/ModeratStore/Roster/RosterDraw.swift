import Foundation
import GRDB
import ModeratCore

/// What a recorded draw wrote: the new members' and terms' ids, in seat then rank order.
public struct RecordedDraw: Equatable, Sendable {
    public var memberIds: [Int64]
    public var termIds: [Int64]
    public var auditId: Int64
}

extension Store {
    /// Writes a draw's outcome in one transaction: the winners as members, their terms, and
    /// one `roster.draw` audit event holding the seed, the applicant file's SHA-256 and the
    /// algorithm (never names), so anyone can re-run the draw and compare. Admins only.
    public func recordDraw(_ placement: LotDrawPlacement, request: LotDrawRequest, group: SeatGroupRule,
                           applicantCount: Int, applicantsSHA256: String, boardSlug: String) throws -> RecordedDraw {
        try write(may: .editRoster) { db, me, now in
            let record = try db.loadRoster(boardSlug: boardSlug)
            var roster = record.roster
            let everyone = placement.members + placement.substitutes
            // Check all new terms together: the rules see the whole new term at once.
            for (index, placed) in everyone.enumerated() {
                var term = placed.term
                term.id = -1 - Int64(index)
                term.memberId = term.id
                roster.members.append(RosterMember(id: term.id, name: placed.applicant.name, groupId: group.id,
                                                   birthDate: placed.applicant.birthDate, gender: placed.applicant.gender))
                roster.terms.append(term)
            }
            let today = CalendarDay(now)
            let before = RosterValidation.issues(record.roster, on: today).filter { $0.severity == .error }
            let added = RosterValidation.issues(roster, on: today).filter { $0.severity == .error && !before.contains($0) }
            if !added.isEmpty { throw RosterRefusal(issues: added) }
            var memberIds: [Int64] = [], termIds: [Int64] = []
            for placed in everyone {
                let memberId = try db.insertMember(NewMemberDraft(name: placed.applicant.name, birthDate: placed.applicant.birthDate,
                                                                  gender: placed.applicant.gender,
                                                                  contact: placed.applicant.privateData.isEmpty ? nil : placed.applicant.privateData),
                                                   groupId: group.id)
                try db.execute(sql: """
                    INSERT INTO term(seat_id, member_id, role, starts_on, ends_on, substitute_rank) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [placed.term.seatId, memberId, placed.term.role.rawValue, placed.term.startsOn.description,
                                     placed.term.endsOn?.description, placed.term.substituteRank])
                let termId = db.lastInsertedRowID
                try db.appendAudit(actor: me.account, action: .rosterTermAdd, entity: "term", entityId: String(termId),
                                   detail: Self.auditDetail(placed.term, memberId: memberId), at: now)
                memberIds.append(memberId)
                termIds.append(termId)
            }
            let drawn = memberIds.prefix(placement.members.count).map(String.init).joined(separator: ",")
            let ranked = memberIds.dropFirst(placement.members.count).map(String.init).joined(separator: ",")
            var detail: [String: String] = ["algorithm": LotDraw.algorithm, "seed": String(request.seed)]
            detail["applicants_sha256"] = applicantsSHA256
            detail["applicants"] = String(applicantCount)
            detail["seats"] = String(request.seats)
            detail["substitutes"] = String(request.substitutes)
            detail["parity"] = request.parity ? "1" : "0"
            detail["min_age"] = request.minAge.map(String.init)
            detail["starts_on"] = request.day.description
            detail["group"] = group.slug
            detail["members"] = drawn
            detail["substitute_members"] = ranked
            let auditId = try db.appendAudit(actor: me.account, action: .rosterDraw, entity: "seat_group",
                                             entityId: String(group.id), detail: detail, at: now)
            return RecordedDraw(memberIds: memberIds, termIds: termIds, auditId: auditId)
        }
    }
}

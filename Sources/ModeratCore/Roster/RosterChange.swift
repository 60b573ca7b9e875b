/// A change to a roster as a form or the draw proposes it, before it is written: applied to
/// a `Roster` value it shows which new errors it would bring, so the form can say so as the
/// user types and the store can refuse the same change.
public enum RosterChange: Equatable, Sendable {
    /// A new term; `newMember` when the person is not on the roster yet (its id is ignored).
    case add(RosterTerm, newMember: RosterMember?)
    /// Changes role, days and rank of an existing term (same id).
    case update(RosterTerm)
    /// Ends a term on a day (inclusive).
    case end(termId: Int64, on: CalendarDay)

    /// The id a proposed new term or member has until the store gives it a real one.
    public static let draftId: Int64 = -1
}

extension Roster {
    /// The roster as it would be after `change`.
    public func applying(_ change: RosterChange) -> Roster {
        var copy = self
        switch change {
        case let .add(term, newMember):
            var term = term
            if var member = newMember {
                member.id = RosterChange.draftId
                copy.members.append(member)
                term.memberId = member.id
            }
            term.id = RosterChange.draftId
            copy.terms.append(term)
        case let .update(term):
            if let index = copy.terms.firstIndex(where: { $0.id == term.id }) { copy.terms[index] = term }
        case let .end(termId, day):
            if let index = copy.terms.firstIndex(where: { $0.id == termId }) { copy.terms[index].endsOn = day }
        }
        return copy
    }
}

extension RosterValidation {
    /// The errors `change` would add to `roster` on `day` (errors already there do not
    /// block unrelated changes: the board may be mid-way through fixing them). Also checks
    /// what the rules cannot see: an end before the start.
    public static func newErrors(_ change: RosterChange, in roster: Roster, on day: CalendarDay) -> [RosterIssue] {
        let before = issues(roster, on: day).filter { $0.severity == .error }
        let after = issues(roster.applying(change), on: day).filter { $0.severity == .error }
        return after.filter { !before.contains($0) }
    }
}

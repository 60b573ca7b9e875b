/// Whether a member was at a meeting.
public enum AttendanceStatus: String, CaseIterable, Sendable, Codable {
    case present, excused, absent
}

/// One line of a meeting's attendance: who, how, and whom a substitute stood in for.
public struct AttendanceEntry: Equatable, Sendable {
    public var memberId: Int64
    public var status: AttendanceStatus
    /// The seat holder this (substitute) member represented, if any.
    public var standingInFor: Int64?

    public init(memberId: Int64, status: AttendanceStatus, standingInFor: Int64? = nil) {
        self.memberId = memberId
        self.status = status
        self.standingInFor = standingInFor
    }
}

/// The quorum of one meeting: how many of the board's seats were represented and whether
/// that is more than the board's rules ask for.
public struct Quorum: Equatable, Sendable {
    /// The board's seats (vacant ones included: the rules count seats, not people).
    public var seats: Int
    /// Seats without a holder on the day.
    public var vacant: Int
    /// Seat holders present, plus substitutes present for a holder who was not.
    public var represented: Int
    /// Of those, how many were substitutes standing in.
    public var substitutes: Int
    /// More than this fraction of `seats` must be represented.
    public var fraction: Double

    /// The fewest represented seats that make the meeting quorate.
    public var needed: Int { Int((fraction * Double(seats)).rounded(.down)) + 1 }
    public var isQuorate: Bool { seats > 0 && represented >= needed }
}

/// Computes quorum from the roster as it stood on the meeting's day.
public enum QuorumRule {
    /// `holders` are the members holding a seat (not as substitute) on the day. A substitute
    /// counts only while standing in for a holder who is not present, and each absent holder
    /// is represented once at most; present guests and non-members count for nothing.
    public static func compute(seats: Int, holders: Set<Int64>, attendance: [AttendanceEntry], fraction: Double) -> Quorum {
        let present = attendance.filter { $0.status == .present }
        let presentHolders = Set(present.map(\.memberId)).intersection(holders)
        var represented = Set<Int64>()
        for entry in present where !holders.contains(entry.memberId) {
            guard let absentee = entry.standingInFor, holders.contains(absentee), !presentHolders.contains(absentee) else { continue }
            represented.insert(absentee)
        }
        return Quorum(seats: seats, vacant: max(0, seats - holders.count),
                      represented: presentHolders.count + represented.count, substitutes: represented.count, fraction: fraction)
    }
}

/// The free note beside the computed quorum: it may add (who left early, a remark), never
/// state the quorum itself, so the minutes never hold two figures that disagree.
public enum QuorumNote {
    static let quorumWords = ["beschlussfähig", "beschlussunfähig", "quorate", "quorum", "beschlussfähigkeit"]

    /// The word by which `note` states the quorum itself (so it may not stand beside the
    /// computed one), or nil.
    public static func statedQuorum(_ note: String) -> String? {
        let lower = note.lowercased()
        return quorumWords.first(where: { lower.contains($0) })
    }
}

import Foundation
import GRDB
import ModeratCore

/// Every audit action moderat writes; the stored text is the raw value. The workbench's
/// labels (ModeratApp's AuditActionText) switch over it without a `default`, so a new action
/// has no label until it gets one in both languages.
public enum AuditAction: String, CaseIterable, Sendable {
    case approve = "comment.approve"
    case reject = "comment.reject"
    case hold = "comment.hold"
    case undo = "comment.undo"
    case tag = "comment.tag"
    case untag = "comment.untag"
    case answer = "comment.answer"
    case note = "comment.note"
    case importComment = "comment.import"
    case update = "comment.update"
    case purge = "comment.purge"
    case forgetAuthor = "author.forget"
    case projectAdd = "project.add"
    case projectEdit = "project.edit"
    case processLink = "process.link"
    case guidelinesImport = "guidelines.import"
    case rosterMemberAdd = "roster.member.add"
    case rosterTermAdd = "roster.term.add"
    case rosterTermEdit = "roster.term.edit"
    case rosterTermEnd = "roster.term.end"
    case rosterDraw = "roster.draw"
    case meetingCreate = "meeting.create"
    case meetingItemAdd = "meeting.item.add"
    case meetingGuestAdd = "meeting.guest.add"
    case meetingAttendance = "meeting.attendance"
    case minutesItemSave = "minutes.item.save"
    case minutesFinalize = "minutes.finalize"
    case minutesAmend = "minutes.amend"
    case actionDone = "action.done"
    case minutesDraftDiscard = "minutes.draft.discard"
    case meetingDetails = "meeting.details"
    case reasonConfigure = "reason.configure"
    case considerationWrite = "consideration.write"
    case considerationAgree = "consideration.agree"
    case considerationReopen = "consideration.reopen"
    case passageSplit = "passage.split"
    case passageSection = "passage.section"
    case groupJoin = "group.join"
    case groupLeave = "group.leave"
    case userAdd = "user.add"
    case userRole = "user.role"
    case userRemove = "user.remove"
    case demoPopulate = "demo.populate"
    case benchPopulate = "bench.populate"

    /// The action that records a decision of this kind.
    public init(_ kind: DecisionKind) {
        switch kind {
        case .approve: self = .approve
        case .reject: self = .reject
        case .hold: self = .hold
        }
    }

    /// The decision this action records, if it records one.
    public var decisionKind: DecisionKind? {
        switch self {
        case .approve: return .approve
        case .reject: return .reject
        case .hold: return .hold
        case .undo, .tag, .untag, .answer, .note, .importComment, .update, .purge, .forgetAuthor,
             .projectAdd, .projectEdit, .processLink, .guidelinesImport,
             .rosterMemberAdd, .rosterTermAdd, .rosterTermEdit, .rosterTermEnd, .rosterDraw,
             .meetingCreate, .meetingItemAdd, .meetingGuestAdd, .meetingAttendance,
             .minutesItemSave, .minutesFinalize, .minutesAmend, .actionDone,
             .minutesDraftDiscard, .meetingDetails, .reasonConfigure,
             .considerationWrite, .considerationAgree, .considerationReopen, .passageSplit, .passageSection,
             .groupJoin, .groupLeave,
             .userAdd, .userRole, .userRemove, .demoPopulate, .benchPopulate:
            return nil
        }
    }

    /// The actions undo may take back, as SQL literals for an `IN (...)` list.
    static let decisionSQLList = allCases.filter { $0.decisionKind != nil }
        .map { "'\($0.rawValue)'" }.joined(separator: ", ")
}

/// The entity names audit rows use.
package enum AuditEntity {
    package static let comment = "comment"
}

extension Database {
    /// Appends one audit event, chained to the one before, inside the caller's transaction and
    /// returns its id. `detail`
    /// holds ids, states, codes and versions only: never comment text or personal data.
    @discardableResult
    package func appendAudit(actor: String, action: AuditAction, entity: String, entityId: String?,
                     detail: [String: String], at: Date = Date()) throws -> Int64 {
        try AuditChain.append(self, at: Timestamps.string(at), actor: actor, action: action.rawValue, entity: entity,
                              entityId: entityId, detail: try Self.auditJSON(detail))
    }

    /// Sorted keys so equal details are equal text (diffable, greppable).
    static func auditJSON(_ detail: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(detail), as: UTF8.self)
    }
}

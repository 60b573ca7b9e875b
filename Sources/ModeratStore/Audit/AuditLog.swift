import Foundation
import GRDB
import ModeratCore

/// The audit actions moderat writes on comments; the demo generator uses the same names.
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
        default: return nil
        }
    }

    /// The actions undo may take back, as SQL literals for an `IN (...)` list.
    static let decisionSQLList = allCases.filter { $0.decisionKind != nil }
        .map { "'\($0.rawValue)'" }.joined(separator: ", ")
}

/// The entity names audit rows use.
enum AuditEntity {
    static let comment = "comment"
}

extension Database {
    /// Appends one audit event, chained to the one before, inside the caller's transaction and
    /// returns its id. `detail`
    /// holds ids, states, codes and versions only: never comment text or personal data.
    @discardableResult
    func appendAudit(actor: String, action: String, entity: String, entityId: String?,
                     detail: [String: String], at: Date = Date()) throws -> Int64 {
        try AuditChain.append(self, at: Timestamps.string(at), actor: actor, action: action, entity: entity,
                              entityId: entityId, detail: try Self.auditJSON(detail))
    }

    /// Sorted keys so equal details are equal text (diffable, greppable).
    static func auditJSON(_ detail: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(detail), as: UTF8.self)
    }
}

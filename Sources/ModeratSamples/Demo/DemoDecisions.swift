import Foundation
import ModeratCore
import ModeratStore

/// How the moderators handled each comment: most still pending, older ones more often
/// decided; spam, insults and personal data rejected or held; every step audited.
enum DemoDecisions {
    struct Step {
        let kind: DecisionKind
        let reason: String?
        let at: Date
        let by: Moderator
    }

    struct Outcome {
        var steps: [Step] = []
        var publicAnswer: String?
        var internalNote: String?

        var state: CommentState { steps.last?.kind.resultingState ?? .pending }
        var version: Int { 1 + steps.count }
        var reason: String? { steps.last?.reason }
    }

    static func decide(_ context: DemoContext, item: DemoComments.Planned, process: DemoProcess,
                       importedAt: Date, staff: DemoStaff) -> Outcome {
        var rng = context.rng
        defer { context.rng = rng }
        let span = max(1, process.end.timeIntervalSince(process.start))
        let age = min(1, max(0, item.createdAt.timeIntervalSince(process.start) / span))
        let pendingChance: Double
        switch item.kind {
        case .normal: pendingChance = min(0.95, max(0.05, process.pendingShare - 0.25 + 0.5 * age))
        case .advertising: pendingChance = 0.6
        case .duplicate: pendingChance = 0.5
        case .insult, .personalData, .offTopic: pendingChance = 0.55
        }
        var outcome = Outcome()
        if rng.chance(pendingChance) { return outcome }

        // Moderators rather than the administrator, and mostly Anna; whoever put a comment on
        // hold also follows it up.
        let deciderWeights = staff.deciders.indices.map { $0 == staff.deciders.count - 1 ? 0.6 : 5.0 - Double($0) }
        let decider = staff.deciders[rng.weighted(deciderWeights)]
        var plan: [(DecisionKind, String?)]
        switch item.kind {
        case .normal:
            switch rng.weighted([0.84, 0.08, 0.06, 0.02]) {
            case 0: plan = [(.approve, nil)]
            case 1: plan = [(.hold, nil), (.approve, nil)]
            case 2: plan = [(.hold, nil)]
            default: plan = [(.reject, "off-topic")]
            }
        case .advertising: plan = [(.reject, "spam")]
        case .duplicate: plan = [(.reject, "duplicate")]
        case .offTopic: plan = [(.reject, "off-topic")]
        case .insult: plan = rng.chance(0.2) ? [(.hold, nil), (.reject, "insult")] : [(.reject, "insult")]
        case .personalData: plan = rng.chance(0.5) ? [(.hold, "personal-data")] : [(.reject, "personal-data")]
        }
        let latest = context.now.addingTimeInterval(-300)
        var at = importedAt
        for (kind, reason) in plan {
            // Spam goes fast; everything else waits between half an hour and three days.
            let wait = kind == .reject && reason == "spam" ? rng.int(300 ... 7200) : rng.int(1800 ... 259_200)
            let next = at.addingTimeInterval(Double(wait))
            guard next < latest else { break }
            at = next
            outcome.steps.append(Step(kind: kind, reason: reason, at: at, by: decider))
        }
        switch outcome.state {
        case .approved:
            if item.kind == .normal, item.parent == nil, let topic = item.topic, rng.chance(0.25) {
                outcome.publicAnswer = rng.pick(DemoCommentTexts.answerOpenings) + " "
                    + process.topics[topic].answer + "\n\n" + rng.pick(DemoCommentTexts.answerClosings)
            }
            if outcome.steps.count > 1 {
                outcome.internalNote = "Nach Rückfrage beim Fachamt freigegeben."
            } else if rng.chance(0.06) {
                outcome.internalNote = rng.pick(DemoCommentTexts.notesOnDecided)
            }
        case .held:
            outcome.internalNote = item.kind == .personalData
                ? "Enthält Namen und Kontaktdaten Dritter – Autor um Kürzung bitten."
                : rng.pick(DemoCommentTexts.notesOnHold)
        case .rejected:
            if item.kind == .personalData {
                outcome.internalNote = "Telefonnummer/Adresse einer Privatperson – nicht veröffentlichen."
            } else if item.kind == .insult, rng.chance(0.3) {
                outcome.internalNote = "Wiederholt beleidigend; bei weiteren Beiträgen Sperre prüfen."
            }
        case .pending:
            break
        }
        return outcome
    }

    /// Who tagged a comment and when: the first decider just before deciding, otherwise a
    /// moderator who sorted the queue some time after the import.
    static func tagging(_ context: DemoContext, outcome: Outcome, importedAt: Date, staff: DemoStaff) -> (Moderator, Date) {
        if let first = outcome.steps.first {
            return (first.by, first.at.addingTimeInterval(-Double(context.rng.int(20 ... 240))))
        }
        let who = context.rng.pick(staff.deciders)
        let latest = context.now.addingTimeInterval(-60)
        let at = importedAt.addingTimeInterval(Double(context.rng.int(600 ... 172_800)))
        return (who, max(importedAt, min(at, latest)))
    }

    /// One audit event per decision step, in the store's format.
    static func audit(_ context: DemoContext, commentID: Int64, outcome: Outcome) throws {
        var from = CommentState.pending
        for (index, step) in outcome.steps.enumerated() {
            var detail = ["from": from.rawValue, "to": step.kind.resultingState.rawValue, "version": String(index + 2)]
            detail["reason"] = step.reason
            try context.audit(at: step.at, actor: step.by.account, action: AuditAction(step.kind),
                              entity: "comment", entityID: commentID, detail: detail)
            from = step.kind.resultingState
        }
    }
}

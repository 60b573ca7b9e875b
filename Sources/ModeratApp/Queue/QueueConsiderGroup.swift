import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// The question `C` (or `:consider [ID]`) asks before a detected group of near-identical
/// comments becomes one group "considered together" of the Abwägung.
struct ConsiderQuestion: Equatable {
    /// The detected group (its first comment's id).
    var groupId: Int64
}

extension QueueScreen {
    /// Asks whether the group of comment `argument` (the selected comment when empty) is to
    /// be considered together, naming the group and how many of its comments would join.
    mutating func startConsidering(_ argument: String, _ context: AppContext) -> ScreenResult {
        let t = context.text
        let typed = argument.trimmingCharacters(in: .whitespaces)
        let member = typed.isEmpty ? window.selectedRow?.id : Int64(typed.trimmingCharacters(in: CharacterSet(charactersIn: "#")))
        guard let member else {
            return .error(typed.isEmpty ? t(.similarity(.noGroup)) : t(.filterArgument("consider", typed)))
        }
        do {
            guard let group = try context.store.database.groupId(ofComment: member) else { return .error(t(.similarity(.noGroup))) }
            let size = try context.store.database.groupMembers(group).count
            let approved = try context.store.database.groupMembers(group, states: [.approved]).count
            guard approved >= 2 else {
                return .error(t(.similarity(.tooFewApproved(group: group, size: size, approved: approved))))
            }
            considering = ConsiderQuestion(groupId: group)
            return .question(t(.similarity(.confirmConsider(group: group, size: size, approved: approved))))
        } catch {
            return .error(t.error(error))
        }
    }

    /// y makes the group one consideration group (the store checks again and writes the
    /// `group.join` audit event); any other key leaves everything as it was.
    mutating func answerConsidering(_ question: ConsiderQuestion, _ key: Key, _ context: AppContext) -> ScreenResult {
        considering = nil
        // Only y confirms, as everywhere (j moves in every list).
        guard key == .character("y") else { return .handled }
        do {
            let done = try context.store.considerDetectedGroup(ofComment: question.groupId)
            reload(context)
            return .message(context.text(.similarity(.considered(group: question.groupId, considerationGroup: done.considerationGroup,
                                                                   joined: done.joined.count, left: done.notApproved.count))))
        } catch {
            return .error(context.text.error(error))
        }
    }
}

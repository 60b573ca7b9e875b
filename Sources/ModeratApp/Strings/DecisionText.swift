import ModeratCore
import ModeratStore

/// The words of deciding, advancing, undoing and reversing (one case of `UIText` and of
/// `UIText.KeyHelp` leads here); German in German+Decisions.swift, English in English+Decisions.swift.
public enum DecisionText: Sendable, Equatable {
    /// One comment decided: "#479 Jannik Stein: freigegeben".
    case decided(String, CommentState)
    /// Several decided at once, with their ids: "3 Beiträge: abgelehnt (#5, #12, #40)".
    case decidedMany([Int64], CommentState)
    /// "1 Beitrag", "3 Beiträge".
    case comments(Int)
    /// The comment view went on to the next comment of the list.
    case next(String)
    case lastInList, firstInList
    /// An undo: "#479 Jannik Stein: freigegeben → offen".
    case undone(String, from: CommentState, to: CommentState)
    case undoneMany([Int64], to: CommentState)
    /// `u` with nothing decided in this session.
    case nothingToUndo
    case undoListTitle, undoListEmpty, undoListHints, undoneMark
    /// With marks set: how many, and whether the cursor's comment is one of them.
    case confirmMarked(DecisionKind?, count: Int, cursor: String?, cursorMarked: Bool)
    /// The key hint of every yes/no question in the workbench (decisions, minutes, groups,
    /// quitting): one wording, so y is the only yes everywhere.
    case yesNo
    /// Changing someone's decision: comment, its state, who, when (formatted), the new decision.
    case reversal(String, CommentState, by: String?, when: String?, DecisionKind?)
    /// Marked comments of which some are decided already.
    case reversalMany(decided: Int, of: Int, DecisionKind?)
    /// A comment someone else has open.
    case claimedBy(String, who: String, DecisionKind?)
    /// Marked comments others have open: how many of how many, and who (each name once).
    case claimedMany(open: Int, of: Int, who: [String], DecisionKind?)
    case oldAnswer(String)
    case answerChoice
    /// Typed text that could not be written is kept as a draft of the comment's answer.
    case draftKept(Int64)
    case refusal(DecisionRefusal)
    /// The reason picker's keys; the number keys go as far as there are numbered reasons.
    case reasonPickerHints(Int)
    case keyNext, keyPrevious, keyUndoList, keyParent
    /// The keys of questions, the reason picker and the old-answer choice.
    case headingDialogs, keyYes, keyNo, keyReasonNumber, keyReasonMove, keyReasonEnter, keyAnswerChoice
    /// Status messages of the session, newest last.
    case messageLogTitle, keyMessageLog
    case noParent
    case quitQuestion(marks: Int, draft: Bool)
}

/// "#479 Jannik Stein": how a comment is named in messages.
enum CommentLabel {
    static func of(_ id: Int64, author: String?) -> String {
        author.map { "#\(id) \($0)" } ?? "#\(id)"
    }
}

extension DecisionText {
    /// How many ids a message names before it only counts the rest: the status line is one
    /// line, and five is what a moderator checks at a glance.
    static let namedIds = 5

    /// "1–7": the number keys of `count` numbered items.
    static func numberKeys(_ count: Int) -> String { count <= 1 ? "1" : "1–\(count)" }

    /// "#5, #12, #40" in id order, the rest counted by `more` ("und 45 weitere").
    static func idList(_ ids: [Int64], more: (Int) -> String) -> String {
        let sorted = ids.sorted()
        let named = sorted.prefix(namedIds).map { "#\($0)" }.joined(separator: ", ")
        guard sorted.count > namedIds else { return named }
        return named + " " + more(sorted.count - namedIds)
    }
}

import ModeratCore
import ModeratStore

extension DecisionText {
    static func english(_ text: DecisionText) -> String {
        let state: (CommentState) -> String = { $0.rawValue }
        switch text {
        case let .decided(who, to): return "\(who): \(state(to))"
        case let .decidedMany(ids, to):
            return (ids.count == 1 ? "1 comment: " : "\(ids.count) comments: ") + state(to) + " (" + idList(ids, more: { "and \($0) more" }) + ")"
        case .comments(let n): return n == 1 ? "1 comment" : "\(n) comments"
        case .next(let who): return "next: \(who)"
        case .lastInList: return "that was the last comment of this list"
        case .firstInList: return "this is the first comment of this list"
        case let .undone(who, from, to): return "Undone: \(who): \(state(from)) → \(state(to))"
        case let .undoneMany(ids, to):
            return "Undone: \(ids.count) comments \(state(to)) again (" + idList(ids, more: { "and \($0) more" }) + ")"
        case .nothingToUndo:
            return "Nothing to undo: you have decided nothing in this session (change older decisions by deciding anew)"
        case .undoListTitle: return "Decisions of this session"
        case .undoListEmpty: return "You have decided nothing in this session yet."
        case .undoListHints: return "j/k choose  Enter undoes the chosen one  Esc closes"
        case .undoneMark: return "(undone)"
        case let .confirmMarked(kind, n, cursor, marked):
            let what = n == 1 ? "the 1 marked comment" : "the \(n) marked comments"
            let cursorPart = cursor.map { marked ? " (\($0) under the cursor is one of them)" : " – \($0) under the cursor is NOT one of them" } ?? ""
            return "\(englishVerb(kind).prefix(1).uppercased() + englishVerb(kind).dropFirst()) \(what)?\(cursorPart)"
        case .yesNo: return "y = yes   n, Esc, Enter = no"
        case let .reversal(who, was, by, when, kind):
            let byPart = (by.map { " by \($0)" } ?? "") + (when.map { " \($0)" } ?? "")
            return "\(who) was already \(state(was))\(byPart). \(englishVerb(kind).prefix(1).uppercased() + englishVerb(kind).dropFirst()) it now?"
        case let .reversalMany(decided, n, kind):
            return "\(decided) of the \(n) marked comments are decided already. \(englishVerb(kind).prefix(1).uppercased() + englishVerb(kind).dropFirst()) them all?"
        case let .claimedBy(who, by, kind): return "\(by) has \(who) open right now. \(englishVerb(kind).prefix(1).uppercased() + englishVerb(kind).dropFirst()) it anyway?"
        case let .claimedMany(open, n, who, kind):
            let verb = englishVerb(kind).prefix(1).uppercased() + englishVerb(kind).dropFirst()
            return "\(open) of the \(n) marked comments \(open == 1 ? "is" : "are") open right now (by \(who.joined(separator: ", "))). \(verb) anyway?"
        case .oldAnswer(let answer): return "Current public answer: “\(answer)”"
        case .answerChoice: return "It was written for the old decision:  1 keep   2 edit   3 clear   Esc cancel"
        case .draftKept(let id): return "Your text is kept as a draft of the answer to #\(id) (e opens it)"
        case .refusal(let refusal):
            switch refusal {
            case let .alreadyInState(id, s): return "#\(id) is already \(state(s)); nothing was changed"
            case .reasonRequired: return "Rejecting needs a reason"
            case .reasonNotAllowed: return "Approving takes no reason"
            case let .unknownReason(code, _): return "Unknown reason “\(code)”"
            }
        case .reasonPickerHints(let n): return "\(numberKeys(n)) choose  ↑↓ j k Ctrl-N/P move  Enter takes the highlighted one  Esc cancel"
        case .headingDialogs: return "Questions and the reason picker"
        case .keyYes: return "yes (only y confirms; j moves and never confirms)"
        case .keyNo: return "no (the default)"
        case .keyReasonNumber: return "choose a rejection reason by its number"
        case .keyReasonMove: return "move in the reason picker (nothing is chosen at first)"
        case .keyReasonEnter: return "take the highlighted reason"
        case .keyAnswerChoice: return "keep, edit or clear the old public answer"
        case .keyNext: return "next comment of the list (without deciding)"
        case .keyPrevious: return "previous comment of the list"
        case .keyUndoList: return "decisions of this session (undo)"
        case .keyParent: return "open the comment this one replies to"
        case .messageLogTitle: return "Messages of this session"
        case .keyMessageLog: return "messages of this session in full"
        case .noParent: return "This comment replies to no other"
        case let .quitQuestion(marks, draft):
            var lost: [String] = []
            if marks > 0 { lost.append("\(marks) mark\(marks == 1 ? "" : "s")") }
            if draft { lost.append("unsaved text (kept as a draft)") }
            return "Quit? You would lose: \(lost.joined(separator: ", "))."
        }
    }

    static func englishVerb(_ kind: DecisionKind?) -> String {
        switch kind {
        case .approve: return "approve"
        case .reject: return "reject"
        case .hold: return "hold"
        case nil: return "tag"
        }
    }
}

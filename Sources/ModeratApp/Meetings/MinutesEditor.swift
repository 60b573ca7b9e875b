import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// The built-in editor for one TOP's minutes (result, decisions, action items as text; see
/// `AgendaMinutesText`), or for an amendment once the minutes are final. What is typed is
/// saved as a draft at least every two seconds while typing, on every idle tick and on
/// every change of focus, so a dropped SSH connection loses a few seconds at most.
struct MinutesEditor: DraftEditor {
    enum Purpose: Equatable {
        case item, amendment
    }

    /// Someone saved the TOP after this editor's text was started: their version, shown
    /// until the user chooses (Ctrl-S keeps theirs out, Ctrl-R takes it).
    struct Conflict: Equatable {
        var version: Int
        var text: String
        var who: String
    }

    /// How often a draft is written while keys keep coming (idle ticks save sooner).
    static let saveInterval: TimeInterval = 2

    let purpose: Purpose
    let meetingId: Int64
    let itemId: Int64
    let number: Int
    let title: String
    var state: TextEditorState
    /// The text last written as a draft (or loaded), to save only changes.
    var savedText: String
    /// The item version the text was started from.
    var baseVersion: Int
    var lastSave: Date
    var savedAt: Date?
    var conflict: Conflict?
    var notice: String?
    /// The search prompt while open (F3 / Ctrl-G), and the last term searched.
    var search: TextFieldState?
    var lastSearch = ""

    var draftKey: String { purpose == .item ? OpenDraft.key(itemId: itemId) : "amend:\(meetingId):\(number)" }

    /// What an $EDITOR run on this text is for.
    var editPurpose: EditPurpose {
        purpose == .item ? .minutes(meetingId: meetingId, itemNumber: number) : .amendment(meetingId: meetingId, itemNumber: number)
    }

    /// Opens the TOP's stored minutes, or the draft an earlier session left (telling the
    /// user when the TOP was saved by someone since that draft began).
    static func open(_ purpose: Purpose, item: AgendaItemRecord, meetingId: Int64, _ context: AppContext) -> MinutesEditor {
        let stored = purpose == .item ? AgendaMinutesText.render(item.minutes, german: context.text.language == .de) : ""
        var editor = MinutesEditor(purpose: purpose, meetingId: meetingId, itemId: item.id, number: item.number, title: item.title,
                                   state: TextEditorState(text: stored), savedText: stored, baseVersion: item.version,
                                   lastSave: context.now)
        guard let draft = try? context.store.loadDraft(editor.draftKey), draft.text != stored else { return editor }
        editor.state = TextEditorState(text: draft.text)
        editor.savedText = draft.text
        let when = Timestamps.date(draft.updatedAt).map { Timestamps.short($0, now: context.now) } ?? draft.updatedAt
        editor.notice = context.text(.meetings(.work(.draftRestoredAt(when))))
        if purpose == .item, let base = draft.baseVersion {
            editor.baseVersion = base
            if base != item.version { editor.conflict = Conflict(item, context) }
        }
        return editor
    }

    /// Saves the draft when the text changed since the last save.
    mutating func autosave(_ context: AppContext) {
        let text = state.text
        guard text != savedText else { return }
        do {
            try context.store.saveDraft(draftKey, text: text, baseVersion: purpose == .item ? baseVersion : nil)
            savedText = text
            lastSave = context.now
            savedAt = context.now
        } catch {
            // The next key or tick tries again; the text is still in the editor.
        }
    }

    /// While keys keep coming the idle tick never fires: save every `saveInterval` anyway.
    mutating func autosaveIfDue(_ context: AppContext) {
        if context.now.timeIntervalSince(lastSave) >= Self.saveInterval { autosave(context) }
    }

    /// Writes the text to the TOP (guarded by its version) or records the amendment, and
    /// drops the draft. A conflict comes back as an error with the other version kept to show.
    mutating func commit(_ context: AppContext) -> (ScreenResult, done: Bool) {
        autosave(context)
        do {
            switch purpose {
            case .item:
                let parsed = AgendaMinutesText.parse(state.text)
                if !parsed.problems.isEmpty {
                    let list = parsed.problems.map { MinutesLineText.words($0, context.text.language) }.joined(separator: "; ")
                    return (.error(context.text(.meetings(.problems(list)))), false)
                }
                // After a conflict the user has seen the other version: saving now is a choice.
                try context.store.saveAgendaMinutes(itemId, parsed.minutes, expectedVersion: conflict?.version ?? baseVersion)
                try context.store.deleteDraft(draftKey)
                return (.message(context.text(.meetings(.saved(number)))), true)
            case .amendment:
                try context.store.amendMinutes(meetingId, itemNumber: number, text: state.text)
                try context.store.deleteDraft(draftKey)
                return (.message(context.text(.meetings(.amended(number)))), true)
            }
        } catch let error as StoreError {
            if case .conflict = error, let item = try? context.store.meeting(meetingId).item(number: number) {
                conflict = Conflict(item, context)
            }
            return (.error(context.text.error(error)), false)
        } catch {
            return (.error(context.text.error(error)), false)
        }
    }

    /// Ctrl-R: the other version replaces the text (the user's own stays in the draft history
    /// only until the next save, so this is explicit).
    mutating func takeTheirs(_ context: AppContext) {
        guard let conflict else { return }
        state = TextEditorState(text: conflict.text)
        baseVersion = conflict.version
        self.conflict = nil
        autosave(context)
    }
}

extension MinutesEditor.Conflict {
    init(_ item: AgendaItemRecord, _ context: AppContext) {
        let when = item.updatedAt.flatMap(Timestamps.date).map { Timestamps.short($0, now: context.now) } ?? ""
        self.init(version: item.version, text: AgendaMinutesText.render(item.minutes, german: context.text.language == .de),
                  who: [item.updatedBy ?? "?", when].filter { !$0.isEmpty }.joined(separator: ", "))
    }
}

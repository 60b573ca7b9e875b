import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// The workbench: the one owner of state. Events go in through `handle`, frames come out of
/// `render`; the loop around it (AppLoop) talks to the terminal and the clock.
public final class App {
    let context: AppContext
    var screens = ScreenSet()
    var current: ScreenID = .queue
    /// The comment view, open over the current screen.
    var comment: CommentScreen?
    var overlay: Overlay?
    /// What Tab found on the command line, shown above it.
    var commandCandidates: [String] = []
    var status: StatusLine? {
        didSet {
            // Every message goes to the log, so a cut one can be read in full.
            if let text = status?.text, text != oldValue?.text { context.messageLog.append(text) }
        }
    }
    public internal(set) var shouldQuit = false
    var size: Size
    var lastDataVersion: Int?
    /// Set when the next frame must repaint every cell (after $EDITOR, Ctrl-L).
    public var needsFullRedraw = false

    /// The smallest terminal the workbench draws in; below it a clear message says so.
    public static let minimumSize = Size(width: 60, height: 16)

    /// Whether a terminal of `size` is at least `minimumSize` (the workbench draws in it).
    static func fits(_ size: Size) -> Bool {
        size.width >= minimumSize.width && size.height >= minimumSize.height
    }

    public init(context: AppContext, size: Size) {
        self.context = context
        self.size = size
        updateBodySize()
        // The secretary's work is the minutes: start there, not on the moderation queue.
        if context.moderator?.role == .secretary { current = .meetings }
        withCurrent { $0.reload(context) }
        lastDataVersion = try? context.store.dataVersion()
    }

    /// A status-line message, shown until the next key.
    struct StatusLine: Equatable {
        var text: String
        var isError: Bool
        /// A question is never cut: the status line grows upwards to show all of it.
        var isQuestion = false
    }

    /// Something drawn over the screen that takes the keys first.
    enum Overlay {
        case help(HelpState)
        case commandLine(TextFieldState)
        /// This session's decisions, to undo one.
        case undoList(UndoListState)
        /// "Quit? You would lose: 3 marks": y quits, anything else stays.
        case quitQuestion(String)
    }

    /// The screen that has the keys: the comment view when open, else the current tab.
    var activeTitle: String {
        comment != nil ? context.text(.commentTitle) : context.text(.screenTitle(current))
    }

    /// The screens' share of the terminal: all but the title, status and banner lines.
    func updateBodySize() {
        context.bodySize = Size(width: size.width, height: max(1, size.height - 2 - (context.isReadOnly ? 1 : 0)))
    }

    // MARK: Events

    /// Handles one input event.
    public func handle(_ event: InputEvent) {
        if case .resize(let newSize) = event {
            size = newSize
            updateBodySize()
            // A list read while the terminal was smaller (or too small) fills the new size.
            if App.fits(size) {
                withCurrent { $0.resized(context) }
            }
            return
        }
        if !App.fits(size) {
            // Too small to show anything useful; still let the user quit.
            if case .key(let key) = event, key == .character("q") || key == .control("c") { shouldQuit = true }
            return
        }
        if overlay != nil {
            if case .key(.alt(let character)) = event, !overlayTakesAlt(character) {
                // Esc and a key typed fast read as Alt+key here too: the overlay's Esc, then the key.
                handle(.key(.escape))
                handle(.key(.character(character)))
                return
            }
            handleOverlay(event)
            return
        }
        status = nil
        let result: ScreenResult
        if var open = comment {
            result = open.handle(event, context)
            comment = open
        } else {
            result = withCurrent { $0.handle(event, context) }
        }
        if case .ignored = result, case .key(let key) = event {
            if case .alt(let character) = key, GlobalKeys.bindings.command(for: key) == nil {
                // Esc and a key typed fast (over SSH they arrive in one packet) read as Alt+key;
                // no screen binds Alt here, so they are what the user typed: Esc, then the key.
                handle(.key(.escape))
                handle(.key(.character(character)))
                return
            }
            handleGlobal(key)
        } else {
            apply(result)
        }
    }

    /// Alt-b and Alt-f move by words on the `:` line; no other overlay key is an Alt key.
    func overlayTakesAlt(_ character: Character) -> Bool {
        if case .commandLine = overlay { return character == "b" || character == "f" }
        return false
    }

    func withCurrent<T>(_ body: (inout any Screen) -> T) -> T {
        // A copy: during a write that waits for a lock, the loop redraws from `screens`.
        var screen = screens[current]
        let result = body(&screen)
        screens.put(screen, at: current)
        return result
    }

    func handleGlobal(_ key: Key) {
        if comment != nil, key == .escape || key == .character("q") {
            comment = nil
            withCurrent { $0.reload(context) }
            return
        }
        guard let command: GlobalCommand = GlobalKeys.bindings.command(for: key) else { return }
        switch command {
        case .nextScreen: switchTo(current.next)
        case .previousScreen: switchTo(current.previous)
        case .screen(let id): switchTo(id)
        case .help: overlay = .help(HelpState(title: context.text(.helpTitle(activeTitle)), lines: helpLines()))
        case .commandLine: overlay = .commandLine(TextFieldState())
        case .quit: requestQuit()
        case .redraw: needsFullRedraw = true
        case .messages: showMessageLog()
        }
    }

    func switchTo(_ id: ScreenID) {
        comment = nil
        current = id
        withCurrent { $0.reload(context) }
    }

    func helpLines() -> [HelpEntry] {
        let own = comment.map { $0.helpLines(context) } ?? screens[current].helpLines(context)
        let t = context.text
        let entries = [HelpEntry("", t(.keyHelp(.headingScreen)))] + own
            + [HelpEntry("", ""), HelpEntry("", t(.keyHelp(.headingGlobal)))] + GlobalKeys.helpLines(t)
            + [HelpEntry("", ""), HelpEntry(":", t(.commandHelp) + CommandLineParser.names.map { ":" + $0 }.joined(separator: " "))]
        return HelpWrap.wrap(entries.map { HelpEntry(t.keyLabel($0.keys), $0.description) }, width: size.width)
    }

    func apply(_ result: ScreenResult) {
        switch result {
        case .handled, .ignored:
            break
        case .message(let text):
            status = StatusLine(text: text, isError: false)
        case .error(let text):
            status = StatusLine(text: text, isError: true)
        case .question(let text):
            status = StatusLine(text: text, isError: false, isQuestion: true)
        case .openComment(let id):
            // The queue's search follows into the comment: highlighted, and n / N step through it.
            open(comment: id, list: current == .queue ? screens.queue.filter : nil)
        case let .advance(to, message, isError):
            if let to, let list = comment?.list {
                comment?.leave(context)
                open(comment: to, list: list)
                if current == .queue { screens.queue.focus(on: to, context) }
            } else if let to {
                comment?.leave(context)
                open(comment: to, list: nil)
            }
            if !message.isEmpty { status = StatusLine(text: message, isError: isError) }
        case .showUndoList:
            overlay = .undoList(UndoListState())
        case .close:
            comment?.leave(context)
            comment = nil
            withCurrent { $0.reload(context) }
        case .showQueue(let sectionId):
            current = .queue
            comment = nil
            screens.queue.showSection(sectionId, context)
        case .showGroup(let id):
            comment?.leave(context)
            comment = nil
            current = .queue
            if let problem = screens.queue.showGroup(of: id, context) { status = StatusLine(text: problem, isError: true) }
        case let .showMeeting(id, number):
            comment?.leave(context)
            switchTo(.meetings)
            apply(screens.meetings.show(meetingId: id, item: number, context))
        case .editExternally(let text, let purpose):
            pendingEdit = PendingEdit(text: text, purpose: purpose)
        }
    }

    /// Opens the comment view; `list` is the queue filter J/K and deciding walk through.
    func open(comment id: Int64, list: QueueFilter?) {
        var screen = CommentScreen(commentId: id, list: list)
        screen.reload(context)
        comment = screen
    }

    /// An $EDITOR run the loop performs with the terminal handed over.
    struct PendingEdit {
        var text: String
        var purpose: EditPurpose
    }
    var pendingEdit: PendingEdit?

    /// Called by the loop after $EDITOR ran (nil text: the editor failed).
    public func finishExternalEdit(_ edited: String?) {
        guard let edit = pendingEdit else { return }
        pendingEdit = nil
        needsFullRedraw = true
        let result: ScreenResult
        if var open = comment {
            result = open.editorFinished(edited, purpose: edit.purpose, context)
            comment = open
        } else {
            result = withCurrent { $0.editorFinished(edited, purpose: edit.purpose, context) }
        }
        apply(result)
    }

    /// The text waiting to be edited in $EDITOR, if a screen asked for it.
    public var externalEditRequest: String? { pendingEdit?.text }

    // MARK: Idle

    /// Called when no key arrived for a while: saves drafts, notices other people's commits.
    public func tick() {
        if var open = comment {
            open.tick(context)
            comment = open
        } else {
            withCurrent { $0.tick(context) }
        }
        guard let version = try? context.store.dataVersion() else { return }
        if let last = lastDataVersion, last != version {
            context.reloadModerator()
            if var open = comment {
                open.refreshAfterOthers(context)
                comment = open
            }
            withCurrent { $0.refreshAfterOthers(context) }
        }
        lastDataVersion = version
    }

    /// True while someone's text field or dialog has the keys.
    var capturesInput: Bool {
        overlay != nil || (comment?.capturesInput ?? screens[current].capturesInput)
    }
}

extension App {
    /// Saves whatever is being typed (a signal or quitting must not lose it).
    public func saveDrafts() {
        if var open = comment {
            open.editor?.autosave(context)
            comment = open
        }
        saveMeetingDraft()
    }
}

import ModeratCore
import ModeratStore

/// Every user-facing text of the workbench, as a value; German.swift and English.swift say it.
public enum UIText: Sendable, Equatable {
    // Shell
    case appName
    case screenTitle(ScreenID)
    case commentTitle
    case user(String, Role?)
    case readOnlyBanner
    case tooSmall(width: Int, height: Int, needWidth: Int, needHeight: Int)
    case helpTitle(String)
    case helpFooter
    case commandPrompt
    case unknownCommand(String)
    case commandHelp
    case quitHint
    case hintsQueue, hintsComment, hintsList, hintsEditor, hintsPicker, hintsField
    case auditAction(String)
    /// A stored word (role, participation) in the user's language.
    case term(String)
    case editorFailed(EditPurpose)
    case themeWarning(String)
    case databaseChanged
    /// The status line while a write waits for another program's lock.
    case databaseWait(seconds: Int)
    /// A write that waited in vain (or was given up with Esc).
    case databaseStayedLocked(seconds: Int, gaveUp: Bool)
    /// The banner of a read-only workbench, with why.
    case readOnlyBecause(ReadOnlyCause)
    /// A change refused because the workbench is read-only.
    case readOnlyRefused(ReadOnlyCause)
    // Key help descriptions
    case keyHelp(KeyHelp)
    // Queue
    case queueCount(shown: Int, total: Int, filter: String)
    /// The heading when a search matched more comments than were counted.
    case queueCountOver(Int, filter: String)
    case queueEmpty
    case column(Column)
    case state(CommentState)
    case stateShort(CommentState)
    case filterAll
    case filterAnswered, filterUnanswered
    /// A `:` filter command did not understand its argument.
    case filterArgument(String, String)
    case filterDescription(String)
    case orderNewest, orderOldest
    /// Marks, and how many of them the list in view holds.
    case marked(Int, visible: Int)
    case handledBy(String)
    case searchPrompt
    case searchNoMatch(String)
    case searchMatches(Int, String)
    case searchMatchesOver(Int, String)
    // Decisions
    case approved(Int)
    case rejected(Int)
    case held(Int)
    case undone
    case nothingToUndo
    case confirmBulk(DecisionKind, Int)
    case reasonPickerTitle
    case answerPrompt
    case notePrompt
    /// The user's role (nil: not on the list) does not allow moderating.
    case mayNotModerate(Role?)
    /// Someone else got there first: comment, its state now, who, when (already formatted), whether it was a decision, whether we were undoing.
    case commentChanged(id: Int64, state: CommentState, who: String?, when: String?, wasDecision: Bool, undoing: Bool)
    case tagsApplied(Int)
    case tagsCleared(Int)
    // Sections screen
    case sectionText
    case sectionComments(code: String, count: Int)
    case sectionNoComments
    case sectionPickerTitle
    case noSection
    // Comment view
    case metaAuthor, metaProcess, metaCreated, metaState, metaTags, metaParent, metaReplies, metaHistory, metaAnswer, metaNote, metaHandled
    case noAnswer, noNote, noTags, noHistory
    /// Signs on the comment view's rules: body rows scrolled away above / still below, and
    /// lower-block lines a short terminal cannot show.
    case bodyAbove(Int), bodyBelow(Int), lowerHidden(Int)
    case answerSaved, noteSaved
    // Other screens
    case sectionsHeader, projectsHeader, rosterHeader, meetingsHeader, actionsHeader, dashboardHeader
    case vacant
    case vacancies(Int)
    case warningTermEnds(String, String)
    case noRows
    case counts(pending: Int, approved: Int, rejected: Int, held: Int)
    case dashboardTotals
    case dashboardPerWeek
    case dashboardReasons
    case dashboardPerProcess, dashboardPerSection
    /// Shares of approved and rejected among decided comments (0…1).
    case dashboardRates(approved: Double, rejected: Double)
    /// Median and 90th percentile of the time from arrival to decision, in seconds.
    case dashboardDecisionTime(median: Double?, p90: Double?)
    case dashboardOpenActions(Int)
    case dueOn(String)
    case overdue
    case minutesStatus(String)
    case generic(String)
    /// The Roster screen's own words (Roster/RosterText.swift).
    case roster(RosterText)
    /// The Meetings screen's own words (Meetings/MeetingsText.swift).
    case meetings(MeetingsText)
    /// The audit view's own words (Audit/AuditText.swift).
    case audit(AuditText)
    /// Deciding, advancing, undoing, reversing (Strings/DecisionText.swift).
    case decision(DecisionText)
    /// Who may use a key (Strings/PermissionText.swift).
    case permission(PermissionText)
    /// The sections screen's consideration view (Sections/ConsiderationText.swift).
    case consideration(ConsiderationText)
    /// A search running off the input thread and its bounds (Queue/SearchText.swift).
    case search(SearchText)
    /// A store error in the user's words (Strings/StoreErrorText.swift).
    case storeError(StoreError)
    /// Section suggestions, campaign groups, waves (Strings/SimilarityText.swift).
    case similarity(SimilarityText)
    /// Layout and out-of-sight words of the screens (Strings/ScreenText.swift).
    case screen(ScreenText)
    /// The comment's group in the comment view, rows above a list (Strings/WalkText.swift).
    case walk(WalkText)

    /// Column headings of lists.
    public enum Column: Sendable, Equatable {
        case state, age, process, sections, author, text, id, title, status, districts, updated
        case participation, seat, member, role, until, date, place, items, who, what, due, meeting, count, pending, approved, rejected, answered
    }

    /// The bindings the help overlay and the README list.
    public enum KeyHelp: Sendable, Equatable {
        case moveDown, moveUp, top, bottom, halfPageDown, halfPageUp, pageDown, pageUp, open, back, search, nextMatch, previousMatch, command, help, switchScreen, quit, clear
        case mark, markRange, approve, reject, hold, tag, undo, answer, note, editor, filter, order, refresh
        case pickerToggle, pickerApply, pickerFilter, save, cancelEdit
        case headingScreen, headingGlobal, headingEditor, filterCommands
        /// The Roster screen's keys.
        case roster(RosterText)
        /// The Meetings screen's keys.
        case meetings(MeetingsText)
        /// The audit view's keys.
        case audit(AuditText)
        /// Keys of deciding and moving between comments.
        case decision(DecisionText)
        /// The consideration view's keys.
        case consideration(ConsiderationText)
        /// Keys of campaign groups.
        case similarity(SimilarityText)
        /// Keys added after the lead's walk (the comment view's `=`).
        case walk(WalkText)
    }
}

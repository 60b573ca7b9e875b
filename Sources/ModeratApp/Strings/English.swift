import ModeratCore

/// The English words of the workbench.
enum English {
    static func text(_ t: UIText) -> String {
        switch t {
        case .appName: return "moderat"
        case .screenTitle(let s):
            switch s {
            case .queue: return "Queue"
            case .sections: return "Sections"
            case .projects: return "Projects"
            case .roster: return "Board"
            case .meetings: return "Meetings"
            case .actions: return "Actions"
            case .dashboard: return "Dashboard"
            case .audit: return "Audit log"
            }
        case .commentTitle: return "Comment"
        case let .user(name, role): return role.map { "\(name) (\($0.rawValue))" } ?? "\(name) (read-only)"
        case .readOnlyBanner: return "READ-ONLY – changes are not possible"
        case let .tooSmall(w, h, nw, nh): return "Terminal too small: \(w)×\(h), needs at least \(nw)×\(nh)"
        case .helpTitle(let screen): return "Help – \(screen)"
        case .helpFooter: return "Esc or ? closes"
        case .commandPrompt: return ":"
        case .unknownCommand(let c): return "Unknown command: \(c) (Tab completes, :help lists)"
        case .commandHelp: return "Commands: "
        case .quitHint: return "q quits"
        case .hintsQueue: return "Enter open  a approve  r reject  h hold  t tag  Space mark  / search  ? help"
        case .hintsComment: return "a approve  r reject  h hold  t tag  e answer  i note  Esc back  ? help"
        case .hintsList: return "j/k move  Tab/1–8 screen  : command  ? help  q quit"
        case .hintsEditor: return "Ctrl-S save  Esc cancel  Ctrl-E external editor"
        case .hintsPicker: return "type to filter  Space selects  Enter applies  Esc cancels"
        case .hintsField: return "Enter accepts (empty: none)  Esc cancels"
        case .editorFailed(let purpose): return "Editor failed: " + editPurpose(purpose)
        case .themeWarning(let m): return "Theme: \(m)"
        case .databaseChanged: return "Refreshed"
        case .databaseWait(let s): return "Waiting for the database … \(s) s (another program is writing) · Esc gives up"
        case let .databaseStayedLocked(s, gaveUp):
            return gaveUp ? "Stopped waiting after \(s) s; nothing was changed."
                : "The database stayed locked by another program for \(s) s; nothing was changed."
        case .readOnlyBecause(let cause): return "READ-ONLY – \(readOnlyCause(cause)); changes are not possible"
        case .readOnlyRefused(let cause): return "Read-only: \(readOnlyCause(cause)). Nothing was changed."
        case .keyHelp(let k): return keyHelp(k)
        case .roster(let r): return RosterText.english(r)
        case .permission(let p): return PermissionText.english(p)
        case .meetings(let m): return MeetingsText.english(m)
        case .audit(let a): return AuditText.english(a)
        case .decision(let d): return DecisionText.english(d)
        case .auditAction(let a): return AuditActionText.label(a, .en)
        case .consideration(let c): return ConsiderationText.english(c)
        case .similarity(let s): return SimilarityText.english(s)
        case .walk(let w): return WalkText.english(w)
        case .screen(let s): return ScreenText.english(s)
        case .search(let s): return SearchText.english(s)
        case .storeError(let e): return StoreErrorText.english(e)
        case .term(let word):
            switch word {
        case "chair": return "chair"
        case "deputy": return "deputy chair"
        case "member": return "member"
        case "substitute": return "substitute"
        case "planned": return "planned"
        case "running": return "running"
        case "done": return "done"
        case "none": return "none"
        case "open": return "undecided"
            default: return word
            }
        case let .queueCount(_, total, filter): return "\(filter): " + DecisionText.english(.comments(total))
        case let .queueCountOver(n, filter): return "\(filter): more than \(n) comments"
        case .queueEmpty: return "No comments for this filter."
        case .column(let c): return column(c)
        case .state(let s): return s.rawValue
        case .stateShort(let s):
            switch s {
            case .pending: return "pend"
            case .approved: return "appr"
            case .rejected: return "rej"
            case .held: return "held"
            }
        case .filterAnswered: return "answered"
        case .filterUnanswered: return "unanswered"
        case let .filterArgument(name, value): return "Filter :\(name): “\(value)” not understood (examples: :state pending,held · :section C1 · :from 2026-10-01 · :answered yes · :reset)"
        case .filterAll: return "all"
        case .filterDescription(let d): return d
        case .orderNewest: return "newest first"
        case .orderOldest: return "oldest first"
        case let .marked(n, visible): return visible == n ? "\(n) marked" : "\(n) marked, \(visible) shown"
        case .handledBy(let who): return "being handled by \(who)"
        case .searchPrompt: return "Search: "
        case .searchNoMatch(let q): return "No matches for “\(q)”"
        case let .searchMatches(n, q): return "\(n) matches for “\(q)”"
        case let .searchMatchesOver(n, q): return "More than \(n) matches for “\(q)”"
        case .approved(let n): return n == 1 ? "Approved" : "\(n) comments approved"
        case .rejected(let n): return n == 1 ? "Rejected" : "\(n) comments rejected"
        case .held(let n): return n == 1 ? "Held" : "\(n) comments held"
        case .undone: return "Undone"
        case .nothingToUndo: return "Nothing to undo"
        case let .confirmBulk(kind, n):
            return "\(kind.rawValue.capitalized) \(n) marked comments?"
        case .reasonPickerTitle: return "Reason for rejection"
        case .answerPrompt: return "Public answer (optional)"
        case .notePrompt: return "Internal note"
        case .mayNotModerate(let role):
            return role.map { "Not allowed: the role “\($0.rawValue)” cannot moderate comments." }
                ?? "Not allowed: your account is not on moderat's list (read-only)."
        case let .commentChanged(id, state, who, when, wasDecision, undoing):
            let by = (who.map { " by \($0)" } ?? "") + (when.map { " \($0)" } ?? "")
            let what = wasDecision ? "Comment \(id) was already \(state.rawValue)\(by)" : "Comment \(id) was changed\(by) (now \(state.rawValue))"
            return (undoing ? "Cannot undo: " : "") + what + ". Nothing was overwritten."
        case .tagsApplied(let n): return n == 1 ? "Sections set" : "Sections set on \(n) comments"
        case .tagsCleared(let n): return n == 1 ? "Sections removed" : "Sections removed from \(n) comments"
        case .sectionText: return "Section text"
        case .sectionComments(let code, let count): return "Comments on \(code) (\(count))"
        case .sectionNoComments: return "No comment is tagged to this section yet."
        case .sectionPickerTitle: return "Tag sections"
        case .noSection: return "(no section)"
        case .metaAuthor: return "Author"
        case .metaProcess: return "Process"
        case .metaCreated: return "Received"
        case .metaState: return "State"
        case .metaTags: return "Sections"
        case .metaParent: return "Reply to"
        case .metaReplies: return "Replies"
        case .metaHistory: return "History"
        case .metaAnswer: return "Public answer"
        case .metaNote: return "Internal note"
        case .metaHandled: return "Being handled"
        case .noAnswer: return "(none)"
        case .noNote: return "(none)"
        case .noTags: return "(none)"
        case .noHistory: return "(no decision yet)"
        case .bodyAbove(let n): return n == 1 ? "▲ 1 line above" : "▲ \(n) lines above"
        case .bodyBelow(let n): return n > 999 ? "▼ more than 999 more lines" : n == 1 ? "▼ 1 more line" : "▼ \(n) more lines"
        case .lowerHidden(let n): return n == 1 ? "… 1 more line" : "… \(n) more lines"
        case .answerSaved: return "Answer saved"
        case .noteSaved: return "Note saved"
        case .sectionsHeader: return "Guideline sections"
        case .projectsHeader: return "Planned projects (Vorhabenliste)"
        case .rosterHeader: return "Participation advisory board"
        case .meetingsHeader: return "Meetings"
        case .actionsHeader: return "Open action items"
        case .dashboardHeader: return "Dashboard"
        case .vacant: return "– vacant –"
        case .vacancies(let n): return n == 1 ? "1 seat vacant" : "\(n) seats vacant"
        case let .warningTermEnds(name, date): return "Term of \(name) ends on \(date)"
        case .noRows: return "(nothing here)"
        case let .counts(p, a, r, h): return "\(p) pending · \(a) approved · \(r) rejected · \(h) held"
        case .dashboardTotals: return "Comments by state"
        case .dashboardPerWeek: return "Comments per week"
        case .dashboardPerProcess: return "Comments per process"
        case .dashboardPerSection: return "Comments per section"
        case let .dashboardRates(a, r): return "Approved: \(Percent.english(a)) of decisions\nRejected: \(Percent.english(r))"
        case let .dashboardDecisionTime(median, p90):
            guard let median, let p90 else { return "Time to decision: no decisions yet" }
            return "Time to decision: median \(Percent.hours(median, comma: false))\n90% decided within \(Percent.hours(p90, comma: false))"
        case .dashboardReasons: return "Rejection reasons"
        case .dashboardOpenActions(let n): return "\(n) open action items"
        case .dueOn(let d): return "due \(d)"
        case .overdue: return "overdue"
        case .minutesStatus(let s): return s == "final" ? "final" : "draft"
        case .generic(let s): return s
        }
    }

    static func column(_ c: UIText.Column) -> String {
        switch c {
        case .state: return "State"
        case .age: return "Age"
        case .process: return "Process"
        case .sections: return "Sect."
        case .author: return "Author"
        case .text: return "Text"
        case .id: return "No."
        case .title: return "Title"
        case .status: return "Status"
        case .districts: return "Districts"
        case .updated: return "Updated"
        case .participation: return "Participation"
        case .seat: return "Seat"
        case .member: return "Member"
        case .role: return "Role"
        case .until: return "until"
        case .date: return "Date"
        case .place: return "Place"
        case .items: return "Items"
        case .who: return "Who"
        case .what: return "What"
        case .due: return "Due"
        case .meeting: return "Meeting"
        case .count: return "Count"
        case .pending: return "pend."
        case .approved: return "appr."
        case .rejected: return "rej."
        case .answered: return "answ."
        }
    }

    static func keyHelp(_ k: UIText.KeyHelp) -> String {
        switch k {
        case .moveDown: return "down"
        case .moveUp: return "up"
        case .halfPageDown: return "half a page down"
        case .halfPageUp: return "half a page up"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .nextMatch: return "next match"
        case .previousMatch: return "previous match"
        case .clear: return "clear the search, then the marks"
        case .save: return "save"
        case .cancelEdit: return "close (the draft is kept)"
        case .filterCommands: return "narrow the queue: :state pending,held · :process leitlinien · :section C1 · :author Name (empty: the row’s author) · :from 2026-10-01 · :to … · :answered yes|no · :order newest · :group ID (empty: the row’s group) · :reset"
        case .headingScreen: return "This screen"
        case .headingGlobal: return "Everywhere"
        case .headingEditor: return "In the editor"
        case .top: return "to the top"
        case .bottom: return "to the bottom"
        case .open: return "open"
        case .back: return "back"
        case .search: return "search (full text, “strasse” finds “Straße”)"
        case .command: return "command line (Tab completes)"
        case .help: return "this help"
        case .switchScreen: return "switch screen"
        case .quit: return "quit"
        case .mark: return "mark"
        case .markRange: return "mark the range up to here"
        case .approve: return "approve"
        case .reject: return "reject (with a reason)"
        case .hold: return "hold for later (with a note)"
        case .tag: return "tag sections"
        case .undo: return "undo your last decision"
        case .answer: return "edit the public answer"
        case .note: return "edit the internal note"
        case .editor: return "edit in the external editor ($VISUAL/$EDITOR)"
        case .filter: return "cycle the state filter"
        case .order: return "reverse the order"
        case .refresh: return "redraw the screen"
        case .pickerToggle: return "select / deselect"
        case .pickerApply: return "apply"
        case .pickerFilter: return "type to filter"
        case .roster(let r): return RosterText.english(r)
        case .meetings(let m): return MeetingsText.english(m)
        case .audit(let a): return AuditText.english(a)
        case .decision(let d): return DecisionText.english(d)
        case .consideration(let c): return ConsiderationText.english(c)
        case .similarity(let s): return SimilarityText.english(s)
        case .walk(let w): return WalkText.english(w)
        }
    }
}

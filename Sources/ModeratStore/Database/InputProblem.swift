import ModeratCore

/// What is wrong with an option, argument or input file a person gave, as parts, so the
/// workbench and the command line can say it in the user's language
/// (Strings/StoreErrorText+Input.swift); `description` is the store's English. Values are
/// quoted as the person typed them; `StoreError.invalid` names the option or file and line.
public enum InputProblem: Equatable, Sendable, CustomStringConvertible {
    // Any option or argument
    /// No option that would change anything.
    case nothingToChange
    /// A value that is none of `allowed` (the words the command line takes).
    case notOneOf(String, allowed: [String])
    /// Not a day: YYYY-MM-DD, or with `germanToo` also DD.MM.YYYY.
    case notADate(String, germanToo: Bool)
    /// Not a time of day (HH:MM).
    case notATime(String)
    /// It names something the database does not hold.
    case missing(StoreMissing)
    // Input files
    /// Bytes that are not UTF-8 (the line where they start, when known, is the error's).
    case notUTF8
    /// An empty file where a header row is needed.
    case noHeaderRow
    // Projects
    case notASlug(String)
    case projectNeedsTitle
    case projectExists(slug: String)
    case notAWebAddress(String)
    // The applicants of a lot draw
    /// The header lacks this one of the columns name, birth_date and gender.
    case applicantColumnMissing(String)
    case applicantNeedsName
    case notABirthDate(String)
    case notAGender(String)
    // Users
    case notAnAccount(String)
    case notARole(String)
    /// A display name that is empty, too long or not on one line.
    case notADisplayName
    case alreadyListed(account: String)
    case notListed(account: String)
    // Privacy
    case emptyAuthor
    /// A name several authors share; the admin picks one by #ID.
    case ambiguousAuthor(String, [AuthorCandidate])
    case negativeDays(Int)
    // Guidelines
    case noHeadings
    case headingWithoutTitle(String)
    case sectionTwice(code: String, firstLine: Int)
    // Meetings and minutes
    case meetingNeedsTitle
    case agendaItemNeedsTitle
    case guestNeedsName
    case endsBeforeStart
    case noTop(Int)
    case notOnAttendanceList
    /// Arrival and departure of a member who is not present.
    case notPresent(member: String)
    case leavesBeforeArriving(leftAfter: Int, arrivedAt: Int)
    case doneAfterToday(CalendarDay)
    case doneBeforeMeeting(CalendarDay, meeting: CalendarDay)
    case standsInForSelf
    case standsInForNoSeat
    case holderPresent(String)
    case alreadyStoodInFor(substitute: String, holder: String)
    /// Setting `holder` present while `substitute` stands in for them.
    case substitutePresent(substitute: String, holder: String)
    /// A quorum note stating the quorum (`word`) beside the computed one.
    case quorumStated(word: String)
    case noMemberNamed(String)
    case membersNamed(String, count: Int)

    public var description: String {
        switch self {
        case .nothingToChange: return "nothing to change: give at least one option (see --help)"
        case let .notOneOf(value, allowed): return "'\(value)' is not one of \(allowed.joined(separator: ", "))"
        case let .notADate(value, germanToo): return "'\(value)' is not a date (YYYY-MM-DD\(germanToo ? " or DD.MM.YYYY" : ""))"
        case .notATime(let value): return "'\(value)' is not a time (HH:MM)"
        case .missing(let missing): return missing.description
        case .notUTF8: return "not valid UTF-8 text (save the file as UTF-8)"
        case .noHeaderRow: return "empty file: a header row is needed"
        case .notASlug(let slug): return "'\(slug)' is not a slug (lowercase letters, digits and hyphens, e.g. radverkehr-2030)"
        case .projectNeedsTitle: return "a project needs a title"
        case .projectExists(let slug): return "a project '\(slug)' exists already (change it with `moderat projects edit \(slug)`)"
        case .notAWebAddress(let link): return "'\(link)' is not an http:// or https:// address"
        case .applicantColumnMissing(let name): return "the header needs the columns name, birth_date and gender (missing: \(name))"
        case .applicantNeedsName: return "name is empty"
        case .notABirthDate(let value): return "birth_date '\(value)' is not a date (YYYY-MM-DD)"
        case .notAGender(let value): return "gender '\(value)' must be f, m or d"
        case .notAnAccount(let text): return "'\(text)' is not an account name (the OS login, e.g. amueller)"
        case .notARole(let text): return "'\(text)' is not a role (one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .notADisplayName: return "a user needs a display name on one line (e.g. \"Anna Müller\")"
        case .alreadyListed(let account):
            return "'\(account)' is on the list already (change its role with `moderat users set-role \(account) ROLE`)"
        case .notListed(let account): return "'\(account)' is not on moderat's list of users (see `moderat users list`)"
        case .emptyAuthor: return "empty: give a name, #ID or SOURCE:EXTERNAL_ID"
        case let .ambiguousAuthor(text, candidates):
            return "\"\(text)\" names \(candidates.count) authors; give the one you mean by #ID:\n"
                + candidates.map { "  #\($0.id)  \($0.source):\($0.externalId)  \($0.displayName)  (\($0.comments) comments)" }
                .joined(separator: "\n")
        case .negativeDays(let days): return "\(days): give a number of days, 0 or more"
        case .noHeadings: return "no headings (## …) found: nothing to import"
        case .headingWithoutTitle(let text): return "heading \"\(text)\" has no title"
        case let .sectionTwice(code, first): return "section \(code) appears twice (first at line \(first))"
        case .meetingNeedsTitle: return "a meeting needs a title"
        case .agendaItemNeedsTitle: return "an agenda item needs a title"
        case .guestNeedsName: return "a guest needs a name"
        case .endsBeforeStart: return "the meeting cannot end before it starts"
        case .noTop(let number): return "this meeting has no TOP \(number)"
        case .notOnAttendanceList: return "not on this meeting's attendance list"
        case .notPresent(let name): return "\(name) is not present: arrival and departure need a present member"
        case let .leavesBeforeArriving(left, arrived): return "leaving after TOP \(left) but arriving at TOP \(arrived)"
        case .doneAfterToday(let day): return "\(day) is after today: an action item is done when it was done"
        case let .doneBeforeMeeting(day, meeting): return "\(day) is before the meeting (\(meeting)) that agreed it"
        case .standsInForSelf: return "a member cannot stand in for themselves"
        case .standsInForNoSeat: return "a substitute stands in for a member holding a seat on the day of this meeting"
        case .holderPresent(let name): return "\(name) is present: a substitute stands in only for an absent or excused member"
        case let .alreadyStoodInFor(substitute, holder): return "\(substitute) already stands in for \(holder): one substitute each"
        case let .substitutePresent(substitute, holder): return "\(substitute) stands in for \(holder); set \(substitute) absent first"
        case .quorumStated(let word):
            return "the quorum note may add to the computed quorum, not state it ('\(word)'): the figure is computed from attendance"
        case .noMemberNamed(let name): return "no member is named '\(name)'"
        case let .membersNamed(name, count): return "\(count) members are named '\(name)'"
        }
    }
}

/// One author a name could mean, as `forget-author` lists them to choose by #ID.
public struct AuthorCandidate: Equatable, Sendable {
    public var id: Int64
    public var source: String
    public var externalId: String
    public var displayName: String
    public var erasedAt: String?
    /// How many comments the author wrote.
    public var comments: Int

    public init(id: Int64, source: String, externalId: String, displayName: String, erasedAt: String?, comments: Int) {
        self.id = id
        self.source = source
        self.externalId = externalId
        self.displayName = displayName
        self.erasedAt = erasedAt
        self.comments = comments
    }
}

import ArgumentParser
import ModeratApp

/// What a command's own option checks refuse (exit 64, with the usage line), worded in the
/// user's language like ArgumentParser's usage errors (`UsageErrorText`). The English is the
/// text these checks have always printed.
enum OptionProblem: Equatable {
    case atLeast(option: String, Int)
    case notADate(option: String, String, formats: String)
    case notOneOf(option: String, String, choices: String)
    case stateNotOneOf(String)
    case seatsNegative
    case nothingToDraw
    case auditHead(String)
    case delimiter
    case tagNeedsSection
    case purgeDays
    case considerListAlone
    case considerNeedsId
    case agreeOrReopen
    case agreeReopenStateOnly
    case outcomeRequired
    case meetingTopWithAgree
    case topNeedsMeeting
    case unconsideredWithList

    /// The usage error to throw, in the language of this run (`--lang`, config, LANG).
    var usageError: ValidationError {
        ValidationError(text(UsageLanguage.resolve(CommandLine.arguments.dropFirst())))
    }

    func text(_ language: Language) -> String { language == .de ? german : english }

    var english: String {
        switch self {
        case let .atLeast(option, n): return "\(option) must be at least \(n)"
        case let .notADate(option, value, formats): return "\(option) '\(value)' is not a date (\(formats))"
        case let .notOneOf(option, value, choices): return "\(option) must be \(choices), not '\(value)'"
        case .stateNotOneOf(let word): return "--state '\(word)' is not one of pending, approved, rejected, held, all"
        case .seatsNegative: return "--seats and --substitutes cannot be negative"
        case .nothingToDraw: return "nothing to draw: --seats and --substitutes are both 0"
        case .auditHead(let value): return "--audit-head must be ID:HASH as check prints it (a number, a colon, 64 hex digits), not '\(value)'"
        case .delimiter: return "--delimiter must be ';' or ','"
        case .tagNeedsSection: return "name at least one SECTION to add or one --remove SECTION"
        case .purgeDays: return "--rejected-older-than must be 0 or more days"
        case .considerListAlone: return "--list takes no ID, --outcome, --rationale, --agree or --reopen"
        case .considerNeedsId: return "give the comment's ID (or --list)"
        case .agreeOrReopen: return "--agree and --reopen exclude each other"
        case .agreeReopenStateOnly: return "--agree and --reopen change the state only; write the outcome in a separate call"
        case .outcomeRequired: return "--outcome is required (adopted, partly, not-adopted, covered, noted)"
        case .meetingTopWithAgree: return "--meeting and --top go with --agree"
        case .topNeedsMeeting: return "--top needs --meeting"
        case .unconsideredWithList: return "--unconsidered goes with --list"
        }
    }

    var german: String {
        switch self {
        case let .atLeast(option, n): return "\(option) muss mindestens \(n) sein"
        case let .notADate(option, value, formats):
            let german = formats.replacingOccurrences(of: "YYYY-MM-DD", with: "JJJJ-MM-TT").replacingOccurrences(of: " or ", with: " oder ")
            return "\(option) '\(value)' ist kein Datum (\(german))"
        case let .notOneOf(option, value, choices):
            return "\(option) muss \(choices.replacingOccurrences(of: " or ", with: " oder ")) sein, nicht '\(value)'"
        case .stateNotOneOf(let word): return "--state '\(word)' ist keiner von pending, approved, rejected, held, all"
        case .seatsNegative: return "--seats und --substitutes dürfen nicht negativ sein"
        case .nothingToDraw: return "nichts zu losen: --seats und --substitutes sind beide 0"
        case .auditHead(let value):
            return "--audit-head muss ID:HASH sein, wie check es ausgibt (eine Zahl, ein Doppelpunkt, 64 Hex-Ziffern), nicht '\(value)'"
        case .delimiter: return "--delimiter muss ';' oder ',' sein"
        case .tagNeedsSection: return "mindestens einen ABSCHNITT zum Hinzufügen oder ein --remove ABSCHNITT angeben"
        case .purgeDays: return "--rejected-older-than muss 0 oder mehr Tage sein"
        case .considerListAlone: return "--list nimmt keine ID, kein --outcome, --rationale, --agree oder --reopen"
        case .considerNeedsId: return "die ID des Beitrags angeben (oder --list)"
        case .agreeOrReopen: return "--agree und --reopen schließen einander aus"
        case .agreeReopenStateOnly: return "--agree und --reopen ändern nur den Stand; das Ergebnis in einem eigenen Aufruf schreiben"
        case .outcomeRequired: return "--outcome fehlt (adopted, partly, not-adopted, covered, noted)"
        case .meetingTopWithAgree: return "--meeting und --top gehören zu --agree"
        case .topNeedsMeeting: return "--top braucht --meeting"
        case .unconsideredWithList: return "--unconsidered gehört zu --list"
        }
    }
}

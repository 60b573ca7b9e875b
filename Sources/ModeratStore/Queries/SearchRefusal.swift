/// Why a search was not answered: what the user typed is over a bound, or the search was
/// stopped (by its time limit or by the user). Nothing is wrong with the database.
public enum SearchRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// More than `limit` characters were typed.
    case tooLong(characters: Int, limit: Int)
    /// More than `limit` different words remain after repeated and redundant ones are dropped.
    case tooManyWords(words: Int, limit: Int)
    /// The search ran longer than its time limit of `seconds` and was stopped.
    case tooSlow(seconds: Int)
    /// The user stopped the search (Esc, Ctrl-C).
    case cancelled

    /// The bounds every search is held to, on the command line and in the workbench.
    public enum Limit {
        /// Characters of the search text as typed.
        public static let characters = 1_000
        /// Different words after repeated ones and those another word begins with are dropped.
        public static let words = 8
        /// Seconds a search may read before it is stopped.
        public static let seconds = 5
    }

    /// The command line's words (the workbench says it in the user's language).
    public var description: String {
        switch self {
        case let .tooLong(characters, limit):
            return "the search text has \(characters) characters; at most \(limit) are allowed"
        case let .tooManyWords(words, limit):
            return "the search has \(words) different words; at most \(limit) are allowed (repeated words, and words another word begins with, count once)"
        case let .tooSlow(seconds):
            return "the search took longer than \(seconds) s and was stopped; search for longer or fewer words"
        case .cancelled:
            return "the search was cancelled"
        }
    }
}

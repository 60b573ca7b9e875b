import ModeratStore

/// The words of a search running off the input thread and of its bounds (one case of
/// `UIText` leads here, so the shared string files stay small); German and English below.
public enum SearchText: Sendable, Equatable {
    case running(String)
    /// The first page is on screen; the count follows.
    case counting(String)
    case cancelled(String)
    case refused(SearchRefusal)

    static func german(_ text: SearchText) -> String {
        switch text {
        case .running(let q): return "Suche „\(q)“ … (Esc bricht ab)"
        case .counting(let q): return "Erste Treffer für „\(q)“, zähle weiter … (Esc bricht ab)"
        case .cancelled(let q): return "Suche „\(q)“ abgebrochen"
        case .refused(let refusal):
            switch refusal {
            case let .tooLong(n, limit): return "Suchtext zu lang: \(n) Zeichen, höchstens \(limit) sind erlaubt"
            case let .tooManyWords(n, limit):
                return "Zu viele Suchwörter: \(n) verschiedene, höchstens \(limit) sind erlaubt "
                    + "(wiederholte Wörter und Wortanfänge anderer Wörter zählen einmal)"
            case .tooSlow(let s): return "Die Suche dauerte länger als \(s) s und wurde abgebrochen – bitte längere oder weniger Wörter suchen"
            case .cancelled: return "Suche abgebrochen"
            }
        }
    }

    static func english(_ text: SearchText) -> String {
        switch text {
        case .running(let q): return "Searching “\(q)” … (Esc cancels)"
        case .counting(let q): return "First matches for “\(q)”, counting … (Esc cancels)"
        case .cancelled(let q): return "Search for “\(q)” cancelled"
        case .refused(let refusal):
            switch refusal {
            case let .tooLong(n, limit): return "Search text too long: \(n) characters, at most \(limit) are allowed"
            case let .tooManyWords(n, limit):
                return "Too many search words: \(n) different ones, at most \(limit) are allowed "
                    + "(repeated words and beginnings of other words count once)"
            case .tooSlow(let s): return "The search took longer than \(s) s and was stopped – search for longer or fewer words"
            case .cancelled: return "Search cancelled"
            }
        }
    }
}

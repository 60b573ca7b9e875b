/// Words of the screens' layout and of questions about what is out of sight (issue 15's
/// second round); German and English below, both exhaustive.
public enum ScreenText: Sendable, Equatable {
    /// Added to the marks' question when some marked comments are not in the list on screen.
    case markedOutOfSight(Int)
    /// Esc in the queue dropped the marks.
    case marksCleared(Int)
    /// M in the comment view on a comment nobody has considered yet.
    case noConsiderationYet(String)

    static func german(_ text: ScreenText) -> String {
        switch text {
        case .markedOutOfSight(let n):
            return n == 1 ? "1 davon ist in dieser Ansicht nicht zu sehen." : "\(n) davon sind in dieser Ansicht nicht zu sehen."
        case .noConsiderationYet(let label):
            return "\(label): noch keine Abwägung, also kein Protokoll dazu"
        case .marksCleared(let n):
            return n == 1 ? "1 Markierung aufgehoben" : "\(n) Markierungen aufgehoben"
        }
    }

    static func english(_ text: ScreenText) -> String {
        switch text {
        case .markedOutOfSight(let n):
            return n == 1 ? "1 of them is not in this view." : "\(n) of them are not in this view."
        case .noConsiderationYet(let label):
            return "\(label): no consideration yet, so no minutes to open"
        case .marksCleared(let n):
            return n == 1 ? "1 mark cleared" : "\(n) marks cleared"
        }
    }
}

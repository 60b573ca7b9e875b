/// How the comment view divides its area: heading, metadata, the body, and the lower block
/// (thread, answer, note, history). Keys and drawing use the same numbers.
enum CommentLayout {
    static let metaRows = 4
    static func lowerRows(for height: Int) -> Int { min(10, max(3, height / 3)) }
    static func bodyHeight(for height: Int) -> Int { max(1, height - 1 - metaRows - 1 - lowerRows(for: height)) }
    /// Bodies wrap at a reading width, however wide the terminal.
    static let readingWidth = 78
    static func bodyWidth(for width: Int) -> Int { max(1, min(readingWidth, width - 2)) }
}

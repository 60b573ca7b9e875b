/// How the comment view divides its area: heading, metadata, the body, and the lower block
/// (thread, answer, note, history). Keys and drawing use the same numbers.
enum CommentLayout {
    static let metaRows = 4
    static func lowerRows(for height: Int) -> Int { min(10, max(3, height / 3)) }
    static func bodyHeight(for height: Int) -> Int { max(1, height - 1 - metaRows - 1 - lowerRows(for: height)) }
    static func bodyWidth(for width: Int) -> Int { max(1, width - 2) }
}

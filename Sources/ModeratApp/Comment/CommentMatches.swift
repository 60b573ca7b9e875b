import TerminalKit

/// The wrapped rows of a comment body that hold a search word, for n / N.
enum CommentMatches {
    static func rows(of query: String, in text: String, width: Int) -> [Int] {
        var result: [Int] = []
        for (index, row) in TextLayout.wrappedLines(text, width: width).enumerated()
        where SearchHighlight.contains(query, in: row) {
            result.append(index)
        }
        return result
    }
}

/// A word-level comparison of two texts (longest common subsequence), for the Synopse:
/// which words of the draft stayed, which went, which are new.
public enum WordDiff {
    /// One stretch of the compared text.
    public enum Piece: Equatable, Sendable {
        case same(String)
        case deleted(String)
        case inserted(String)
    }

    /// The pieces that turn `old` into `new`. Words are split at white space; line breaks are
    /// tokens of their own ("\n", or "\n\n" for a blank line), so paragraphs and list lines
    /// keep their shape. A piece's text is its words joined by single spaces. Adjacent pieces
    /// of one kind are merged, deletions before insertions.
    public static func compare(_ old: String, _ new: String) -> [Piece] {
        let a = words(old), b = words(new)
        // Common head and tail first: a revised guideline changes a few words in long texts,
        // so the quadratic table covers only the changed middle.
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let midA = Array(a[head..<(a.count - tail)]), midB = Array(b[head..<(b.count - tail)])

        var ops: [(Kind, String)] = a[0..<head].map { (.same, $0) }
        ops += middle(midA, midB)
        ops += a[(a.count - tail)...].map { (.same, $0) }
        return merge(ops)
    }

    private enum Kind { case same, deleted, inserted }

    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        var newlines = 0
        func flushWord() {
            if !word.isEmpty { out.append(word); word = "" }
        }
        func flushBreak() {
            // Leading and trailing breaks are no part of the text.
            if newlines > 0, !out.isEmpty { out.append(newlines > 1 ? "\n\n" : "\n") }
            newlines = 0
        }
        for ch in text {
            if ch.isNewline {
                flushWord()
                newlines += 1
            } else if ch.isWhitespace {
                flushWord()
            } else {
                flushBreak()
                word.append(ch)
            }
        }
        flushWord()
        return out
    }

    /// Words joined by spaces, with no space next to a line break.
    static func join(_ tokens: [String]) -> String {
        var out = ""
        var previousWasBreak = true
        for token in tokens {
            let isBreak = token.hasPrefix("\n")
            if !previousWasBreak && !isBreak { out += " " }
            out += token
            previousWasBreak = isBreak
        }
        return out
    }

    /// The LCS table, read back to front into operations.
    private static func middle(_ a: [String], _ b: [String]) -> [(Kind, String)] {
        if a.isEmpty { return b.map { (.inserted, $0) } }
        if b.isEmpty { return a.map { (.deleted, $0) } }
        let n = a.count, m = b.count
        // lengths[i][j]: LCS length of a[i...] and b[j...].
        var lengths = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var ops: [(Kind, String)] = []
        var i = 0, j = 0
        while i < n, j < m {
            if a[i] == b[j] {
                ops.append((.same, a[i])); i += 1; j += 1
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                ops.append((.deleted, a[i])); i += 1
            } else {
                ops.append((.inserted, b[j])); j += 1
            }
        }
        ops += a[i...].map { (.deleted, $0) }
        ops += b[j...].map { (.inserted, $0) }
        return ops
    }

    /// Runs of one kind become one piece; within a changed stretch deletions come first.
    private static func merge(_ ops: [(Kind, String)]) -> [Piece] {
        var out: [Piece] = []
        var deleted: [String] = [], inserted: [String] = [], same: [String] = []
        func flushChange() {
            if !deleted.isEmpty { out.append(.deleted(join(deleted))); deleted = [] }
            if !inserted.isEmpty { out.append(.inserted(join(inserted))); inserted = [] }
        }
        func flushSame() {
            if !same.isEmpty { out.append(.same(join(same))); same = [] }
        }
        for (kind, word) in ops {
            switch kind {
            case .same: flushChange(); same.append(word)
            case .deleted: flushSame(); deleted.append(word)
            case .inserted: flushSame(); inserted.append(word)
            }
        }
        flushSame()
        flushChange()
        return out
    }
}

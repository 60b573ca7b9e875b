import ModeratCore
import TerminalKit

/// Finds where the words of a search stand in text on screen, folded the way the full-text
/// index folds ("strasse" matches "Straße", "ueber" matches "über"), so what the search
/// found is also what lights up.
enum SearchHighlight {
    /// Column ranges (relative to the first cell) of every occurrence of a search word.
    static func columns(of query: String, in cells: [Cell]) -> [Range<Int>] {
        var clusters: [Character] = []
        var columns: [Int] = []
        var widths: [Int] = []
        for (x, cell) in cells.enumerated() where !cell.isContinuation {
            clusters.append(cell.grapheme)
            columns.append(x)
            widths.append(x + 1 < cells.count && cells[x + 1].isContinuation ? 2 : 1)
        }
        return clusterRanges(of: query, in: clusters).map { range in
            columns[range.lowerBound]..<(columns[range.upperBound - 1] + widths[range.upperBound - 1])
        }
    }

    /// Whether a line of text holds a search word.
    static func contains(_ query: String, in text: String) -> Bool {
        !clusterRanges(of: query, in: Array(text)).isEmpty
    }

    /// Ranges of cluster indexes matching any word of the query.
    static func clusterRanges(of query: String, in clusters: [Character]) -> [Range<Int>] {
        let words = query.split(whereSeparator: \.isWhitespace).map { GermanFolding.key(String($0)) }.filter { !$0.isEmpty }
        guard !words.isEmpty else { return [] }
        // The folded row, and for each folded character the cluster it came from (a folded
        // "ß" is two characters from one cluster).
        var folded: [Character] = []
        var origin: [Int] = []
        folded.reserveCapacity(clusters.count)
        origin.reserveCapacity(clusters.count)
        // Folding goes through Foundation, thousands of instructions a cluster, and a frame of
        // search results holds thousands of clusters: an ASCII one folds to itself lower-cased,
        // and any other is folded once per call.
        var keys: [Character: String] = [:]
        for (index, cluster) in clusters.enumerated() {
            if let ascii = cluster.asciiValue, cluster.unicodeScalars.count == 1 {
                folded.append(Character(Unicode.Scalar((ascii >= 0x41 && ascii <= 0x5A) ? ascii + 0x20 : ascii)))
                origin.append(index)
                continue
            }
            let key = keys[cluster] ?? GermanFolding.key(String(cluster))
            keys[cluster] = key
            for ch in key {
                folded.append(ch)
                origin.append(index)
            }
        }
        var ranges: [Range<Int>] = []
        for word in words {
            let needle = Array(word)
            var i = 0
            while i + needle.count <= folded.count {
                if folded[i..<(i + needle.count)].elementsEqual(needle) {
                    ranges.append(origin[i]..<(origin[i + needle.count - 1] + 1))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return ranges
    }
}

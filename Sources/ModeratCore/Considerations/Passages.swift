import Foundation

/// A passage of a comment: a range of its characters (grapheme clusters, counted from 0,
/// end exclusive). The comment's text itself is never changed.
public struct PassageRange: Equatable, Hashable, Codable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The passage's text, trimmed of surrounding white space; empty when the range lies outside.
    public func text(in body: String) -> String {
        let characters = Array(body)
        let lower = max(0, min(start, characters.count)), upper = max(lower, min(end, characters.count))
        return String(characters[lower..<upper]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Splitting a comment into passages, kept pure so the workbench and the command line agree.
public enum Passages {
    /// Why a set of ranges is not a valid split.
    public enum Refusal: Error, Equatable, Sendable {
        case tooFew
        case outside(PassageRange, length: Int)
        case empty(PassageRange)
        case overlapping(PassageRange, PassageRange)
    }

    /// The comment's paragraphs (blocks separated by blank lines) as ranges, in order.
    public static func paragraphs(of body: String) -> [PassageRange] {
        let characters = Array(body)
        var ranges: [PassageRange] = []
        var lineStart = 0
        var blockStart: Int?
        var blockEnd = 0
        var index = 0
        func endLine(_ end: Int) {
            let line = characters[lineStart..<end]
            if line.allSatisfy(\.isWhitespace) {
                if let start = blockStart { ranges.append(PassageRange(start: start, end: blockEnd)); blockStart = nil }
            } else {
                if blockStart == nil { blockStart = lineStart }
                blockEnd = end
            }
        }
        while index < characters.count {
            if characters[index].isNewline {
                endLine(index)
                lineStart = index + 1
            }
            index += 1
        }
        endLine(characters.count)
        if let start = blockStart { ranges.append(PassageRange(start: start, end: blockEnd)) }
        return ranges
    }

    /// Checks that `ranges` split a text of `length` characters into at least two
    /// non-empty, non-overlapping passages; returns them in text order.
    public static func validate(_ ranges: [PassageRange], body: String) throws -> [PassageRange] {
        let length = body.count
        guard ranges.count >= 2 else { throw Refusal.tooFew }
        let sorted = ranges.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for range in sorted {
            if range.start < 0 || range.end > length || range.start >= range.end { throw Refusal.outside(range, length: length) }
            if range.text(in: body).isEmpty { throw Refusal.empty(range) }
        }
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.start < a.end { throw Refusal.overlapping(a, b) }
        return sorted
    }
}

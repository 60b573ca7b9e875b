import Foundation
import ModeratCore

/// One line of the moderation queue: enough to show and act on, never the whole body.
public struct QueueRow: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var state: CommentState
    /// Stored UTC form ("2026-11-27T14:03:00Z").
    public var createdAt: String
    public var processSlug: String
    /// Codes of the guideline sections the comment is tagged with, e.g. ["B2", "C1"].
    public var sectionCodes: [String]
    public var authorName: String?
    /// The first non-empty line of the body, at most `QueueRow.excerptLength` characters.
    public var firstLine: String
    public var isReply: Bool
    public var hasAnswer: Bool
    /// For optimistic concurrency: pass it back to `decide`.
    public var version: Int
    /// Who is handling the comment right now (only while the claim lasts).
    public var claimedBy: String?
    public var claimedUntil: String?
    /// Comments in this one's group of near-identical comments (0: in none).
    public var groupSize = 0
    /// The group's id (its smallest comment id), when in one.
    public var groupId: Int64?
    /// A wave (burst or new accounts) flags this comment.
    public var inWave = false
    /// What the consideration (Abwägung) made of it: its own outcome, its passages' in order,
    /// or its group's; empty until it has one.
    public var outcomes: [ConsiderationOutcome] = []

    /// How much of the body a queue row carries.
    public static let excerptLength = 200

    /// The keyset position of this row, for the next or previous page.
    public var cursor: QueueCursor { QueueCursor(createdAt: createdAt, id: id) }
}

extension QueueRow {
    /// The first non-empty line of an excerpt, trimmed. Read scalar by scalar: every row of
    /// every page passes here, and splitting into Characters and trimming through Foundation
    /// cost a fifth of the workbench's instructions up to its first frame (callgrind, 1M).
    static func firstLine(of excerpt: String) -> String {
        let scalars = excerpt.unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex {
            let end = lineEnd(excerpt, from: start)
            let line = scalars[start..<end]
            if !line.allSatisfy(\.properties.isWhitespace) {
                // Trimmed as `trimmingCharacters(in: .whitespaces)` does: spaces and tabs.
                guard let first = line.firstIndex(where: { !isSpace($0) }),
                      let last = line.lastIndex(where: { !isSpace($0) }) else { return "" }
                // Through Substring: its scalar view shares the string's storage, so this is
                // one copy of bytes, where building a scalar view scalar by scalar cost
                // ~100,000 instructions per row (callgrind, first frame at 1M).
                return String(Substring(line[first...last]))
            }
            start = end < scalars.endIndex ? scalars.index(after: end) : end
        }
        return ""
    }

    /// Where the line from `start` ends: the first newline scalar (`isNewline`), else the end.
    /// Found in the UTF-8 bytes: decoding every scalar of a 200-character excerpt to look
    /// for one cost 17,000 instructions a row (callgrind, a search's page at 1M).
    private static func lineEnd(_ text: String, from start: String.Index) -> String.Index {
        let utf8 = text.utf8
        let from = utf8.distance(from: utf8.startIndex, to: start)
        let offset = utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var i = from
            while i < bytes.count {
                switch bytes[i] {
                case 0x0A...0x0D: return i
                // U+0085 is C2 85; U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0x85: return i
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    return i
                default: i += 1
                }
            }
            return bytes.count
        }
        guard let offset else {
            return text.unicodeScalars[start...].firstIndex(where: isNewline) ?? text.unicodeScalars.endIndex
        }
        return utf8.index(utf8.startIndex, offsetBy: offset)
    }

    /// Character.isNewline, for one scalar (a CR LF pair leaves an empty line between, skipped).
    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// CharacterSet.whitespaces: the space separators and the tab.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}

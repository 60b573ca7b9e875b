import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
@testable import ModeratApp

extension ScreenHarness {
    /// The queue's heading line (filter and count).
    var queueHeading: String { row(1) }

    /// Screen rows that hold queue rows (below the title, heading and column header).
    var queueRowRange: Range<Int> { 3..<(height - 1) }

    /// The non-empty queue rows' texts, top to bottom.
    var queueRows: [String] { queueRowRange.map(row).filter { !$0.isEmpty } }

    /// Presses j until the queue's selected row is `comment` (at most `limit` times).
    func select(comment: Int64, limit: Int = 600) {
        var presses = 0
        while selectedCommentId != comment, presses < limit {
            press(.character("j"))
            presses += 1
        }
    }

    /// The text under a column header of the list (header row `headerY`), for row y.
    func column(_ title: String, row y: Int, headerY: Int = 2, width columnWidth: Int) -> String {
        let header = Array(row(headerY))
        let titleChars = Array(title)
        guard let start = (0...(max(0, header.count - titleChars.count))).first(where: {
            Array(header[$0..<min(header.count, $0 + titleChars.count)]) == titleChars
        }) else { return "" }
        let cells = Array(row(y))
        guard start < cells.count else { return "" }
        return String(cells[start..<min(cells.count, start + columnWidth)]).trimmingCharacters(in: .whitespaces)
    }

    /// The pending comments in the order the queue shows them (oldest first).
    func pendingIds(limit: Int = 1000) throws -> [Int64] {
        try ids("SELECT id FROM comment WHERE state = 'pending' ORDER BY created_at, id LIMIT ?", [limit])
    }

    var pendingCount: Int {
        get throws { try int("SELECT COUNT(*) FROM comment WHERE state = 'pending'") }
    }

    func moderatorId(_ account: String) throws -> Int {
        try int("SELECT id FROM moderator WHERE account = ?", [account])
    }
}

/// German folding as a reader expects it, written independently of the app's: lower case,
/// umlauts spelled out, ß as ss.
enum Folding {
    static func fold(_ text: String) -> String {
        text.lowercased()
            .replacingOccurrences(of: "ß", with: "ss")
            .replacingOccurrences(of: "ä", with: "ae")
            .replacingOccurrences(of: "ö", with: "oe")
            .replacingOccurrences(of: "ü", with: "ue")
    }

    /// The words of a text the way a full-text index splits them (letters and digits).
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { fold(String($0)) }
    }
}

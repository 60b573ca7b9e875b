import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// Issue 15, second round: what the lead saw walking a moderator's and a secretary's day in
/// tmux. Each test fails on the code before its fix.
@Suite("A working day, walked again")
struct WorkingDayWalkStoriesTests {

    func search(_ h: ScreenHarness, _ text: String) {
        h.press(.character("/"))
        h.type(text)
        h.press(.enter)
    }

    /// The first pending comment (queue order) that belongs to a detected group, with its group's members.
    func groupedComment(_ h: ScreenHarness) throws -> (id: Int64, group: Int64, members: [Int64]) {
        let id = try #require(try h.ids("""
            SELECT c.id FROM comment c JOIN comment_group g ON g.comment_id = c.id
            WHERE c.state = 'pending' ORDER BY c.created_at, c.id LIMIT 1
            """).first)
        let group = try #require(try h.ids("SELECT group_id FROM comment_group WHERE comment_id = ?", [id]).first)
        let members = try h.ids("""
            SELECT c.id FROM comment_group g JOIN comment c ON c.id = g.comment_id WHERE g.group_id = ? ORDER BY c.created_at, c.id
            """, [group])
        return (id, group, members)
    }

    @Test("a comment of a detected group names its group in the comment view, and = lists the group", arguments: [Language.de, .en])
    func groupInCommentView(_ language: Language) throws {
        let h = try ScreenHarness(language: language)
        let grouped = try groupedComment(h)
        h.select(comment: grouped.id)
        #expect(h.screen.contains(h.t(.similarity(.groupMark(grouped.members.count)))), "the queue shows [n×] on it")
        h.press(.enter)
        let line = h.t(.walk(.groupLine(group: grouped.group, members: grouped.members))) + h.t(.walk(.groupKey))
        let row = try #require((0..<h.height).map(h.row).first { $0.contains(h.t(.walk(.groupLabel))) && $0.contains("#\(grouped.group)") },
                               "a line names the group:\n\(h.screen)")
        #expect(row.hasSuffix(line), "\(row)")
        #expect(row.contains(language == .de ? "= listet sie" : "= lists them"))
        // At the minimum size the members are cut, the key stays.
        h.resize(width: 60, height: 16)
        let narrow = try #require((0..<h.height).map(h.row).first { $0.contains(h.t(.walk(.groupLabel))) }, "\(h.screen)")
        #expect(narrow.hasSuffix(h.t(.walk(.groupKey))), "\(narrow)")
        h.resize(width: 100, height: 30)
        h.press(.character("="))
        #expect(h.app.comment == nil, "back in the queue")
        #expect(h.app.screens.queue.filter.groupId == grouped.group)
        #expect(h.selectedCommentId == grouped.id, "the cursor on the comment")
        #expect(Set(h.app.screens.queue.window.rows.map(\.id)).isSubset(of: Set(grouped.members)))
    }

    @Test("key labels follow the UI's language: Strg- in German, Ctrl- in English (help overlay and editor hints)")
    func keyLabelsFollowLanguage() throws {
        let de = try ScreenHarness(language: .de)
        de.press(.character("?"))
        #expect(de.screen.contains("Strg-D"), "\(de.screen)")
        #expect(!de.screen.contains("Ctrl-"), "\(de.screen)")
        de.press(.escape, .enter, .character("e"))
        #expect(de.statusLine.contains("Strg-S speichern"), "\(de.statusLine)")
        #expect(!de.statusLine.contains("Ctrl-"))
        let en = try ScreenHarness(language: .en)
        en.press(.character("?"))
        #expect(en.screen.contains("Ctrl-D"))
        #expect(!en.screen.contains("Strg-"))
    }

    @Test("a meeting's TOP list says how many TOPs lie above the visible ones, as it says those below")
    func moreAbove() throws {
        let h = try ScreenHarness(width: 60, height: 16)
        h.press(.character("5"), .enter)
        let headerY = try #require((0..<h.height).first { h.row($0).hasPrefix("  TOP") }, "\(h.screen)")
        #expect(!h.row(headerY).contains("▲"), "nothing above at the start")
        #expect(h.screen.contains("▼"), "the list does not fit: \(h.screen)")
        h.press(.character("G"))
        let total = try h.int("SELECT COUNT(*) FROM agenda_item WHERE meeting_id = (SELECT MAX(id) FROM meeting)")
        let shown = (headerY + 1..<h.height).prefix { h.row($0).range(of: #"^.{2}\d+ "#, options: .regularExpression) != nil }.count
        #expect(shown > 0 && shown < total)
        #expect(h.row(headerY).hasSuffix(h.t(.walk(.moreAbove(total - shown)))), "\(h.row(headerY))")
    }

    @Test("at 80 and 60 columns an agreed passage's line keeps the meeting's date and TOP; what is cut ends in …",
          arguments: [(80, 24), (60, 16)])
    func agreedPassageKeepsDate(_ size: (Int, Int)) throws {
        let h = try ScreenHarness(width: size.0, height: size.1)
        let comment = try #require(try h.ids("""
            SELECT p.comment_id FROM passage p JOIN consideration c ON c.passage_id = p.id WHERE c.state = 'agreed' ORDER BY p.id LIMIT 1
            """).first)
        h.app.apply(.openComment(comment))
        h.waitTick()
        let date = try #require(try h.string("""
            SELECT m.date FROM passage p JOIN consideration c ON c.passage_id = p.id JOIN meeting m ON m.id = c.meeting_id
            WHERE p.comment_id = ? ORDER BY p.number LIMIT 1
            """, [comment]))
        let german = DayFormat.german(date)
        let row = try #require((0..<h.height).map(h.row).first { $0.contains(h.t(.consideration(.work(.commentLabel)))) }, "\(h.screen)")
        let top = try h.int("""
            SELECT c.agenda_number FROM passage p JOIN consideration c ON c.passage_id = p.id WHERE p.comment_id = ? ORDER BY p.number LIMIT 1
            """, [comment])
        #expect(row.contains("\(german), TOP \(top)"), "the date and TOP stay: \(row)")
        #expect(!row.hasSuffix("…"), "\(row)")
        #expect(DisplayWidth.of(row) <= size.0)
        // The full line would not fit: the shortened part is what gives way.
        #expect(row.contains("\(comment).1"), "\(row)")
    }

    @Test("in the Abwägung at 60 columns an agreed unit's minutes link keeps its date and TOP", arguments: [(80, 24), (60, 16)])
    func agreementLinkKeepsDate(_ size: (Int, Int)) throws {
        let h = try ScreenHarness(width: size.0, height: size.1)
        let row = try #require(try h.ids("""
            SELECT c.agenda_number FROM passage p JOIN consideration c ON c.passage_id = p.id JOIN section s ON s.id = p.section_id
            WHERE c.state = 'agreed' AND s.code = 'D2' LIMIT 1
            """).first)
        let date = try #require(try h.string("""
            SELECT m.date FROM passage p JOIN consideration c ON c.passage_id = p.id JOIN section s ON s.id = p.section_id
            JOIN meeting m ON m.id = c.meeting_id WHERE c.state = 'agreed' AND s.code = 'D2' LIMIT 1
            """))
        h.press(.character("2"))
        var presses = 0
        while !h.screen.contains("· D2 "), presses < 30 { h.press(.character("j")); presses += 1 }
        h.press(.character("a"))
        presses = 0
        while !h.screen.contains("▸ "), presses < 12 { h.press(.character("j")); presses += 1 }
        let link = try #require((0..<h.height).map(h.row).first { $0.contains("▸ ") }, "\(h.screen)")
        #expect(link.contains("\(DayFormat.german(date)), TOP \(row)"), "\(link)")
        #expect(DisplayWidth.of(link) <= size.0)
    }

    @Test("n markiert, m sichtbar counts the marked comments the filter shows, not only the rows loaded")
    func visibleMarksCountedInDatabase() throws {
        let h = try ScreenHarness()
        h.press(.character(" "))
        h.press(.character("G"), .character(" "))
        h.press(.character("g"))
        let loaded = Set(h.app.screens.queue.window.rows.map(\.id))
        let marked = h.app.screens.queue.marks.map(\.id)
        #expect(marked.count == 2)
        #expect(!marked.allSatisfy(loaded.contains), "one mark lies in rows not loaded now")
        #expect(h.queueHeading.contains(h.t(.marked(2, visible: 2))), "\(h.queueHeading)")
        // A filter that shows neither: none visible, both still marked.
        _ = h.app.screens.queue.applyFilter("state", "abgelehnt", h.context)
        h.press(.character("g"))
        #expect(h.queueHeading.contains(h.t(.marked(2, visible: 0))), "\(h.queueHeading)")
    }

    @Test("a new meeting's minute taker is the one of the board's last minutes, still editable, and is saved")
    func minuteTakerPrefilled() throws {
        let h = try ScreenHarness()
        let last = try #require(try h.string("SELECT minute_taker FROM meeting WHERE minute_taker IS NOT NULL ORDER BY date DESC LIMIT 1"))
        h.press(.character("5"), .character("n"))
        let label = h.t(.meetings(.work(.fieldMinuteTaker)))
        let row = try #require((0..<h.height).map(h.row).first { $0.contains(label) }, "\(h.screen)")
        #expect(row.contains(last), "\(row)")
        h.type("Sondersitzung")
        h.press(.enter)
        #expect(try h.string("SELECT minute_taker FROM meeting WHERE title = 'Sondersitzung'") == last)
    }

    @Test("without earlier minutes naming one, the minute taker is the account's name")
    func minuteTakerIsAccount() throws {
        let h = try ScreenHarness(prepare: { database in
            try database.pool.write { db in try db.execute(sql: "UPDATE meeting SET minute_taker = NULL") }
        })
        h.press(.character("5"), .character("n"))
        let name = try #require(h.context.moderator?.displayName)
        let row = try #require((0..<h.height).map(h.row).first { $0.contains(h.t(.meetings(.work(.fieldMinuteTaker)))) })
        #expect(row.contains(name), "\(row)")
    }

    @Test("two Esc that arrive together are two presses: the first clears the search, the second the marks")
    func twoEscapes() throws {
        let h = try ScreenHarness()
        h.press(.character(" "))
        search(h, "Beteiligung")
        #expect(h.app.screens.queue.filter.search != nil)
        h.backend.receive("\u{1B}\u{1B}")
        h.loop.runPending(h.backend)
        #expect(h.app.screens.queue.filter.search == nil, "the first Esc cleared the search")
        #expect(h.app.screens.queue.marks.isEmpty, "the second cleared the marks")
        #expect(h.statusLine.contains(h.t(.screen(.marksCleared(1)))), "\(h.statusLine)")
    }

    @Test("Esc and a key typed fast over the help (read as Alt+key) close the help and then act as the key")
    func escapeThenKeyOverHelp() throws {
        let h = try ScreenHarness()
        let first = h.selectedCommentId
        h.press(.character("?"))
        h.backend.receive("\u{1B}j")
        h.loop.runPending(h.backend)
        #expect(h.app.overlay == nil, "the help is closed")
        #expect(h.selectedCommentId != first, "and j moved the cursor down")
    }

    /// The rows a question box covers: from its top corner to its bottom corner.
    func boxRows(_ h: ScreenHarness) -> [String] {
        let rows = (0..<h.height).map(h.row)
        guard let top = rows.firstIndex(where: { $0.contains("┌") }), let bottom = rows.lastIndex(where: { $0.contains("└") }) else { return [] }
        return Array(rows[top...bottom])
    }

    @Test("a question box clears the rows it covers, so no list text runs beside it, at 80x24 and 60x16",
          arguments: [(80, 24), (60, 16)])
    func questionBoxStandsAlone(_ size: (Int, Int)) throws {
        let h = try ScreenHarness(width: size.0, height: size.1)
        h.press(.character(" "), .character(" "), .character("r"))
        let rows = boxRows(h)
        #expect(rows.count >= 4, "\(h.screen)")
        for row in rows {
            let trimmed = row.trimmingCharacters(in: .whitespaces)
            #expect(trimmed.first.map { "┌│└".contains($0) } == true && trimmed.last.map { "┐│┘".contains($0) } == true,
                    "only the box on this row: \(row)")
        }
        let inside = rows.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │┌┐└┘─")) }.joined(separator: " ")
        #expect(inside.contains(h.t(.decision(.yesNo))), "the whole question is readable:\n\(h.screen)")
    }
}

import Foundation
import GRDB
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// Finding comments by their words and handling several at once.
@Suite("Bulk and search stories")
struct BulkAndSearchStoriesTests {
    /// Openings of demo advertising (Sources/ModeratSamples/Demo/DemoCommentTexts.swift) whose
    /// pending copies all link to an example web address.
    static let spamOpenings = ["Beste Online-Casinos", "Entrümpelung und Haushaltsauflösung", "Günstige Kredite ohne Schufa"]

    @Test("moderator rejects three spam comments at once")
    func rejectThreeSpam() throws {
        let h = try ScreenHarness()
        h.press(.character("/"))
        h.type("example")
        h.press(.enter)
        let found = h.queueRows.count
        #expect(found >= 4, "the search finds the spam and at least one comment that is not spam")
        #expect(h.statusLine.contains(h.t(.searchMatches(found, "example"))))

        // Walk the hits; Space marks a spam row (and moves on), j passes over the others.
        for _ in 0..<found {
            let text = h.selectedRowText ?? ""
            h.press(Self.spamOpenings.contains { text.contains($0) } ? .character(" ") : .character("j"))
        }
        #expect(h.queueHeading.contains(h.t(.marked(3, visible: 3))))
        let markedRows = h.queueRowRange.filter { h.row($0).hasPrefix(ListView.markGlyph) }
        #expect(markedRows.count == 3)
        for y in markedRows {
            #expect(Self.spamOpenings.contains { h.row(y).contains($0) })
        }
        let spamIds = try h.ids("""
            SELECT id FROM comment WHERE state = 'pending' AND (\(Self.spamOpenings.map { _ in "body LIKE ? || '%'" }.joined(separator: " OR ")))
            """, StatementArguments(Self.spamOpenings))
        #expect(spamIds.count == 3)

        h.press(.character("r"))
        // The question comes first, before anything is typed (what it says: see bulkConfirmationSaysHowMany).
        #expect(h.screen.contains("┌ " + h.t(.appName)), "the confirmation box is open")
        for id in spamIds { #expect(try h.state(of: id) == "pending") }
        h.press(.character("y"))
        h.press(.character(try h.reasonNumber("spam")))
        h.press(.enter)   // no public answer
        #expect(h.statusLine.contains(h.t(.decision(.decidedMany(spamIds, .rejected)))))
        // The message names the comments it acted on, not only how many.
        let named = spamIds.sorted().map { "#\($0)" }.joined(separator: ", ")
        #expect(h.statusLine.contains("3 Beiträge: abgelehnt (\(named))"), "\(h.statusLine)")
        for id in spamIds {
            #expect(try h.state(of: id) == "rejected")
            #expect(try h.string("SELECT reason_code FROM comment WHERE id = ?", [id]) == "spam")
            #expect(try h.auditCount(id, action: "comment.reject", actor: ScreenHarness.account) == 1)
        }
        #expect(h.queueRows.count == found - 3)
        #expect(!h.queueHeading.contains(h.t(.marked(3, visible: 3))))
        #expect(!h.queueRows.contains { row in Self.spamOpenings.contains { row.contains($0) } })

        // One undo takes the whole batch back.
        h.press(.character("u"))
        #expect(h.statusLine.contains(h.t(.decision(.undoneMany(spamIds, to: .pending)))))
        #expect(h.statusLine.contains("Rückgängig: 3 Beiträge wieder offen (\(named))"), "\(h.statusLine)")
        for id in spamIds {
            #expect(try h.state(of: id) == "pending")
            #expect(try h.auditCount(id, action: "comment.undo", actor: ScreenHarness.account) == 1)
        }
        #expect(h.queueHeading.contains(": \(found) "))
    }

    @Test("the bulk confirmation says how many comments it is about")
    func bulkConfirmationSaysHowMany() throws {
        let h = try ScreenHarness()
        h.press(.character(" "), .character(" "), .character(" "), .character("r"))
        let cursor = try h.label(try #require(h.selectedCommentId))
        let question = h.t(.decision(.confirmMarked(.reject, count: 3, cursor: cursor, cursorMarked: false)))
        #expect(h.screen.contains(String(question.prefix(30))), "\(h.screen)")
        #expect(h.screen.contains(h.t(.decision(.yesNo))))
        h.press(.escape)
        h.press(.character("a"))
        #expect(h.screen.contains(String(h.t(.decision(.confirmMarked(.approve, count: 3, cursor: cursor, cursorMarked: false))).prefix(30))))
    }

    @Test("n at the bulk confirmation writes nothing and keeps the marks")
    func bulkDeclined() throws {
        let h = try ScreenHarness()
        let ids = try h.pendingIds(limit: 2)
        let audits = try h.totalAuditRows
        h.press(.character(" "), .character(" "), .character("a"))
        #expect(h.screen.contains("┌ " + h.t(.appName)), "the confirmation box is open")
        h.press(.character("n"))
        #expect(!h.screen.contains("┌ " + h.t(.appName)))
        #expect(h.queueHeading.contains(h.t(.marked(2, visible: 2))))
        for id in ids { #expect(try h.state(of: id) == "pending") }
        #expect(try h.totalAuditRows == audits)
    }

    @Test("search \"strasse\" finds comments with \"Straße\" and highlights the matches")
    func searchFolded() throws {
        let h = try ScreenHarness()
        // The oracle: pending comments with a word starting with "strasse" once folded, in body or author.
        let rows = try h.table("""
            SELECT c.body, COALESCE(a.display_name, '') FROM comment c
            LEFT JOIN author a ON a.id = c.author_id WHERE c.state = 'pending'
            """)
        let expected = rows.filter { row in
            Folding.words(row.joined(separator: " ")).contains { $0.hasPrefix("strasse") }
        }.count
        #expect(expected > 0)

        h.press(.character("/"))
        h.type("strasse")
        #expect(h.row(h.height - 2).contains("strasse"), "the search field shows what is typed")
        h.press(.enter)

        #expect(h.statusLine.contains(h.t(.searchMatches(expected, "strasse"))))
        #expect(h.queueHeading.contains("/strasse"))
        #expect(h.queueHeading.contains("\(expected)"))
        #expect(h.queueRows.count == min(expected, h.queueRowRange.count))
        #expect(h.queueRows.contains { $0.contains("Straße") })

        // Every row showing "Straße" in its text has exactly those cells in the match style.
        var highlighted = 0
        let textTitle = h.t(.column(.text))
        for y in h.queueRowRange where Folding.fold(h.column(textTitle, row: y, width: h.width)).contains("strasse") {
            let runs = h.text(in: y, styled: .match).split(separator: "|").map(String.init)
            #expect(!runs.isEmpty, "row \(y) shows Straße without highlight: \(h.row(y))")
            for run in runs { #expect(Folding.fold(run) == "strasse", "highlighted “\(run)” on row \(y)") }
            highlighted += runs.count
        }
        #expect(highlighted > 0)
        // Nothing else on screen carries the match style.
        let elsewhere = (0..<h.height).filter { y in !h.queueRowRange.contains(y) && !h.cells(in: y, styled: .match).isEmpty }
        #expect(elsewhere.isEmpty)

        // Esc clears the search: the whole pending queue is back, without highlights.
        h.press(.escape)
        #expect(!h.queueHeading.contains("/strasse"))
        #expect(h.queueHeading.contains("\(try h.pendingCount)"))
        #expect(h.queueRowRange.allSatisfy { h.cells(in: $0, styled: .match).isEmpty })
    }

    @Test("a search without hits says so")
    func searchNoHits() throws {
        let h = try ScreenHarness()
        h.press(.character("/"))
        h.type("Quaxelbrummer")
        h.press(.enter)
        #expect(h.statusLine.contains(h.t(.searchNoMatch("Quaxelbrummer"))))
        #expect(!h.cells(in: h.height - 1, styled: .error).isEmpty)
        #expect(h.screen.contains(h.t(.queueEmpty)))
        #expect(h.selectedRows.isEmpty)
    }
}

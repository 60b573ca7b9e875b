import Foundation
import GRDB
import ModeratCore
@testable import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// The audit log (tab 8): who changed what, newest first, narrowed with `:` commands, one
/// event opened with all its detail; only for the roles that change things.
@Suite("Audit stories")
struct AuditStoriesTests {
    /// A `prepare` step that appends `count` events by Anna about comments 90001…90000+count
    /// (ids the demo does not use), a minute apart and ending an hour before the demo's now.
    static func manyEvents(_ count: Int) -> (ModeratDatabase) throws -> Void {
        { database in
            try database.pool.write { db in
                // Through the store's append, which chains each event to the one before.
                let end = Date(timeIntervalSince1970: 1_795_784_400) // 2026-11-27T13:00:00Z
                for i in 1...count {
                    try db.appendAudit(actor: "amueller", action: .tag, entity: "comment", entityId: String(90000 + i),
                                       detail: ["n": String(i)], at: end.addingTimeInterval(Double(i - count) * 60))
                }
            }
        }
    }

    /// The rows of the audit list on screen (below the heading and the column header).
    static func listRows(_ h: ScreenHarness) -> [String] {
        (3..<(h.height - 1)).map(h.row).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    @Test("an administrator approves a comment, opens the audit log and sees it at the top: “freigegeben”, by them, now",
          arguments: [Language.de, .en])
    func approvalOnTop(language: Language) throws {
        let h = try ScreenHarness(language: language)
        let id = try #require(h.selectedCommentId)
        h.press(.character("a"))
        #expect(try h.state(of: id) == "approved")

        h.press(.character("8"))
        #expect(h.currentTab == " 8 \(h.t(.screenTitle(.audit))) ")
        let top = try #require(h.selectedRowText)
        #expect(h.rows(containing: top) == [3], "the newest event is the first row and selected")
        #expect(top.contains(language == .de ? "freigegeben" : "approved"), "\(top)")
        #expect(top.contains(ScreenHarness.account))
        #expect(top.contains("comment \(id)"))
        #expect(top.contains("27.11.2026 15:00"), "Berlin time; \(top)")
        let change = language == .de ? "offen → freigegeben" : "pending → approved"
        #expect(top.contains(change), "the detail in one line, in the UI's words; \(top)")
        #expect(h.row(2).contains(h.t(.audit(.columnActor))) && h.row(2).contains(h.t(.audit(.columnAction))))
    }

    @Test("Enter opens the event with every detail key in the UI's words; j shows the next older one; Esc goes back to the same row",
          arguments: [
              (Language.de, ["Wer: Anna Müller (amueller)", "Aktion: abgelehnt (comment.reject)", "von: offen", "Grund: Werbung / Spam",
                             "nach: abgelehnt", "Version: 2"]),
              (Language.en, ["Who: Anna Müller (amueller)", "Action: rejected (comment.reject)", "from: pending", "reason: Advertising / spam",
                             "to: rejected", "version: 2"]),
          ])
    func openEvent(language: Language, lines: [String]) throws {
        let h = try ScreenHarness(language: language, width: 160)
        let id = try #require(h.selectedCommentId)
        let anna = try h.otherStore(ScreenHarness.anna, secondsLater: 30)
        try anna.decide(id, .reject, expectedVersion: try h.version(of: id), reason: "spam")
        h.press(.character("8"))
        let row = try #require(h.selectedRowText)
        let detail = language == .de ? "offen → abgelehnt · Grund: Werbung / Spam" : "pending → rejected · reason: Advertising / spam"
        #expect(row.contains("Anna Müller (amueller)") && row.contains(detail), "\(row)")

        h.press(.enter)
        let auditId = try h.int("SELECT MAX(id) FROM audit_event")
        #expect(h.row(1).contains(h.t(.audit(.detailTitle(Int64(auditId))))))
        for line in lines + ["comment \(id)", "2026-11-27T15:00:30+01:00"] {
            #expect(h.screen.contains(line), "\(line) in\n\(h.screen)")
        }
        #expect(!h.screen.contains("pending") || language == .en, "no internal state name on a German screen")
        h.press(.character("j"))
        #expect(h.row(1).contains(h.t(.audit(.detailTitle(Int64(auditId - 1))))), "the next older event")
        h.press(.character("k"), .escape)
        #expect(h.selectedRowText == row)
        #expect(h.statusLine.contains(h.t(.audit(.hints))))
    }

    @Test(":actor, :entity and :since narrow the log, the heading says how, :reset and Esc show everything again")
    func filters() throws {
        let h = try ScreenHarness(prepare: Self.manyEvents(30))
        let id = try #require(h.selectedCommentId)
        h.press(.character("a"))          // one event by the tester about `id`
        h.press(.character("8"))

        h.press(.character(":")); h.type("actor Anna"); h.press(.enter)
        #expect(h.row(1).contains(":actor amueller"), "a display name means its account: \(h.row(1))")
        var rows = Self.listRows(h)
        #expect(rows.count > 10 && rows.allSatisfy { $0.contains("(amueller)") }, "\(rows)")

        h.press(.character(":")); h.type("entity comment 90007"); h.press(.enter)
        rows = Self.listRows(h)
        #expect(h.row(1).contains(":actor amueller · :entity comment 90007"))
        #expect(rows.count == 1 && rows[0].contains("comment 90007") && rows[0].contains("n: 7"), "\(rows)")

        h.press(.character(":")); h.type("reset"); h.press(.enter)
        #expect(h.row(1).contains(h.t(.audit(.allEvents))))
        #expect(h.selectedRowText?.contains("comment \(id)") == true, "the tester's approval is the newest again")

        // Empty :entity takes the selected row's object, as :author does in the queue.
        h.press(.character(":")); h.type("entity"); h.press(.enter)
        #expect(Self.listRows(h).allSatisfy { $0.contains("comment \(id)") })
        h.press(.escape)
        #expect(h.row(1).contains(h.t(.audit(.allEvents))), "Esc clears the filter")

        // Since 13:00 in Berlin: the tester's approval at 15:00 and none of Anna's (they end at 14:00 Berlin).
        h.press(.character(":")); h.type("since 27.11.2026 15:00"); h.press(.enter)
        rows = Self.listRows(h)
        #expect(h.row(1).contains(":since 27.11.2026 15:00"))
        #expect(!rows.contains { $0.contains("(amueller)") }, "\(rows)")
        #expect(rows.contains { $0.contains("comment \(id)") })

        // A date it cannot read is an error naming the command; the filter stays as it was.
        h.press(.character(":")); h.type("since gestern"); h.press(.enter)
        #expect(h.statusLine.contains(":since") && h.statusLine.contains("gestern"), "\(h.statusLine)")
        #expect(!h.cells(in: h.height - 1, styled: .error).isEmpty)
        #expect(h.row(1).contains(":since 27.11.2026 15:00"))
    }

    @Test(":actor from the queue opens the audit log, and :reset on the queue still resets the queue")
    func filterFromElsewhere() throws {
        let h = try ScreenHarness()
        h.press(.character(":")); h.type("state held"); h.press(.enter)
        h.press(.character(":")); h.type("actor cweber"); h.press(.enter)
        #expect(h.currentTab == " 8 \(h.t(.screenTitle(.audit))) ")
        #expect(h.row(1).contains(":actor cweber"))
        h.press(.character("1"))
        h.press(.character(":")); h.type("reset"); h.press(.enter)
        #expect(h.currentTab == " 1 \(h.t(.screenTitle(.queue))) ")
        #expect(h.app.screens.queue.filter == QueueFilter(), "the queue's filter was reset")
        #expect(h.app.screens.audit.filter.actor == "cweber", "the audit log keeps its own")
    }

    @Test("in a log of 5,000 events the cursor walks page by page, memory stays a few pages, and others' events do not move it")
    func pagingKeepsCursor() throws {
        let h = try ScreenHarness(prepare: Self.manyEvents(5000))
        h.press(.character("8"))
        h.press(.character(":")); h.type("actor amueller"); h.press(.enter)
        #expect(h.selectedRowText?.contains("comment 95000") == true, "newest first")
        for _ in 0..<100 { h.press(.pageDown) }
        let page = h.app.screens.audit.pageHeight(h.context)
        let selected = try #require(h.app.screens.audit.window.selectedEntry)
        #expect(selected.entityId == String(95000 - 100 * page), "each PgDn moves one page of \(page) rows")
        #expect(h.app.screens.audit.window.rows.count <= page * 5, "a few pages held, not the log")
        let row = try #require(h.selectedRowText)
        let screenRow = try #require(h.selectedRows.first)

        // Anna decides something in her own moderat: a new event on top of the log.
        let other = try h.otherStore(ScreenHarness.anna)
        let comment = try #require(h.ids("SELECT id FROM comment WHERE state = 'pending' LIMIT 1").first)
        try other.decide(comment, .approve, expectedVersion: try h.version(of: comment))
        h.waitTick()
        #expect(h.selectedRowText == row, "the same event stays selected")
        #expect(h.selectedRows.first == screenRow, "on the same screen row")

        h.press(.character("k"))
        #expect(h.app.screens.audit.window.selectedEntry?.entityId == String(95000 - 100 * page + 1))
        h.press(.character("G"))
        let oldest = try h.int("SELECT MIN(id) FROM audit_event WHERE actor = 'amueller'")
        #expect(h.app.screens.audit.window.selectedEntry?.id == Int64(oldest), "G: the oldest of Anna's events")
        #expect(h.selectedRows.count == 1, "selected and in view")
        h.press(.character("g"))
        #expect(h.selectedRowText?.contains("comment \(comment) ") == true, "g: Anna's new approval is the newest")
    }

    @Test("a viewer is told the log is not for them and sees no event", arguments: [ScreenHarness.viewer, "nobody"])
    func viewerRefused(account: String) throws {
        let h = try ScreenHarness(account: account)
        h.press(.character("8"))
        #expect(h.currentTab == " 8 \(h.t(.screenTitle(.audit))) ")
        let role: Role? = account == ScreenHarness.viewer ? .viewer : nil
        #expect(h.screen.contains(h.t(.audit(.notAllowed(role)))), "\(h.screen)")
        #expect(!h.screen.contains("(amueller)") && !h.screen.contains("comment."))
        h.press(.enter, .character("j"))
        #expect(h.selectedRows.isEmpty)
        h.press(.character(":")); h.type("actor amueller"); h.press(.enter)
        #expect(h.statusLine.contains(h.t(.audit(.notAllowed(role)))), "\(h.statusLine)")
    }

    @Test("moderators and the secretary see the whole log", arguments: [ScreenHarness.anna, ScreenHarness.secretary])
    func staffSeesAll(account: String) throws {
        let h = try ScreenHarness(account: account)
        h.press(.character("8"))
        #expect(Self.listRows(h).count > 10)
        #expect(h.selectedRows.count == 1)
    }

    @Test("an imported event's hostile detail shows as harmless glyphs, on one line")
    func hostileDetail() throws {
        let h = try ScreenHarness { database in
            try database.pool.write { db in
                _ = try db.appendAudit(actor: "evil\u{1b}[2J", action: .importComment, entity: "import", entityId: "x\u{202e}y",
                                   detail: ["file": "a\u{1b}]52;c;aGk=\u{07}\nb.csv"],
                                   at: Date(timeIntervalSince1970: 1_795_789_800)) // 2026-11-27T14:30:00Z
            }
        }
        h.press(.character("8"))
        let row = try #require(h.selectedRowText)
        #expect(row.contains("evil␛[2J") && row.contains("importiert"), "\(row)")
        #expect(row.contains("file: a␛]52;c;aGk=␇ b.csv"), "\(row)")
        h.press(.enter)
        #expect(h.screen.contains("  file: a␛]52;c;aGk=␇ b.csv"), "\(h.screen)")
        #expect(!h.screen.unicodeScalars.contains { $0.value == 0x1b || $0.value == 0x202e || $0.value == 0x07 })
    }
}

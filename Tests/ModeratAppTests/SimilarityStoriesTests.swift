import Foundation
import GRDB
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// Section suggestions in the tag picker, campaign groups and waves in the queue.
@Suite("Suggestions, campaigns and waves in the workbench")
struct SimilarityStoriesTests {
    static let campaignSize = 22

    /// 22 new accounts send variants of one letter within an hour, long before the demo's
    /// pending comments, so they lead the queue: one campaign group, and a wave of new accounts.
    static func campaign(_ database: ModeratDatabase) throws {
        let sentences = [
            "Wir fordern, dass im Beteiligungsbeirat mindestens zehn ausgeloste Einwohnerinnen und Einwohner sitzen.",
            "Die Verwaltung darf im Beirat nicht mehr Stimmen haben als die Bürgerschaft.",
            "Außerdem müssen alle Sitzungen des Beirats öffentlich sein und im Internet übertragen werden.",
            "Die Geschäftsordnung soll von den Mitgliedern selbst beschlossen werden und nicht von der Stadtverwaltung.",
        ]
        let greetings = ["Sehr geehrte Damen und Herren,", "Hallo,", "Guten Tag,", ""]
        let closings = ["Mit freundlichen Grüßen", "Viele Grüße", "MfG"]
        try database.pool.write { db in
            let process = try Int64.fetchOne(db, sql: "SELECT process_id FROM section ORDER BY id LIMIT 1") ?? 1
            for n in 0 ..< campaignSize {
                try db.execute(sql: "INSERT INTO author(source, external_id, display_name) VALUES ('kampagne', ?, ?)",
                               arguments: ["a\(n)", "Absender \(n)"])
                let author = db.lastInsertedRowID
                var body = sentences
                if n % 3 == 1 { body.swapAt(0, 2) }
                let text = (greetings[n % greetings.count].isEmpty ? "" : greetings[n % greetings.count] + "\n\n")
                    + body.joined(separator: " ") + "\n\n\(closings[n % closings.count])\nAbsender \(n)"
                let minute = String(format: "%02d", n)
                try db.execute(sql: """
                    INSERT INTO comment(source, external_id, process_id, author_id, body, created_at, imported_at)
                    VALUES ('kampagne', ?, ?, ?, ?, ?, '2026-01-06T00:00:00Z')
                    """, arguments: ["k\(n)", process, author, text, "2026-01-05T10:\(minute):00Z"])
            }
        }
        try database.rebuildSimilarity()
    }

    @Test("moderator accepts the first suggested section in the tag picker with one key (Tab)")
    func acceptSuggestion() throws {
        let h = try ScreenHarness()
        let id = try #require(try h.pendingIds(limit: 1).first)
        try h.store.setTags(id, sectionIds: [])
        h.waitTick()
        h.select(comment: id)
        let best = try #require(try h.store.database.sectionSuggestions(commentId: id)?.first { $0.score > 0 })
        h.press(.character("t"))
        let firstItem = try #require(h.rows(containing: "★").first)
        #expect(h.row(firstItem).contains("\(best.code)  \(best.title.prefix(20))"))
        #expect(h.row(firstItem).contains(h.t(.similarity(.suggested))))
        #expect(h.statusLine.contains("Tab"))
        h.press(.tab)
        #expect(h.statusLine.contains(h.t(.tagsApplied(1))))
        #expect(try GuidelinesTaggingStoriesTests.codes(h, id) == [best.code])
    }

    @Test("moderator lists a campaign group, marks it with one key and rejects all 22 with one reason and one answer")
    func rejectCampaign() throws {
        let h = try ScreenHarness(prepare: Self.campaign)
        let members = try h.ids("SELECT id FROM comment WHERE source = 'kampagne' ORDER BY id")
        #expect(h.selectedCommentId == members.first)
        #expect(h.selectedRowText?.contains(h.t(.similarity(.groupMark(Self.campaignSize)))) == true)
        // = lists the group: the heading names it and only its comments are shown.
        h.press(.character("="))
        #expect(h.queueHeading.contains(h.t(.similarity(.filterGroup(members[0])))))
        #expect(h.queueHeading.contains(": \(Self.campaignSize) ") || h.queueHeading.contains("\(Self.campaignSize)"))
        // * marks all of it, r asks once how many, then reason and one answer.
        h.press(.character("*"))
        #expect(h.statusLine.contains(h.t(.similarity(.groupMarked(Self.campaignSize)))))
        h.press(.character("r"))
        let cursor = try h.label(try #require(h.selectedCommentId))
        #expect(h.screen.contains(h.t(.decision(.confirmMarked(.reject, count: Self.campaignSize, cursor: cursor, cursorMarked: true))).prefix(30)))
        h.press(.character("y"))
        h.press(.character(try h.reasonNumber("spam")))
        let answer = "Danke für Ihre Zuschrift; gleichlautende Schreiben beantworten wir gemeinsam."
        h.type(answer)
        h.press(.enter)
        #expect(h.statusLine.contains(h.t(.decision(.decidedMany(members, .rejected)))))
        // A campaign is long: the first five ids are named, the rest counted.
        let firstFive = members.prefix(5).map { "#\($0)" }.joined(separator: ", ")
        #expect(h.statusLine.contains("\(members.count) Beiträge: abgelehnt (\(firstFive) und \(members.count - 5) weitere)"), "\(h.statusLine)")
        for id in members {
            #expect(try h.state(of: id) == "rejected")
            #expect(try h.string("SELECT public_answer FROM comment WHERE id = ?", [id]) == answer)
        }
        #expect(try h.int("SELECT COUNT(*) FROM comment WHERE source <> 'kampagne' AND public_answer = ?", [answer]) == 0)
    }

    @Test("C on a campaign asks first, naming the group and how many join; n changes nothing, y makes its approved comments one group considered together; :consider ID does the same")
    func considerCampaignTogether() throws {
        // Two letters still pending lead the queue; the other 20 are approved already.
        let h = try ScreenHarness(prepare: { database in
            try Self.campaign(database)
            try database.pool.write { db in
                try db.execute(sql: "UPDATE comment SET state = 'approved' WHERE source = 'kampagne' AND external_id NOT IN ('k0', 'k1')")
            }
        })
        let members = try h.ids("SELECT id FROM comment WHERE source = 'kampagne' ORDER BY id")
        let approved = Array(members.dropFirst(2))
        #expect(h.selectedCommentId == members.first)
        let question = h.t(.similarity(.confirmConsider(group: members[0], size: Self.campaignSize, approved: approved.count)))
        h.press(.character("C"))
        #expect(h.screen.contains(String(question.prefix(50))), "\(h.screen)")
        #expect(h.statusLine == " " + h.t(.decision(.yesNo)), "the one key hint of every question")
        let joinedSQL = "SELECT COUNT(*) FROM consideration_group_member m JOIN comment c ON c.id = m.comment_id WHERE c.source = 'kampagne'"
        h.press(.character("n"))
        #expect(try h.int(joinedSQL) == 0, "n changes nothing")
        h.press(.character("C"))
        h.press(.character("y"))
        let group = try #require(try h.ids("""
            SELECT DISTINCT m.group_id FROM consideration_group_member m JOIN comment c ON c.id = m.comment_id WHERE c.source = 'kampagne'
            """).first)
        #expect(try h.ids("SELECT comment_id FROM consideration_group_member WHERE group_id = ? ORDER BY comment_id", [group]) == approved)
        let done = h.t(.similarity(.considered(group: members[0], considerationGroup: group, joined: approved.count, left: 2)))
        #expect(h.statusLine.contains(String(done.prefix(60))), "\(h.statusLine)")
        #expect(try h.int("SELECT COUNT(*) FROM audit_event WHERE action = 'group.join' AND entity_id = ?", [String(group)]) == 1)

        // The command line names the group by any member; a comment in no group is refused.
        try h.store.leaveGroup(approved[0])
        h.press(.character(":"))
        h.type("consider \(members[5])")
        h.press(.enter)
        #expect(h.screen.contains(String(question.prefix(50))), "\(h.screen)")
        h.press(.character("y"))
        #expect(try h.int("SELECT COUNT(*) FROM consideration_group_member WHERE group_id = ?", [group]) == approved.count)
        let loner = try #require(try h.ids("SELECT id FROM comment WHERE id NOT IN (SELECT comment_id FROM comment_group) ORDER BY id LIMIT 1").first)
        h.press(.character(":"))
        h.type("consider \(loner)")
        h.press(.enter)
        #expect(h.statusLine.contains(h.t(.similarity(.noGroup))), "\(h.statusLine)")
    }

    @Test("a wave flag and the group size stand on the queue rows of flagged comments, at 100x30, 80x24 and 60x16")
    func waveFlag() throws {
        let h = try ScreenHarness(prepare: Self.campaign)
        let wave = h.t(.similarity(.waveMark)), size = h.t(.similarity(.groupMark(Self.campaignSize)))
        for (width, height) in [(100, 30), (80, 24), (60, 16)] {
            h.resize(width: width, height: height)
            let rows = h.queueRows
            #expect(rows.first?.contains(wave) == true, "\(width)x\(height): \(rows.first ?? "")")
            #expect(rows.first?.contains(size) == true, "\(width)x\(height)")
        }
        // The demo's own comments carry no wave flag.
        h.press(.character("G"))
        #expect(!(h.selectedRowText ?? "").contains(wave))
    }
}

import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("Comment detail, tags, setup, check")
struct DetailAndSetupTests {
    @Test("The comment screen gets body, author, thread, tags and history")
    func detail() throws {
        let fixture = try Fixture()
        let process = try fixture.process("leitlinien")
        let c1 = try fixture.section(process, "C1", title: "Vorhabenliste")
        let erika = try fixture.author("Erika")
        let parent = try fixture.comment(process, author: erika, body: "Frage\nDetails", minutesAgo: 90)
        let child = try fixture.comment(process, body: "Antwort darauf", minutesAgo: 30, parent: parent)
        try fixture.tag(parent, c1)
        try fixture.store().decide(parent, .approve, expectedVersion: 1, note: "ok")
        let detail = try #require(try fixture.store().comment(parent))
        #expect(detail.body == "Frage\nDetails")
        #expect(detail.author?.displayName == "Erika")
        #expect(detail.process.slug == "leitlinien")
        #expect(detail.replies.map(\.id) == [child])
        #expect(detail.tags == [SectionTag(id: c1, code: "C1", title: "Vorhabenliste")])
        #expect(detail.history.map(\.to) == [.approved])
        #expect(detail.internalNote == "ok")
        #expect(try fixture.store().comment(child)?.parent?.firstLine == "Frage")
        #expect(try fixture.store().comment(12345) == nil)
    }

    @Test("Tagging writes tag and untag events with section codes and refuses foreign sections")
    func tagging() throws {
        let fixture = try Fixture()
        let process = try fixture.process("leitlinien")
        let other = try fixture.process("anderes")
        let b1 = try fixture.section(process, "B1")
        let b2 = try fixture.section(process, "B2")
        let foreign = try fixture.section(other, "Z9")
        let ids = try (0..<2).map { try fixture.comment(process, minutesAgo: $0 + 1) }
        let anna = fixture.store()
        try anna.setTags(ids[0], sectionIds: [b1, b2])
        try anna.setTags(ids[0], sectionIds: [b2])
        try anna.addTags(ids, sectionIds: [b1])
        #expect(try anna.comment(ids[0])?.tags.map(\.code) == ["B1", "B2"])
        #expect(try anna.comment(ids[1])?.tags.map(\.code) == ["B1"])
        #expect(try anna.history(of: ids[0]).map(\.action) == ["comment.tag", "comment.untag", "comment.tag"])
        expectStoreError("refusal", containing: "do not belong to this comment's process") { try anna.addTags(ids, sectionIds: [foreign]) }
        try anna.removeTags(ids, sectionIds: [b1])
        #expect(try anna.comment(ids[1])?.tags.isEmpty == true)
        let detail = try fixture.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit_event WHERE action = 'comment.tag' ORDER BY id LIMIT 1")
        }
        #expect(detail == #"{"sections":"B1,B2"}"#)
    }

    @Test("init makes the current account admin once and seeds reasons; config relabels and adds")
    func setup() throws {
        let fixture = try Fixture()
        #expect(try fixture.store().currentModerator() == Moderator(id: 1, account: "anna", displayName: "Anna Beispiel", role: .admin))
        try Setup.initialize(fixture.database, account: "someone", displayName: "Else")
        #expect(try fixture.int("SELECT COUNT(*) FROM moderator") == 1)
        #expect(try fixture.store("someone").currentModerator() == nil)
        #expect(try Setup.reasons(fixture.database).map(\.code) == ReasonCode.defaults.map(\.code))
        try Setup.applyReasons(fixture.database, [ReasonCode(code: "spam", labelDE: "Spam", labelEN: "Spam"),
                                                  ReasonCode(code: "wahlkampf", labelDE: "Wahlwerbung", labelEN: "Campaigning")])
        let reasons = try Setup.reasons(fixture.database)
        #expect(reasons.first { $0.code == "spam" }?.labelDE == "Spam")
        #expect(reasons.last?.code == "wahlkampf")
        try Setup.ensureReasons(fixture.database)
        #expect(try Setup.reasons(fixture.database).first { $0.code == "spam" }?.labelDE == "Spam")
    }

    @Test("check reports integrity, schema and row counts")
    func check() throws {
        let fixture = try Fixture()
        try fixture.comment(try fixture.process())
        let report = try fixture.database.check()
        #expect(report.isOK)
        #expect(report.integrity == ["ok"])
        #expect(report.appliedMigrations == ModeratDatabase.knownMigrations)
        #expect(report.rowCounts.first { $0.table == "comment" }?.rows == 1)
        #expect(report.fileSize > 0)
        #expect(report.text.contains("result: ok"))
    }
}

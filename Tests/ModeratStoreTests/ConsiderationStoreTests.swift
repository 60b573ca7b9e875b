import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// A consultation with three sections and approved comments, for the consideration stories.
struct ConsiderationScene {
    let fixture: Fixture
    let process: Int64
    let b1: Int64, c1: Int64, c2: Int64
    let bench: Int64, long: Int64, campaign: [Int64], pending: Int64

    init() throws {
        let fixture = try Fixture()
        self.fixture = fixture
        try fixture.moderator("bernd", "Bernd Schäfer")
        try fixture.moderator("vera", "Vera Viewer", role: .viewer)
        let process = try fixture.process()
        self.process = process
        b1 = try fixture.section(process, "B1", title: "Formen")
        c1 = try fixture.section(process, "C1", title: "Vorhabenliste")
        c2 = try fixture.section(process, "C2", title: "Anregung")
        let erika = try fixture.author("Erika Musterfrau")
        bench = try fixture.comment(process, author: erika, body: "Die Vorhabenliste sollte monatlich erscheinen.", minutesAgo: 500, state: .approved)
        try fixture.tag(bench, c1)
        long = try fixture.comment(process, body: "Zur Liste: bitte mit Kosten.\n\nZur Anregung: 500 Unterschriften sind zu viel.",
                                   minutesAgo: 400, state: .approved)
        campaign = try (0..<3).map { i in
            try fixture.comment(process, body: "Online-Beteiligung für alle! (\(i))", minutesAgo: 300 - i, state: .approved)
        }
        for id in campaign { try fixture.tag(id, b1) }
        pending = try fixture.comment(process, body: "Noch nicht geprüft", minutesAgo: 10)
    }
}

@Suite("Considerations (Abwägung)")
struct ConsiderationStoreTests {
    @Test("A moderator considers an approved comment: outcome, rationale, author, version 1, one audit row without the text")
    func considerOne() throws {
        let scene = try ConsiderationScene()
        let store = scene.fixture.store("bernd")
        let receipt = try store.consider(.comment(scene.bench), outcome: .adopted, rationale: "Wird monatlich veröffentlicht.",
                                         expectedVersion: 0)
        #expect(receipt.version == 1 && receipt.state == .draft)
        let stored = try #require(try store.consideration(.comment(scene.bench)))
        #expect(stored.outcome == .adopted)
        #expect(stored.rationale == "Wird monatlich veröffentlicht.")
        #expect(stored.writtenBy == "Bernd Schäfer")
        #expect(stored.writtenAt == Fixture.now)
        let audit = try scene.fixture.database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT actor, action, entity, entity_id, detail FROM audit_event ORDER BY id")
        }
        #expect(audit.count == 1)
        #expect(audit[0]["actor"] == "bernd")
        #expect(audit[0]["action"] == "consideration.write")
        #expect(audit[0]["entity"] == "consideration")
        #expect(audit[0]["entity_id"] == String(receipt.considerationId))
        #expect(audit[0]["detail"] == "{\"comments\":\"\(scene.bench)\",\"outcome\":\"adopted\",\"target\":\"comment:\(scene.bench)\",\"version\":\"1\"}")
    }

    @Test("Two moderators write the same consideration: the second gets a conflict naming the first, and keeps their text as a draft")
    func conflictLosesNothing() throws {
        let scene = try ConsiderationScene()
        let anna = scene.fixture.store("anna")
        let bernd = scene.fixture.store("bernd", offset: 60)
        try anna.consider(.comment(scene.bench), outcome: .partly, rationale: "Annas Begründung", expectedVersion: 0)
        let error = #expect(throws: StoreError.self) {
            try bernd.consider(.comment(scene.bench), outcome: .notAdopted, rationale: "Bernds Begründung", expectedVersion: 0)
        }
        #expect(error?.description == "The consideration of comment \(scene.bench) was already written by Anna Beispiel at 15:00 "
                + "(now: partly adopted, version 1); nothing was changed. Your rationale is kept as a draft.")
        #expect(error?.exitCode == 1)
        let stored = try #require(try anna.consideration(.comment(scene.bench)))
        #expect(stored.outcome == .partly && stored.rationale == "Annas Begründung" && stored.version == 1)
        let draft = try #require(try bernd.loadDraft(ConsiderationTarget.comment(scene.bench).draftKey))
        #expect(draft.text == "Bernds Begründung")
        // With the version he now knows, Bernd's change goes through.
        let second = try bernd.consider(.comment(scene.bench), outcome: .notAdopted, rationale: draft.text, expectedVersion: 1)
        #expect(second.version == 2)
        let events = try scene.fixture.database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT actor, detail FROM audit_event WHERE action = 'consideration.write' ORDER BY id")
        }
        #expect(events.map { $0["actor"] as String } == ["anna", "bernd"])
        #expect((events[1]["detail"] as String).contains("\"previous\":\"partly\""))
        #expect((events[1]["detail"] as String).contains("\"rationale\":\"changed\""))
        #expect(!(events[1]["detail"] as String).contains("Begründung"))
    }

    @Test("Viewers read considerations but may not write them; pending comments are not considered")
    func roles() throws {
        let scene = try ConsiderationScene()
        let error = #expect(throws: StoreError.self) {
            try scene.fixture.store("vera").consider(.comment(scene.bench), outcome: .noted, rationale: "", expectedVersion: 0)
        }
        #expect(error?.description == "Vera Viewer (viewer) may not moderate comments; nothing was changed.")
        let pendingError = #expect(throws: StoreError.self) {
            try scene.fixture.store().consider(.comment(scene.pending), outcome: .noted, rationale: "", expectedVersion: 0)
        }
        #expect(pendingError?.description == "Comment \(scene.pending) is pending; only approved comments are considered.")
        #expect(try scene.fixture.int("SELECT COUNT(*) FROM consideration") == 0)
    }

    @Test("A comment split at its paragraphs: two passages, each with its own section and outcome; the comment's text unchanged")
    func passages() throws {
        let scene = try ConsiderationScene()
        let store = scene.fixture.store("bernd")
        let body = try scene.fixture.database.pool.read { db in try String.fetchOne(db, sql: "SELECT body FROM comment WHERE id = ?", arguments: [scene.long]) }
        let ids = try store.splitIntoParagraphs(scene.long)
        #expect(ids.count == 2)
        try store.setPassageSection(ids[0], sectionId: scene.c1)
        try store.setPassageSection(ids[1], sectionId: scene.c2)
        #expect(try store.considerationTarget(commentId: scene.long, passage: 2) == .passage(ids[1]))
        let whole = #expect(throws: StoreError.self) { try store.considerationTarget(commentId: scene.long) }
        #expect(whole?.description == "Comment \(scene.long) is split into 2 passages; name one (passage 1 to 2).")
        try store.consider(.passage(ids[0]), outcome: .adopted, rationale: "Kosten kommen in die Liste.", expectedVersion: 0)
        try store.consider(.passage(ids[1]), outcome: .notAdopted, rationale: "Die Schwelle bleibt.", expectedVersion: 0)
        let c1Units = try store.considerationUnits(sectionId: scene.c1)
        let passage1 = try #require(c1Units.first { $0.target == .passage(ids[0]) })
        #expect(passage1.number == "\(scene.long).1")
        #expect(passage1.texts == ["Zur Liste: bitte mit Kosten."])
        #expect(passage1.consideration?.outcome == .adopted)
        let c2Units = try store.considerationUnits(sectionId: scene.c2)
        #expect(c2Units.map(\.number) == ["\(scene.long).2"])
        #expect(c2Units.first?.consideration?.outcome == .notAdopted)
        let after = try scene.fixture.database.pool.read { db in try String.fetchOne(db, sql: "SELECT body FROM comment WHERE id = ?", arguments: [scene.long]) }
        #expect(after == body)
        #expect(try scene.fixture.int("SELECT COUNT(*) FROM audit_event WHERE action = 'passage.split' AND entity_id = ?", [String(scene.long)]) == 1)
        #expect(try scene.fixture.int("SELECT COUNT(*) FROM audit_event WHERE action = 'passage.section'") == 2)
    }

    @Test("Three comments joined into a group have one consideration, found through any member")
    func group() throws {
        let scene = try ConsiderationScene()
        let store = scene.fixture.store("bernd")
        let group = try store.joinGroup(scene.campaign)
        #expect(try store.considerationTarget(commentId: scene.campaign[2]) == .group(group))
        try store.consider(.group(group), outcome: .covered, rationale: "Steht schon in B1.", expectedVersion: 0)
        let units = try store.considerationUnits(sectionId: scene.b1)
        #expect(units.count == 1)
        #expect(units[0].commentIds == scene.campaign)
        #expect(units[0].number == "G\(group)")
        #expect(units[0].consideration?.outcome == .covered)
        let single = #expect(throws: StoreError.self) {
            try store.consider(.comment(scene.campaign[0]), outcome: .noted, rationale: "", expectedVersion: 0)
        }
        #expect(single?.description == "Comment \(scene.campaign[0]) is considered together with others in a group; consider the group.")
        let detail = try scene.fixture.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit_event WHERE action = 'group.join'")
        }
        #expect(detail == "{\"comments\":\"\(scene.campaign.map(String.init).joined(separator: ","))\"}")
    }

    @Test("Agreed by the working group at a meeting's TOP; an agreed consideration is not changed until reopened")
    func agree() throws {
        let scene = try ConsiderationScene()
        try scene.fixture.database.pool.write { db in
            try db.execute(sql: "INSERT INTO board(id, slug, name) VALUES (1, 'ak', 'Arbeitskreis')")
            try db.execute(sql: "INSERT INTO meeting(id, board_id, title, date) VALUES (7, 1, '5. Sitzung', '2026-11-26')")
            try db.execute(sql: "INSERT INTO agenda_item(meeting_id, number, title) VALUES (7, 3, 'Abwägung')")
        }
        let store = scene.fixture.store("bernd")
        try store.consider(.comment(scene.bench), outcome: .adopted, rationale: "Ja.", expectedVersion: 0)
        let agreed = try store.agreeConsideration(.comment(scene.bench), meetingId: 7, agendaNumber: 3, expectedVersion: 1)
        #expect(agreed.state == .agreed && agreed.version == 2)
        let stored = try #require(try store.consideration(.comment(scene.bench)))
        #expect(stored.meetingId == 7 && stored.agendaNumber == 3)
        try scene.fixture.database.pool.write { db in
            try GuidelineVersions.record(db, processId: scene.process, actor: "anna", now: Fixture.now)
        }
        let synopsis = try scene.fixture.database.synopsis(processSlug: nil)
        let markdown = OfficeMarkdown.render(SynopsisDocument.build(synopsis, asOf: Fixture.now))
        #expect(markdown.contains("**Ergebnis:** **übernommen** (beschlossen: 5. Sitzung, 26.11.2026, TOP 3)"))
        #expect(markdown.contains("**Begründung:** Ja."))
        #expect(markdown.contains("**5 Anmerkungen, davon 1 ganz oder teilweise übernommen**"))
        let refused = #expect(throws: StoreError.self) {
            try store.consider(.comment(scene.bench), outcome: .noted, rationale: "", expectedVersion: 2)
        }
        #expect(refused?.description == "The consideration of comment \(scene.bench) was agreed by the working group; reopen it before changing it. Nothing was changed.")
        try store.reopenConsideration(.comment(scene.bench), expectedVersion: 2)
        try store.consider(.comment(scene.bench), outcome: .noted, rationale: "", expectedVersion: 3)
        let actions = try scene.fixture.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT action FROM audit_event ORDER BY id")
        }
        #expect(actions == ["consideration.write", "consideration.agree", "consideration.reopen", "consideration.write"])
    }

    @Test("forget-author keeps the considerations and replaces the name in their rationale")
    func forgetAuthor() throws {
        let scene = try ConsiderationScene()
        let name = "Erika Musterfrau"
        let store = scene.fixture.store()
        try store.consider(.comment(scene.bench), outcome: .adopted, rationale: "Wie Erika Musterfrau vorschlägt, monatlich.", expectedVersion: 0)
        let ids = try store.splitIntoParagraphs(scene.long)
        try store.consider(.passage(ids[0]), outcome: .partly, rationale: "Frau ERIKA MUSTERFRAU hat recht.", expectedVersion: 0)
        let erasure = try store.forgetAuthor(name)
        let rationales = try scene.fixture.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT rationale FROM consideration ORDER BY id")
        }
        #expect(rationales == ["Wie \(erasure.pseudonym) vorschlägt, monatlich.", "Frau \(erasure.pseudonym) hat recht."])
        #expect(try scene.fixture.int("SELECT COUNT(*) FROM consideration WHERE outcome IN ('adopted', 'partly')") == 2)
        #expect(try scene.fixture.int("SELECT MIN(version) FROM consideration") == 2)
    }

    @Test("Every imported guidelines version is kept with each section's text")
    func versions() throws {
        let fixture = try Fixture()
        let store = fixture.store()
        let first = try GuidelinesParser.parse("# Leitlinien\n\n## C1 Vorhabenliste\n\nDie Liste erscheint vierteljährlich.\n", file: "v1.md")
        let second = try GuidelinesParser.parse("# Leitlinien\n\n## C1 Vorhabenliste\n\nDie Liste erscheint monatlich.\n\n## C2 Neu\n\nNeu.\n", file: "v2.md")
        #expect(try store.importGuidelines(first, processSlug: nil).version == 1)
        #expect(try store.importGuidelines(first, processSlug: nil).version == 1)  // the same text again adds no version
        #expect(try store.importGuidelines(second, processSlug: nil).version == 2)
        #expect(try store.guidelineVersions().map(\.number) == [1, 2])
        let synopsis = try fixture.database.synopsis(processSlug: nil)
        #expect(synopsis.fromVersion == 1 && synopsis.toVersion == 2)
        #expect(synopsis.sections.map(\.code) == ["C1", "C2"])
        #expect(synopsis.sections[0].diff == [.same("Die Liste erscheint"), .deleted("vierteljährlich."), .inserted("monatlich.")])
        #expect(synopsis.sections[1].change == .added)
    }
}

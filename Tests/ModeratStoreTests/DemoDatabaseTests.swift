import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore
@testable import ModeratSamples

@Suite("Demo database")
struct DemoDatabaseTests {
    @Test("The guidelines consultation has hundreds of comments from about 120 authors, the second one about 60")
    func comments() throws {
        let f = try DemoFixture.copy()
        let guidelines = try f.int("""
            SELECT COUNT(*) FROM comment c JOIN process p ON p.id = c.process_id WHERE p.slug = 'leitlinien'
            """)
        #expect(guidelines >= 400)
        let second = try f.int("SELECT COUNT(*) FROM comment c JOIN process p ON p.id = c.process_id WHERE p.slug = 'stiftsplatz'")
        #expect((50 ... 80).contains(second))
        let writers = try f.int("""
            SELECT COUNT(DISTINCT author_id) FROM comment c JOIN process p ON p.id = c.process_id
            WHERE p.slug = 'leitlinien' AND c.external_id NOT IN (SELECT external_id FROM comment WHERE body LIKE '%example-%')
            """)
        #expect((110 ... 135).contains(writers))
        #expect(try f.int("SELECT COUNT(*) FROM comment WHERE source <> 'demo'") == 0)
        #expect(f.summary.comments == guidelines + second)

        let total = Double(f.summary.comments)
        let pending = Double(try f.int("SELECT COUNT(*) FROM comment WHERE state = 'pending'"))
        #expect((0.5 ... 0.7).contains(pending / total), "pending share \(pending / total)")
        let replies = Double(try f.int("SELECT COUNT(*) FROM comment WHERE parent_id IS NOT NULL"))
        #expect((0.1 ... 0.22).contains(replies / total), "reply share \(replies / total)")
        // Threads go two and three levels deep.
        #expect(try f.int("""
            SELECT COUNT(*) FROM comment c JOIN comment p ON p.id = c.parent_id JOIN comment g ON g.id = p.parent_id
            """) > 0)
        // Replies come after what they answer, in the same process.
        #expect(try f.int("""
            SELECT COUNT(*) FROM comment c JOIN comment p ON p.id = c.parent_id
            WHERE c.created_at <= p.created_at OR c.process_id <> p.process_id
            """) == 0)
        // The maintained counters agree with the rows.
        #expect(try f.int("SELECT SUM(n) FROM comment_count") == f.summary.comments)
        #expect(try f.int("SELECT n FROM comment_count WHERE state = 'pending'") == Int(pending))
    }

    @Test("Comments are German, of varied length, with umlauts, ß, emoji and the kinds moderators must catch")
    func texts() throws {
        let f = try DemoFixture.copy()
        let bodies = try f.strings("SELECT body FROM comment")
        #expect(bodies.contains { $0.contains("Straße") })
        #expect(bodies.contains { $0.contains("über") })
        #expect(bodies.contains { $0.contains("Bürgerinnen") })
        #expect(bodies.contains { $0.contains("👍") })
        #expect(bodies.contains { $0.contains("🚲") })
        #expect(bodies.contains { $0.contains("\n\n") })
        #expect(bodies.allSatisfy { !$0.contains("{") && !$0.contains("}") })
        let lengths = bodies.map(\.count)
        #expect((lengths.min() ?? 0) < 40)
        #expect((lengths.max() ?? 0) > 500)
        // Advertising, insults and personal data of others, mostly still pending.
        let spam = try f.int("SELECT COUNT(*) FROM comment WHERE body LIKE '%example-%' OR body LIKE '%Rabatt%'")
        #expect(spam >= 5)
        let personal = try f.int("SELECT COUNT(*) FROM comment WHERE body LIKE '%030 23125%' OR body LIKE '%@example.net%'")
        #expect(personal >= 5)
        #expect(try f.int("SELECT COUNT(*) FROM comment WHERE (body LIKE '%030 23125%' OR body LIKE '%example-%') AND state = 'pending'") > 0)
        #expect(try f.int("SELECT COUNT(*) FROM comment WHERE reason_code = 'insult'") > 0)
        // Full-text search finds "Straße" as "strasse".
        #expect(try f.int("SELECT COUNT(*) FROM comment_fts WHERE comment_fts MATCH 'strasse'") > 0)
    }

    @Test("Decisions are consistent: decider, time, reason, version, and one audit event per step")
    func decisions() throws {
        let f = try DemoFixture.copy()
        #expect(try f.int("""
            SELECT COUNT(*) FROM comment WHERE state <> 'pending'
              AND (decided_by IS NULL OR decided_at IS NULL OR decided_at <= created_at OR decided_at > ?)
            """, [Timestamps.string(DemoFixture.now)]) == 0)
        #expect(try f.int("SELECT COUNT(*) FROM comment WHERE state = 'pending' AND (decided_by IS NOT NULL OR version <> 1)") == 0)
        #expect(try f.int("SELECT COUNT(*) FROM comment WHERE state = 'rejected' AND reason_code IS NULL") == 0)
        #expect(try f.int("SELECT COUNT(*) FROM comment WHERE state = 'approved' AND reason_code IS NOT NULL") == 0)
        #expect(try f.int("SELECT COUNT(*) FROM comment WHERE state = 'approved' AND public_answer LIKE '%Koordinierungsstelle%'") >= 10)
        #expect(try f.int("SELECT COUNT(*) FROM comment WHERE internal_note IS NOT NULL") >= 5)
        for state in ["approved", "rejected", "held"] {
            #expect(try f.int("SELECT COUNT(*) FROM comment WHERE state = ?", [state]) > 0)
        }
        // Every decided comment has audit events: one per version step, the last one leading to its state.
        let decisionActions = "'comment.approve', 'comment.reject', 'comment.hold'"
        #expect(try f.int("""
            SELECT COUNT(*) FROM comment c WHERE c.state <> 'pending' AND NOT EXISTS (
                SELECT 1 FROM audit_event e WHERE e.entity = 'comment' AND e.entity_id = CAST(c.id AS TEXT)
                  AND e.action IN (\(decisionActions)))
            """) == 0)
        #expect(try f.int("""
            SELECT COUNT(*) FROM comment c WHERE c.version - 1 <> (
                SELECT COUNT(*) FROM audit_event e WHERE e.entity = 'comment' AND e.entity_id = CAST(c.id AS TEXT)
                  AND e.action IN (\(decisionActions)))
            """) == 0)
        #expect(try f.int("""
            SELECT COUNT(*) FROM comment c JOIN moderator m ON m.id = c.decided_by WHERE c.state <> 'pending' AND NOT EXISTS (
                SELECT 1 FROM audit_event e WHERE e.entity = 'comment' AND e.entity_id = CAST(c.id AS TEXT)
                  AND e.actor = m.account AND e.at = c.decided_at
                  AND json_extract(e.detail, '$.to') = c.state
                  AND CAST(json_extract(e.detail, '$.version') AS INTEGER) = c.version
                  AND json_extract(e.detail, '$.reason') IS c.reason_code)
            """) == 0)
        // Audit rows carry no comment text: details are short and hold only known keys.
        let details = try f.strings("SELECT detail FROM audit_event WHERE entity = 'comment'")
        #expect(!details.isEmpty)
        for detail in details {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(detail.utf8)) as? [String: String])
            #expect(Set(object.keys).isSubset(of: ["from", "to", "reason", "version", "sections"]), "\(detail)")
        }
        // Only people with a deciding role decided.
        #expect(try f.int("""
            SELECT COUNT(*) FROM comment c JOIN moderator m ON m.id = c.decided_by WHERE m.role NOT IN ('moderator', 'admin')
            """) == 0)
    }

    @Test("The audit trail is in time order and the store's own undo and decide work on demo comments")
    func worksWithTheStore() throws {
        let f = try DemoFixture.copy()
        #expect(try f.int("SELECT COUNT(*) FROM audit_event a JOIN audit_event b ON b.id = a.id + 1 WHERE b.at < a.at") == 0)
        let store = Store(database: f.database, account: "amueller", clock: { DemoFixture.now })
        let last = try #require(try f.database.pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT CAST(entity_id AS INTEGER) AS comment_id, json_extract(detail, '$.from') AS previous FROM audit_event
                WHERE actor = 'amueller' AND action IN ('comment.approve', 'comment.reject', 'comment.hold')
                ORDER BY id DESC LIMIT 1
                """)
        })
        let receipts = try store.undoLast()
        #expect(receipts.map(\.commentId) == [last["comment_id"] as Int64])
        #expect(receipts.first?.state.rawValue == (last["previous"] as String))
        let pending = try #require(try f.database.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM comment WHERE state = 'pending' ORDER BY created_at LIMIT 1")
        })
        let receipt = try store.decide(pending, .reject, expectedVersion: 1, reason: "spam")
        #expect(receipt.version == 2)
    }

    @Test("The guidelines have about 20 sections in lettered chapters; most comments are tagged to one or two")
    func sections() throws {
        let f = try DemoFixture.copy()
        let rows = try f.database.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.code, p.code AS parent FROM section s JOIN process pr ON pr.id = s.process_id
                LEFT JOIN section p ON p.id = s.parent_id WHERE pr.slug = 'leitlinien' ORDER BY s.ordinal
                """)
        }
        #expect((18 ... 24).contains(rows.count))
        let parents = Dictionary(uniqueKeysWithValues: rows.map { ($0["code"] as String, $0["parent"] as String?) })
        #expect(parents["B1"] == .some("B"))
        #expect(parents["C1"] == .some("C"))
        #expect(parents["G2"] == .some("G"))
        #expect(parents["A"] == .some(nil))
        #expect(Array(rows.map { $0["code"] as String }.prefix(3)) == ["A", "B", "B1"])
        for (code, parent) in parents where code.count > 1 {
            #expect(parent == String(code.prefix(1)))
        }
        #expect(try f.int("SELECT COUNT(*) FROM section WHERE length(body) < 80") == 0)
        let tagged = Double(try f.int("SELECT COUNT(DISTINCT comment_id) FROM comment_section"))
        let share = tagged / Double(f.summary.comments)
        #expect((0.6 ... 0.95).contains(share), "tagged share \(share)")
        #expect(try f.int("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM comment_section GROUP BY comment_id)") == 2)
        // Tags stay within the comment's process.
        #expect(try f.int("""
            SELECT COUNT(*) FROM comment_section cs JOIN comment c ON c.id = cs.comment_id
            JOIN section s ON s.id = cs.section_id WHERE s.process_id <> c.process_id
            """) == 0)
    }

    @Test("The board has 16 seats in four groups and exactly one vacant seat")
    func roster() throws {
        let f = try DemoFixture.copy()
        #expect(try f.strings("SELECT g.slug FROM seat_group g JOIN board b ON b.id = g.board_id WHERE b.slug = 'beirat' ORDER BY g.ordinal")
            == ["residents", "administration", "coordination", "boards"])
        #expect(try f.int("SELECT COUNT(*) FROM seat") == 16)
        #expect(try f.int("SELECT seats FROM seat_group WHERE slug = 'residents'") == 8)
        #expect(try f.int("""
            SELECT COUNT(*) FROM seat_group WHERE slug = 'residents' AND drawn_by_lot = 1 AND parity = 1
              AND min_age = 14 AND term_months = 24
            """) == 1)
        #expect(try f.int("SELECT SUM(seats) FROM seat_group") == 16)
        let today = "2026-11-27"
        let vacant = try f.strings("""
            SELECT s.label FROM seat s WHERE NOT EXISTS (
                SELECT 1 FROM term t WHERE t.seat_id = s.id AND t.starts_on <= ?1 AND (t.ends_on IS NULL OR t.ends_on >= ?1))
            """, [today])
        #expect(vacant == ["Beirat für Migration und Integration"])
        // The same when substitutes are not counted as holding a seat (as the roster screen does).
        #expect(try f.strings("""
            SELECT s.label FROM seat s WHERE NOT EXISTS (
                SELECT 1 FROM term t WHERE t.seat_id = s.id AND t.role <> 'substitute'
                  AND t.starts_on <= ?1 AND (t.ends_on IS NULL OR t.ends_on >= ?1))
            """, [today]) == ["Beirat für Migration und Integration"])
        #expect(try f.int("SELECT COUNT(*) FROM seat s JOIN seat_group g ON g.id = s.group_id JOIN board b ON b.id = g.board_id WHERE b.slug = 'beirat'") == 16)
        #expect(try f.int("SELECT COUNT(*) FROM term WHERE role = 'chair' AND (ends_on IS NULL OR ends_on >= ?)", [today]) == 1)
        #expect(try f.int("SELECT COUNT(*) FROM term WHERE role = 'deputy' AND (ends_on IS NULL OR ends_on >= ?)", [today]) == 1)
        #expect(try f.strings("""
            SELECT substitute_rank FROM term WHERE role = 'substitute' AND ends_on >= ? ORDER BY substitute_rank
            """, [today]) == ["1", "2", "3"])
        #expect(try f.int("SELECT COUNT(*) FROM term WHERE ends_on > ? AND ends_on <= date(?, '+60 days')", [today, today]) >= 8)
        // Parity among the residents currently drawn.
        #expect(try f.strings("""
            SELECT m.gender FROM term t JOIN member m ON m.id = t.member_id JOIN seat s ON s.id = t.seat_id
            JOIN seat_group g ON g.id = s.group_id
            WHERE g.slug = 'residents' AND t.role <> 'substitute' AND t.starts_on <= ?1 AND t.ends_on >= ?1 ORDER BY m.gender
            """, [today]) == ["f", "f", "f", "f", "m", "m", "m", "m"])
        #expect(try f.int("SELECT COUNT(*) FROM member WHERE birth_date IS NULL OR contact IS NULL OR gender IS NULL") == 0)
        #expect(try f.int("SELECT COUNT(*) FROM member WHERE delegating_body IN ('Seniorenbeirat', 'Jugendparlament', 'Inklusionsbeirat', 'Beirat für Migration und Integration')") == 4)
    }

    @Test("The Vorhabenliste has about a dozen complete projects; the second consultation belongs to one")
    func projects() throws {
        let f = try DemoFixture.copy()
        #expect((10 ... 14).contains(try f.int("SELECT COUNT(*) FROM project")))
        #expect(try f.int("""
            SELECT COUNT(*) FROM project WHERE title = '' OR description = '' OR council_decisions = '' OR status = ''
              OR next_steps = '' OR timing = '' OR districts = '' OR topics = '' OR participation_note = ''
              OR contact = '' OR link IS NULL OR updated_on < added_on
            """) == 0)
        #expect(try f.int("SELECT COUNT(*) FROM project WHERE participation = 'none'") >= 1)
        #expect(try f.int("SELECT COUNT(*) FROM project WHERE board_involved = 1") >= 1)
        #expect(try f.strings("""
            SELECT pr.slug FROM process p JOIN project pr ON pr.id = p.project_id WHERE p.slug = 'stiftsplatz'
            """) == ["umgestaltung-stiftsplatz"])
    }

    @Test("Two past meetings with attendance, a stand-in, decisions with votes, open action items and minutes")
    func meetings() throws {
        let f = try DemoFixture.copy()
        #expect(try f.int("SELECT COUNT(*) FROM meeting WHERE date < '2026-11-27'") == 2)
        #expect(try f.int("SELECT COUNT(*) FROM action_item WHERE done_on IS NULL") >= 2)
        #expect(try f.int("SELECT COUNT(*) FROM action_item WHERE done_on IS NOT NULL") >= 2)
        #expect(try f.int("SELECT COUNT(*) FROM agenda_item WHERE is_public = 0") == 2)
        #expect(try f.int("SELECT COUNT(*) FROM attendance WHERE standing_in_for IS NOT NULL") == 2)
        for status in ["present", "excused", "absent"] {
            #expect(try f.int("SELECT COUNT(*) FROM attendance WHERE status = ?", [status]) > 0)
        }
        #expect(try f.strings("SELECT status FROM minutes ORDER BY meeting_id") == ["final", "draft"])
        #expect(try f.int("SELECT COUNT(*) FROM meeting_guest") == 2)
        #expect(try f.int("SELECT COUNT(*) FROM meeting WHERE next_meeting_on IS NULL OR minute_taker IS NULL") == 0)
        // Nobody votes who was not there.
        #expect(try f.int("""
            SELECT COUNT(*) FROM agenda_decision d JOIN agenda_item i ON i.id = d.agenda_item_id
            WHERE d.votes_yes + d.votes_no + d.votes_abstain >
                  (SELECT COUNT(*) FROM attendance a WHERE a.meeting_id = i.meeting_id AND a.status = 'present')
            """) == 0)
        #expect(try f.int("SELECT COUNT(*) FROM audit_event WHERE action = 'minutes.finalize'") == 1)
    }

    @Test("Moderators exist for every role, with the current account as administrator")
    func moderators() throws {
        let f = try DemoFixture.copy()
        #expect(try f.strings("SELECT role FROM moderator WHERE account = ?", [DemoFixture.account]) == ["admin"])
        #expect(Set(try f.strings("SELECT DISTINCT role FROM moderator")) == Set(Role.allCases.map(\.rawValue)))
        let colliding = try DemoFixture(account: "amueller")
        #expect(try colliding.strings("SELECT role FROM moderator WHERE account = 'amueller'") == ["admin"])
        #expect(try colliding.int("SELECT COUNT(*) FROM moderator WHERE role = 'moderator'") >= 1)
    }

    @Test("The database is sound: foreign keys and integrity hold, reason codes are all there")
    func soundness() throws {
        let f = try DemoFixture.copy()
        let problems = try f.database.pool.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(problems.isEmpty)
        #expect(try f.strings("PRAGMA integrity_check") == ["ok"])
        #expect(try f.int("SELECT COUNT(*) FROM reason") == ReasonCode.defaults.count)
        #expect(f.summary.auditEvents == (try f.int("SELECT COUNT(*) FROM audit_event")))
        #expect(f.summary.sections == (try f.int("SELECT COUNT(*) FROM section")))
        #expect(f.summary.terms == (try f.int("SELECT COUNT(*) FROM term")))
    }

    @Test("The same seed and clock give the same data; another seed gives other comments")
    func deterministic() throws {
        let a = try DemoFixture.copy()
        let b = try DemoFixture()
        let bodies = "SELECT group_concat(body, char(30)) FROM (SELECT body FROM comment ORDER BY id)"
        #expect(try a.strings(bodies) == (try b.strings(bodies)))
        #expect(checksum(try a.strings(bodies)) == checksum(try b.strings(bodies)))
        #expect(try a.dump() == (try b.dump()))
        #expect(a.summary == b.summary)
        let other = try DemoFixture(seed: 42)
        #expect(try other.strings(bodies) != (try a.strings(bodies)))
    }

    @Test("A database that already holds comments is refused and left unchanged")
    func refusesFilledDatabase() throws {
        let f = try DemoFixture.copy()
        let before = try f.int("SELECT COUNT(*) FROM comment")
        #expect(throws: SampleRefusal.demoNeedsEmptyDatabase(path: f.database.path)) {
            _ = try DemoDatabase.populate(f.database, currentAccount: "someone", now: DemoFixture.now)
        }
        #expect(try f.int("SELECT COUNT(*) FROM comment") == before)
        #expect(try f.int("SELECT COUNT(*) FROM moderator WHERE account = 'someone'") == 0)
    }

    @Test("A demo database may be replaced, an untouched one even at --db; one with imported comments, or a set-up one without comments, may not")
    func demoDetection() throws {
        let f = try DemoFixture.copy()
        #expect(try f.database.holdsOnlyDemoData(untouched: true))
        #expect(try f.int("SELECT COUNT(*) FROM audit_event WHERE action = ?", [DemoDatabase.markerAction.rawValue]) == 1)
        let pending = try f.int("SELECT MIN(id) FROM comment WHERE state = 'pending'")
        let version = try f.int("SELECT version FROM comment WHERE id = ?", [pending])
        try f.database.pool.write { db in
            _ = try db.appendAudit(actor: "amueller", action: .note, entity: "comment", entityId: String(pending),
                                   detail: ["version": String(version)])
        }
        #expect(try f.database.holdsOnlyDemoData())
        #expect(try !f.database.holdsOnlyDemoData(untouched: true), "someone worked in it since")
        try f.database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO comment(source, external_id, process_id, body, created_at, imported_at)
                VALUES ('decidim', 'x-1', (SELECT MIN(id) FROM process), 'echt', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')
                """)
        }
        #expect(try !f.database.holdsOnlyDemoData())

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("moderat-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let setUp = try ModeratDatabase.open(path: directory.appendingPathComponent("e.db").path, create: true)
        try Setup.initialize(setUp, account: "anna", displayName: "Anna")
        #expect(try !setUp.holdsOnlyDemoData(), "a freshly set-up database is someone's, not a demo")
    }

    @Test("After the usual first-run setup the demo still fills the database")
    func afterSetup() throws {
        // rosterFixture() is a copy of exactly that: set up as anna, then the demo as anna.
        let f = try rosterFixture()
        #expect(try f.int("SELECT COUNT(*) FROM comment") >= 450)
        let role = try f.database.pool.read { db in try String.fetchOne(db, sql: "SELECT role FROM moderator WHERE account = ?", arguments: [Fixture.admin]) }
        #expect(role == "admin")
    }

    /// FNV-1a over the UTF-8 bytes.
    private func checksum(_ texts: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in texts.joined(separator: "\u{1E}").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}


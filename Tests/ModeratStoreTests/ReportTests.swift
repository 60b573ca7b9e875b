import Foundation
import Testing
import ModeratCore
@testable import ModeratStore

/// The fixture, worked out by hand (times UTC; weeks as the Dashboard counts them,
/// strftime '%Y-W%W': Monday-started weeks, 2026-10-05 is the Monday of 2026-W40):
///
/// | # | process    | created            | state    | decided            | time  | reason    | answer | sections |
/// |---|------------|--------------------|----------|--------------------|-------|-----------|--------|----------|
/// | 1 | leitlinien | 2026-10-05 08:00   | approved | 2026-10-05 10:00   | 2 h   |           | yes    | C1       |
/// | 2 | leitlinien | 2026-10-06 09:00   | approved | 2026-10-06 13:00   | 4 h   |           |        | C1 D3    |
/// | 3 | leitlinien | 2026-10-07 12:00   | rejected | 2026-10-08 12:00   | 24 h  | spam      |        | D3       |
/// | 4 | leitlinien | 2026-10-12 08:00   | rejected | 2026-10-12 09:00   | 1 h   | spam      |        |          |
/// | 5 | leitlinien | 2026-10-13 08:00   | rejected | 2026-10-15 08:00   | 48 h  | off-topic | yes    | C1       |
/// | 6 | radweg     | 2026-10-13 10:00   | rejected | 2026-10-13 16:00   | 6 h   | (none)    |        |          |
/// | 7 | radweg     | 2026-10-14 10:00   | held     | 2026-10-14 11:00   | –     |           | ''     |          |
/// | 8 | radweg     | 2026-10-19 10:00   | pending  |                    |       |           |        |          |
/// | 9 | leitlinien | 2026-10-20 10:00   | pending  |                    |       |           |        | D3       |
/// |10 | radweg     | 2026-10-20 11:00   | approved | 2026-10-20 11:30   | 0.5 h |           | yes    |          |
///
/// Expected: 10 comments (pending 2, approved 3, rejected 4, held 1); per process leitlinien 6
/// (pending 1, approved 2, rejected 3; project leitlinien-2026), radweg 4 (1/1/1/1), leer 0;
/// per section C1 3 (approved 2, rejected 1), D3 3 (approved 1, rejected 1), untagged 5;
/// per week W40 3, W41 4, W42 3; decided 7, approval 3/7 = 42.9 %, rejection 4/7 = 57.1 %;
/// reasons spam 2, off-topic 1, without reason 1; decision times sorted 0.5, 1, 2, 4, 6, 24,
/// 48 h → median (4th of 7) 4 h = 14400 s, 90th percentile (rank ⌈6.3⌉ = 7) 48 h = 172800 s;
/// answers 3 (#7's empty answer is none); open action items 2 of 3 (due 2026-12-01 first,
/// then the one without a due day).
@Suite("The evaluation report counts what happened in the participation")
struct ReportTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    func seed() throws {
        let mo = try fixture.moderator("mo", "Mo Derator")
        try fixture.insert("""
            INSERT INTO project(id, slug, title, added_on, updated_on) VALUES (1, 'leitlinien-2026', 'Leitlinien', '2026-09-01', '2026-09-01');
            INSERT INTO process(id, slug, title, project_id, created_at) VALUES
                (1, 'leitlinien', 'Leitlinien für Bürgerbeteiligung', 1, '2026-09-01T00:00:00Z'),
                (2, 'radweg', 'Radweg <b>&</b> Co', NULL, '2026-09-01T00:00:00Z'),
                (3, 'leer', 'Leeres Verfahren', NULL, '2026-09-01T00:00:00Z');
            INSERT INTO section(id, process_id, code, ordinal, title) VALUES (1, 1, 'C1', 1, 'Vorhabenliste'), (2, 1, 'D3', 2, 'Online');
            INSERT INTO comment(id, source, external_id, process_id, body, created_at, imported_at, state, decided_by, decided_at, reason_code, public_answer) VALUES
                (1, 't', '1', 1, 'x', '2026-10-05T08:00:00Z', '2026-10-05T08:00:00Z', 'approved', \(mo), '2026-10-05T10:00:00Z', NULL, 'Danke'),
                (2, 't', '2', 1, 'x', '2026-10-06T09:00:00Z', '2026-10-06T09:00:00Z', 'approved', \(mo), '2026-10-06T13:00:00Z', NULL, NULL),
                (3, 't', '3', 1, 'x', '2026-10-07T12:00:00Z', '2026-10-07T12:00:00Z', 'rejected', \(mo), '2026-10-08T12:00:00Z', 'spam', NULL),
                (4, 't', '4', 1, 'x', '2026-10-12T08:00:00Z', '2026-10-12T08:00:00Z', 'rejected', \(mo), '2026-10-12T09:00:00Z', 'spam', NULL),
                (5, 't', '5', 1, 'x', '2026-10-13T08:00:00Z', '2026-10-13T08:00:00Z', 'rejected', \(mo), '2026-10-15T08:00:00Z', 'off-topic', 'Bitte beim Thema bleiben'),
                (6, 't', '6', 2, 'x', '2026-10-13T10:00:00Z', '2026-10-13T10:00:00Z', 'rejected', \(mo), '2026-10-13T16:00:00Z', NULL, NULL),
                (7, 't', '7', 2, 'x', '2026-10-14T10:00:00Z', '2026-10-14T10:00:00Z', 'held', \(mo), '2026-10-14T11:00:00Z', NULL, ''),
                (8, 't', '8', 2, 'x', '2026-10-19T10:00:00Z', '2026-10-19T10:00:00Z', 'pending', NULL, NULL, NULL, NULL),
                (9, 't', '9', 1, 'x', '2026-10-20T10:00:00Z', '2026-10-20T10:00:00Z', 'pending', NULL, NULL, NULL, NULL),
                (10, 't', '10', 2, 'x', '2026-10-20T11:00:00Z', '2026-10-20T11:00:00Z', 'approved', \(mo), '2026-10-20T11:30:00Z', NULL, 'Wird geprüft');
            INSERT INTO comment_section(comment_id, section_id) VALUES (1, 1), (2, 1), (2, 2), (3, 2), (5, 1), (9, 2);
            INSERT INTO board(id, slug, name) VALUES (1, 'beirat', 'Beteiligungsbeirat');
            INSERT INTO meeting(id, board_id, title, date) VALUES (1, 1, '3. Sitzung', '2026-11-10');
            INSERT INTO action_item(meeting_id, who, what, due_on, done_on) VALUES
                (1, 'Geschäftsstelle', 'Protokoll <versenden>', '2026-11-20', '2026-11-18'),
                (1, 'Frau Vogt', 'Raum buchen', NULL, NULL),
                (1, 'Herr Lang', 'Vorhabenliste ergänzen', '2026-12-01', NULL);
            """)
    }

    @Test("Every figure matches the hand-worked fixture")
    func figures() throws {
        try seed()
        let f = try fixture.database.reportFigures()
        #expect(f.total == 10)
        #expect(f.dashboard.perState == [.pending: 2, .approved: 3, .rejected: 4, .held: 1])
        #expect(f.perProcess == [
            .init(slug: "leitlinien", title: "Leitlinien für Bürgerbeteiligung", project: "leitlinien-2026", comments: 6,
                  pending: 1, approved: 2, rejected: 3, held: 0),
            .init(slug: "radweg", title: "Radweg <b>&</b> Co", project: nil, comments: 4, pending: 1, approved: 1, rejected: 1, held: 1),
            .init(slug: "leer", title: "Leeres Verfahren", project: nil, comments: 0, pending: 0, approved: 0, rejected: 0, held: 0),
        ])
        #expect(f.perSection == [
            .init(process: "leitlinien", code: "C1", title: "Vorhabenliste", comments: 3, approved: 2, rejected: 1),
            .init(process: "leitlinien", code: "D3", title: "Online", comments: 3, approved: 1, rejected: 1),
        ])
        #expect(f.untagged == 5)
        #expect(f.dashboard.perWeek.map(\.week) == ["2026-W40", "2026-W41", "2026-W42"])
        #expect(f.dashboard.perWeek.map(\.count) == [3, 4, 3])
        #expect(f.decided == 7)
        #expect(f.approvalRate == 3.0 / 7.0)
        #expect(f.rejectionRate == 4.0 / 7.0)
        #expect(f.dashboard.perReason.map(\.code) == ["spam", "off-topic"])
        #expect(f.dashboard.perReason.map(\.count) == [2, 1])
        #expect(f.rejectedWithoutReason == 1)
        #expect(f.decisionSeconds == [1800, 3600, 7200, 14400, 21600, 86400, 172_800])
        #expect(f.medianSeconds == 14400)
        #expect(f.percentile90Seconds == 172_800)
        #expect(f.dashboard.answered == 3)
        #expect(f.dashboard.openActionItems == 2)
        #expect(f.openActionItems.map(\.what) == ["Vorhabenliste ergänzen", "Raum buchen"])
    }

    @Test("Median of an even count is the mean of the two middle values; p90 is the nearest rank; nothing decided gives none")
    func percentiles() throws {
        var f = try fixture.database.reportFigures()
        #expect(f.total == 0 && f.medianSeconds == nil && f.percentile90Seconds == nil && f.approvalRate == nil && f.rejectionRate == nil)
        f.decisionSeconds = [100, 200, 300, 400]
        #expect(f.medianSeconds == 250)
        #expect(f.percentile90Seconds == 400)  // ⌈3.6⌉ = 4th
        f.decisionSeconds = Array(1 ... 20)
        #expect(f.percentile90Seconds == 18)  // ⌈18⌉ = 18th
    }

    @Test("Text shows the rates, times and lists in German")
    func text() throws {
        try seed()
        let text = try ReportDocument.render(try fixture.database.reportFigures(), format: .text, language: .de, asOf: Fixture.now)
        for line in ["Beiträge: 10", "  offen: 2", "  freigegeben: 3", "  abgelehnt: 4", "  zurückgestellt: 1",
                     "  leitlinien (Vorhaben leitlinien-2026): 6 – offen 1, freigegeben 2, abgelehnt 3, zurückgestellt 0",
                     "  radweg: 4 – offen 1, freigegeben 1, abgelehnt 1, zurückgestellt 1",
                     "  leitlinien C1 Vorhabenliste: 3 (freigegeben 2, abgelehnt 1)", "  ohne Abschnitt: 5",
                     "  2026-W40: 3", "  2026-W41: 4", "  2026-W42: 3", "7 entschieden",
                     "  Freigabequote: 42.9 %", "  Ablehnungsquote: 57.1 %",
                     "  Werbung / Spam: 2", "  Kein Bezug zum Thema: 1", "  ohne Grund: 1", "n = 7",
                     "  Median: 4.0 Std.", "  90. Perzentil: 48.0 Std.", "Beiträge mit öffentlicher Antwort: 3",
                     "Offene Aufgaben: 2", "  2026-12-01  Herr Lang: Vorhabenliste ergänzen", "  –  Frau Vogt: Raum buchen"] {
            #expect(text.contains(line), "missing: \(line)")
        }
    }

    @Test("JSON carries every figure for scripts")
    func json() throws {
        try seed()
        let text = try ReportDocument.render(try fixture.database.reportFigures(), format: .json, language: .de, asOf: Fixture.now)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(o["comments"] as? Int == 10)
        #expect(o["per_state"] as? [String: Int] == ["pending": 2, "approved": 3, "rejected": 4, "held": 1])
        #expect((o["per_process"] as? [[String: Any]])?.map { $0["comments"] as? Int } == [6, 4, 0])
        #expect((o["per_section"] as? [[String: Any]])?.map { $0["code"] as? String } == ["C1", "D3"])
        #expect(o["untagged"] as? Int == 5)
        #expect((o["per_week"] as? [[String: Any]])?.map { $0["count"] as? Int } == [3, 4, 3])
        #expect(o["decided"] as? Int == 7)
        #expect(o["approval_rate"] as? Double == 3.0 / 7.0)
        #expect(o["rejection_rate"] as? Double == 4.0 / 7.0)
        #expect((o["rejection_reasons"] as? [[String: Any]])?.map { $0["count"] as? Int } == [2, 1, 1])
        #expect(o["decision_time_median_seconds"] as? Double == 14400)
        #expect(o["decision_time_p90_seconds"] as? Double == 172_800)
        #expect(o["answered"] as? Int == 3)
        #expect((o["open_action_items"] as? [[String: Any]])?.count == 2)
    }

    @Test("HTML is one self-contained, escaped, well-formed file with inline SVG bar charts")
    func html() throws {
        try seed()
        let html = try ReportDocument.render(try fixture.database.reportFigures(), format: .html, language: .en, asOf: Fixture.now)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 5, "states, processes, sections, weeks, reasons")
        #expect(html.contains("Radweg &lt;b&gt;&amp;&lt;/b&gt; Co") && !html.contains("<b>"))
        #expect(html.contains("Approval rate") && html.contains("42.9 %") && html.contains("57.1 %"))
        #expect(html.contains("4.0 h") && html.contains("48.0 h"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
        let problems = try HTMLValidator.problems(html)
        #expect(problems.isEmpty, "\(problems)")
    }
}
